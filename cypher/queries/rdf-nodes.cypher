// The nodes with these ids, with their kind and properties, for RDF exports of one entity or one result.
// :param ids => ['brand/lorex', 'company/dahua-technology']
UNWIND $ids AS id
MATCH (node:Resource {id: id})
RETURN node.id AS id,
       [label IN labels(node) WHERE NOT label IN ['Resource', 'Designated']][0] AS label,
       properties(node) AS properties
ORDER BY id
