// The whole exposure report for a restriction list, walked inside the database by the procedure
// supplywatch.exposureWalk: the same rows, in the same order, as exposure-to-list-all.cypher (tests
// hold the two to that), for GET /api/v1/exposure/all on the embedded database, which registers
// the procedure. Same filters ($asOf, $evidenceKinds, $excludeDisputed, $followTypes), same bounds
// (at most 8 hops and $maxHops, at most $pathsPerEntity paths an entity), same columns; the
// designationSources column holds the designation's sources only, as there.
// Why a procedure: Cypher's interpreted runtime (Neo4j Community's) pays for every path of the
// report row by row; at a million companies that query took about 9 times as long as a BFS over
// the same links. The walk reads each link once and projects each hop's evidence once.
// With an external Neo4j (no procedure installed) the service runs exposure-to-list-all.cypher.
// :param listId => 'list/us-bis-entity-list'
// :param exposedKind => 'Brand'
// :param asOf => date('2026-11-23')
// :param evidenceKinds => ['official_act', 'company_statement', 'reported']
// :param excludeDisputed => false
// :param followTypes => ['BRAND_OF', 'MANUFACTURED_BY', 'OWNED_BY', 'PRODUCT_OF', 'SUBORDINATE_TO', 'SUBSIDIARY_OF']
// :param maxHops => 8
// :param pathsPerEntity => 100
// Columns: exposed, fewestHops, hasMore, designatedEntity, hops, designation, list, designationSources
CALL supplywatch.exposureWalk($listId, $exposedKind, $asOf, $evidenceKinds, $excludeDisputed, $followTypes, $maxHops, $pathsPerEntity)
YIELD exposed, fewestHops, hasMore, designatedEntity, hops, designation, list, designationSources
RETURN exposed, fewestHops, hasMore, designatedEntity, hops, designation, list, designationSources
