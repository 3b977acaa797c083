// Creates or replaces relationships from validated seed rows: at most one per (from, type, to),
// carrying its evidence (statementKind, sourceIds, passages) and dates as properties.
// Replaying the same rows changes nothing; of rows repeating a (from, type, to), the last wins.
// Why not MERGE: with a type from a parameter, Neo4j 2026.08 plans MERGE as a scan of every
// relationship of that type (DynamicDirectedRelationshipTypeLookup), so each row costs as much as
// the whole type; this form checks the pair from its two nodes instead. GraphWriter runs one write
// transaction at a time, which gives the at-most-one guarantee that MERGE's locks would.
// Why [links*1] and not [existing]: while the graph has no relationships (an import into an
// empty database), the planner prices a scan of all relationships at nothing and looks the pair up
// that way, one scan per row, while the batch itself adds relationships: quadratic in the batch
// (5 s of an SF1 RDF import's first relationship batch, 53 s in another run). A one-hop
// variable-length pattern between two bound nodes is always planned as VarLengthExpand(Into), so
// the plan no longer depends on the statistics (and no longer needs planning afresh per batch).
// :param rows => [{from: 'brand/lorex', type: 'BRAND_OF', to: 'company/dahua-technology', properties: {statementKind: 'reported', sourceIds: ['source/example'], passages: ['Dear Dahua (and Lorex) partners,']}}]
UNWIND $rows AS row
WITH row.from AS fromId, row.type AS relationshipType, row.to AS toId, last(collect(row.properties)) AS properties
MATCH (fromNode:Resource {id: fromId})
MATCH (toNode:Resource {id: toId})
OPTIONAL MATCH (fromNode)-[links*1]->(toNode)
  WHERE type(links[0]) = relationshipType
WITH fromNode, toNode, relationshipType, properties, collect(links[0]) AS found
CALL (fromNode, toNode, relationshipType, properties, found) {
  WITH * WHERE size(found) = 0
  CREATE (fromNode)-[created:$(relationshipType)]->(toNode)
  SET created = properties
}
FOREACH (existing IN found | SET existing = properties)
