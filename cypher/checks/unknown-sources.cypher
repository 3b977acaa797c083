// Data-quality probe: evidence that cites a source the graph does not hold.
// Returns the citing element and the missing source id; no rows means the rule holds.
// Columns: element, missingSourceId
CALL () {
  MATCH (node:Resource)
  UNWIND coalesce(node.sourceIds, []) AS sourceId
  RETURN node.id AS element, sourceId
  UNION ALL
  MATCH (from)-[relationship]->(to)
  UNWIND coalesce(relationship.sourceIds, []) AS sourceId
  RETURN from.id + ' ' + type(relationship) + ' ' + to.id AS element, sourceId
}
WITH element, sourceId
WHERE NOT EXISTS { MATCH (source:Resource {id: sourceId}) WHERE source:Source }
RETURN element, sourceId AS missingSourceId
ORDER BY element
