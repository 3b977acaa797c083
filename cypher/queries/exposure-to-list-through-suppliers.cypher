// Exposure report for a restriction list, one page, when supply is followed too (customer back to
// supplier, against the arrow): as exposure-to-list.cypher, which the service runs otherwise.
// Both steps use undirected patterns with the direction of each hop checked per relationship, so
// they read every link of a node in both directions (slower through hubs).
// A page holds $limit entities; hasMore says whether another follows. Rows come in order of the
// entity's name and id, then shortest path first, designation date, the ids along the path and the links' types.
// Bounds: at most 8 hops in the pattern and $maxHops from the caller.
// :param listId => 'list/us-bis-entity-list'
// :param exposedKind => 'Brand'
// :param asOf => date('2026-11-23')
// :param evidenceKinds => ['official_act', 'company_statement', 'reported']
// :param excludeDisputed => false
// :param followTypes => ['BRAND_OF', 'MANUFACTURED_BY', 'OWNED_BY', 'PRODUCT_OF', 'SUBORDINATE_TO', 'SUBSIDIARY_OF', 'SUPPLIES']
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
MATCH reach = (designatedEntity)(
    (b)-[hop:BRAND_OF|SUBSIDIARY_OF|OWNED_BY|SUBORDINATE_TO|MANUFACTURED_BY|PRODUCT_OF|SUPPLIES]-(a)
    WHERE type(hop) IN $followTypes
      AND (type(hop) = 'SUPPLIES') = (startNode(hop) = b)
      AND hop.statementKind IN $evidenceKinds
      AND (hop.heldFrom IS NULL OR hop.heldFrom <= $asOf)
      AND (hop.heldUntil IS NULL OR $asOf < hop.heldUntil)
  ){1,8}(exposed)
WHERE $exposedKind IN labels(exposed)
  AND length(reach) <= $maxHops
WITH list, exposed, min(length(reach)) AS fewestHops
ORDER BY exposed.name, exposed.id
SKIP $skip
LIMIT $limit + 1
WITH list, collect({exposed: exposed, fewestHops: fewestHops}) AS candidates
UNWIND candidates[0..$limit] AS candidate
WITH list, candidate.exposed AS exposed, candidate.fewestHops AS fewestHops, size(candidates) > $limit AS hasMore
CALL (list, exposed) {
  MATCH path = (exposed)(
      (a)-[hop:BRAND_OF|SUBSIDIARY_OF|OWNED_BY|SUBORDINATE_TO|MANUFACTURED_BY|PRODUCT_OF|SUPPLIES]-(b)
      WHERE type(hop) IN $followTypes
        AND (type(hop) = 'SUPPLIES') = (endNode(hop) = a)
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
