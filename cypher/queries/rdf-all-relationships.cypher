// Every relationship with its properties, grouped by the node it starts from in id order
// (index-backed, no sort), for the whole-graph RDF export.
MATCH (from:Resource)
WHERE from.id IS NOT NULL
WITH from
ORDER BY from.id
MATCH (from)-[relationship]->(to:Resource)
RETURN from.id AS from, type(relationship) AS type, to.id AS to, properties(relationship) AS properties
