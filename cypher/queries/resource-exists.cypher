// Whether a node with this id exists, and its kinds; used to answer 404 for an unknown id.
// :param id => 'brand/lorex'
// Columns: id, labels
MATCH (resource:Resource {id: $id})
RETURN resource.id AS id, labels(resource) AS labels
