// Every node with its kind and properties, in id order (the id index gives the order without a
// sort, so the whole-graph RDF export streams).
MATCH (node:Resource)
WHERE node.id IS NOT NULL
RETURN node.id AS id,
       [label IN labels(node) WHERE NOT label IN ['Resource', 'Designated']][0] AS label,
       properties(node) AS properties
ORDER BY node.id
