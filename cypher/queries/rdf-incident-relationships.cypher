// Every relationship that starts or ends at one entity, with its properties, for the entity's RDF description.
// :param id => 'brand/lorex'
MATCH (node:Resource {id: $id})-[relationship]-(:Resource)
RETURN startNode(relationship).id AS from, type(relationship) AS type, endNode(relationship).id AS to,
       properties(relationship) AS properties
ORDER BY from, type, to
