// The relationships named by (from, type, to), with their properties, for RDF exports of one result.
// :param edges => [{from: 'brand/lorex', type: 'BRAND_OF', to: 'company/dahua-technology'}]
UNWIND $edges AS edge
MATCH (from:Resource {id: edge.from})-[relationship]->(to:Resource {id: edge.to})
WHERE type(relationship) = edge.type
RETURN from.id AS from, type(relationship) AS type, to.id AS to, properties(relationship) AS properties
ORDER BY from, type, to
