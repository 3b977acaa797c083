// Exposure report for a restriction list: every brand (or company, or product) that traces,
// in 1 to 8 hops, to an entity the list designates, with each path and the evidence of every
// hop. Filters as in trace-to-designated-ancestors ($asOf, $evidenceKinds, $excludeDisputed,
// $followTypes). Designees themselves (0 hops) are not repeated here.
// Bounds: at most 8 hops in the pattern and $maxHops from the caller; a page of $limit rows
// after skipping $skip. Order: exposed name and id, shortest path first, then designation and
// the ids along the path (deterministic, so pages are stable).
// :param listId => 'list/us-bis-entity-list'
// :param exposedKind => 'Brand'
// :param asOf => date('2026-11-23')
// :param evidenceKinds => ['official_act', 'company_statement', 'reported']
// :param excludeDisputed => false
// :param followTypes => ['BRAND_OF', 'MANUFACTURED_BY', 'OWNED_BY', 'PRODUCT_OF', 'SUBORDINATE_TO', 'SUBSIDIARY_OF']
// :param maxHops => 8
// :param skip => 0
// :param limit => 100
// Columns: exposed, designatedEntity, hops, designation, list, sources
MATCH (list:RestrictionList {id: $listId})<-[:ON_LIST]-(designation:Designation)-[:DESIGNATES]->(designatedEntity)
WHERE designation.statementKind IN $evidenceKinds
  AND (designation.heldFrom IS NULL OR designation.heldFrom <= $asOf)
  AND (designation.heldUntil IS NULL OR $asOf < designation.heldUntil)
  AND (NOT $excludeDisputed OR NOT EXISTS { (:Denial)-[:DISPUTES]->(designation) })
MATCH path = (exposed)(
    (a)-[hop:BRAND_OF|SUBSIDIARY_OF|OWNED_BY|SUBORDINATE_TO|MANUFACTURED_BY|PRODUCT_OF|SUPPLIES]-(b)
    WHERE type(hop) IN $followTypes
      AND (type(hop) = 'SUPPLIES') = (endNode(hop) = a)
      AND hop.statementKind IN $evidenceKinds
      AND (hop.heldFrom IS NULL OR hop.heldFrom <= $asOf)
      AND (hop.heldUntil IS NULL OR $asOf < hop.heldUntil)
  ){1,8}(designatedEntity)
WHERE $exposedKind IN labels(exposed)
  AND length(path) <= $maxHops
  AND all(i IN range(0, length(path) - 1) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
WITH exposed, designatedEntity, path, designation, list
ORDER BY exposed.name, exposed.id, length(path), designation.heldFrom, designation.id, [node IN nodes(path) | node.id]
SKIP $skip
LIMIT $limit
RETURN exposed {.id, .name} AS exposed,
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
         MATCH (source:Resource {id: sourceId}) USING INDEX source:Resource(id) WHERE source:Source
         OPTIONAL MATCH (source)-[:PUBLISHED_BY]->(publisher)
         RETURN source {.id, .title, .published, .url, publisher: publisher.name}
       } AS sources
