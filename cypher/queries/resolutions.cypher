// Entity resolutions of imported list entries, for review: which designation, the name as
// listed, the existing entity it may be (with score and reason), and what it is linked to now.
// $status null means every status (automatic, pending, confirmed, rejected); $id picks one.
// Bounds: at most $limit rows, newest decisions last.
// :param status => 'pending'
// :param id => null
// :param limit => 100
// Columns: id, status, score, reason, decidedOn, listedName, designationId, sourceIds, provisional, candidate, designatedEntity
MATCH (resolution:Resolution)-[:RESOLVES]->(designation:Designation)
WHERE ($status IS NULL OR resolution.status = $status)
  AND ($id IS NULL OR resolution.id = $id)
OPTIONAL MATCH (resolution)-[:CANDIDATE]->(candidate)
OPTIONAL MATCH (designation)-[:DESIGNATES]->(entity)
RETURN resolution.id AS id,
       resolution.status AS status,
       resolution.score AS score,
       resolution.reason AS reason,
       resolution.decidedOn AS decidedOn,
       designation.listedName AS listedName,
       designation.id AS designationId,
       designation.sourceIds AS sourceIds,
       resolution {id: resolution.provisionalEntity, label: resolution.provisionalLabel} AS provisional,
       candidate {.id, .name} AS candidate,
       entity {.id, .name} AS designatedEntity
ORDER BY id
LIMIT $limit
