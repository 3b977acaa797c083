// Exposure report for a restriction list, one page: the brands (or companies, products) that
// trace in 1 to 8 hops to an entity the list designates, and for each of them every path to the
// list's designees with the evidence of every hop. Filters as in trace-to-designated-ancestors
// ($asOf, $evidenceKinds, $excludeDisputed, $followTypes). Designees themselves (0 hops) are not
// repeated here. When supply is followed the service runs
// exposure-to-list-through-suppliers.cypher instead.
// Two steps, so a page costs one walk of the list's reach plus its own paths (not every path):
// 1. walk down from the designees against the arrows to every exposed entity, keeping each once
//    with its fewest hops, and take the page of them in order of name and id;
// 2. from each entity of the page, follow its links outwards (as the trace does) to the list's
//    designees, at most $pathsPerEntity paths each.
// A page holds $limit entities; hasMore says whether another follows. Rows come in order of the
// entity's name and id, then shortest path first, designation date, the ids along the path and the links' types.
// Bounds: at most 8 hops in the pattern and $maxHops from the caller.
// :param listId => 'list/us-bis-entity-list'
// :param exposedKind => 'Brand'
// :param asOf => date('2026-11-23')
// :param evidenceKinds => ['official_act', 'company_statement', 'reported']
// :param excludeDisputed => false
// :param followTypes => ['BRAND_OF', 'MANUFACTURED_BY', 'OWNED_BY', 'PRODUCT_OF', 'SUBORDINATE_TO', 'SUBSIDIARY_OF']
// :param maxHops => 8
// :param skip => 0
// :param limit => 100
// :param pathsPerEntity => 100
// Columns: exposed, fewestHops, hasMore, designatedEntity, hops, designation, list, sources
MATCH (list:RestrictionList {id: $listId})<-[:ON_LIST]-(designation:Designation)-[:DESIGNATES]->(designatedEntity)
WHERE designation.statementKind IN $evidenceKinds
  AND (designation.heldFrom IS NULL OR designation.heldFrom <= $asOf)
  AND (designation.heldUntil IS NULL OR $asOf < designation.heldUntil)
  AND (NOT $excludeDisputed OR NOT EXISTS { (:Denial)-[:DISPUTES]->(designation) })
WITH DISTINCT list, designatedEntity
MATCH reach = (designatedEntity)<-[:BRAND_OF|SUBSIDIARY_OF|OWNED_BY|SUBORDINATE_TO|MANUFACTURED_BY|PRODUCT_OF*1..8]-(exposed)
WHERE $exposedKind IN labels(exposed)
  AND length(reach) <= $maxHops
  AND all(hop IN relationships(reach) WHERE type(hop) IN $followTypes
      AND hop.statementKind IN $evidenceKinds
      AND (hop.heldFrom IS NULL OR hop.heldFrom <= $asOf)
      AND (hop.heldUntil IS NULL OR $asOf < hop.heldUntil))
WITH list, exposed, min(length(reach)) AS fewestHops
ORDER BY exposed.name, exposed.id
SKIP $skip
LIMIT $limit + 1
WITH list, collect({exposed: exposed, fewestHops: fewestHops}) AS candidates
UNWIND candidates[0..$limit] AS candidate
WITH list, candidate.exposed AS exposed, candidate.fewestHops AS fewestHops, size(candidates) > $limit AS hasMore
CALL (list, exposed) {
  MATCH path = (exposed)(
      (a)-[hop:BRAND_OF|SUBSIDIARY_OF|OWNED_BY|SUBORDINATE_TO|MANUFACTURED_BY|PRODUCT_OF]->(b)
      WHERE type(hop) IN $followTypes
        AND hop.statementKind IN $evidenceKinds
        AND (hop.heldFrom IS NULL OR hop.heldFrom <= $asOf)
        AND (hop.heldUntil IS NULL OR $asOf < hop.heldUntil)
    ){1,8}(designatedEntity)
  WHERE length(path) <= $maxHops
    AND all(i IN range(0, length(path) - 1) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
  MATCH (list)<-[:ON_LIST]-(designation:Designation)-[:DESIGNATES]->(designatedEntity)
  WHERE designation.statementKind IN $evidenceKinds
    AND (designation.heldFrom IS NULL OR designation.heldFrom <= $asOf)
    AND (designation.heldUntil IS NULL OR $asOf < designation.heldUntil)
    AND (NOT $excludeDisputed OR NOT EXISTS { (:Denial)-[:DISPUTES]->(designation) })
  RETURN designatedEntity, path, designation
  ORDER BY length(path), designation.heldFrom, designation.id, [node IN nodes(path) | node.id], [hop IN relationships(path) | type(hop)]
  LIMIT $pathsPerEntity
}
// Sorted before RETURN, as the traces are: after RETURN, `designation` would name the returned map, which has
// no heldFrom, and two designations would be ordered by id alone.
WITH list, exposed, fewestHops, hasMore, designatedEntity, path, designation
ORDER BY exposed.name, exposed.id, length(path), designation.heldFrom, designation.id, [node IN nodes(path) | node.id], [hop IN relationships(path) | type(hop)]
RETURN exposed {.id, .name} AS exposed,
       fewestHops,
       hasMore,
       designatedEntity {.id, .name} AS designatedEntity,
       [hop IN relationships(path) | {
         from: startNode(hop).id,
         fromName: startNode(hop).name,
         type: type(hop),
         to: endNode(hop).id,
         toName: endNode(hop).name,
         statementKind: hop.statementKind,
         statementKinds: hop.statementKinds,
         sourceIds: hop.sourceIds,
         passages: hop.passages,
         validFrom: hop.validFrom,
         validTo: hop.validTo
       }] AS hops,
       designation {.id, .statementKind, .announced, .effective, .removed, .legalCitation, .scope, .scopeReachesSubsidiaries, .reason,
                    .sourceIds, .passages, .note,
                    disputed: EXISTS { (:Denial)-[:DISPUTES]->(designation) }} AS designation,
       list {.id, .name} AS list,
       COLLECT {
         UNWIND designation.sourceIds + reduce(ids = [], hop IN relationships(path) | ids + hop.sourceIds) AS sourceId
         WITH DISTINCT sourceId
         MATCH (source:Resource {id: sourceId}) USING INDEX SEEK source:Resource(id) WHERE source:Source
         OPTIONAL MATCH (source)-[:PUBLISHED_BY]->(publisher)
         RETURN source {.id, .title, .published, .url, publisher: publisher.name}
       } AS sources
