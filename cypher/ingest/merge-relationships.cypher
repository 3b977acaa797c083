// Creates or replaces relationships from validated seed rows: at most one per (from, type, to),
// carrying its evidence (statementKind, sourceIds, passages) and dates as properties.
// Replaying the same rows changes nothing; of rows repeating a (from, type, to), the last wins.
// Why not MERGE: with a type from a parameter, Neo4j 2026.08 plans MERGE as a scan of every
// relationship of that type (DynamicDirectedRelationshipTypeLookup), so each row costs as much as
// the whole type; this form checks the pair with Expand(Into) instead. GraphWriter runs one write
// transaction at a time, which gives the at-most-one guarantee that MERGE's locks would.
// replan=force: a plan cached while the graph had no relationships scans them all for each row
// (the statistics said there were none) and stays cached for the next batches; planning afresh
// costs milliseconds per batch.
// :param rows => [{from: 'brand/lorex', type: 'BRAND_OF', to: 'company/dahua-technology', properties: {statementKind: 'reported', sourceIds: ['source/example'], passages: ['Dear Dahua (and Lorex) partners,']}}]
CYPHER replan=force
UNWIND $rows AS row
WITH row.from AS fromId, row.type AS relationshipType, row.to AS toId, last(collect(row.properties)) AS properties
MATCH (fromNode:Resource {id: fromId})
MATCH (toNode:Resource {id: toId})
OPTIONAL MATCH (fromNode)-[existing]->(toNode)
  WHERE type(existing) = relationshipType
WITH fromNode, toNode, relationshipType, properties, collect(existing) AS found
CALL (fromNode, toNode, relationshipType, properties, found) {
  WITH * WHERE size(found) = 0
  CREATE (fromNode)-[created:$(relationshipType)]->(toNode)
  SET created = properties
}
FOREACH (existing IN found | SET existing = properties)
