// The relationships named by (from, type, to), with their properties, for RDF exports of one result.
// :param edges => [{from: 'brand/lorex', type: 'BRAND_OF', to: 'company/dahua-technology'}]
UNWIND $edges AS row
MATCH (from:Resource {id: row.from})-[relationship]->(to:Resource {id: row.to})
WHERE type(relationship) = row.type
RETURN from.id AS from, type(relationship) AS type, to.id AS to, properties(relationship) AS properties
ORDER BY from, type, to
