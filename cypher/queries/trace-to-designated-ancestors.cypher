// Every designated ancestor of an entity: from a brand, product or company up through the
// links chosen by $followTypes (brand, ownership, manufacturing/OEM) to each entity a
// designation names, itself included (0 hops). Every hop is followed outwards only, so a parent
// with a hundred thousand subsidiaries costs no more than one with two. When supply is followed
// too (customer back to supplier, against the arrow), the service runs
// trace-to-designated-ancestors-through-suppliers.cypher instead.
// Filters: a hop or designation counts only if it held on $asOf; hops only if their statement
// kind is in $evidenceKinds; designations with a denial on record are dropped when
// $excludeDisputed. Paths never visit a node twice, so ownership cycles end.
// Bounds: at most 8 hops in the pattern and $maxHops (0..8) from the caller; at most $limit rows.
// Order: shortest first, then list, designation date, the ids along the path and the links' types
// (deterministic: two links between the same two nodes make two paths through the same nodes).
// :param fromId => 'brand/lorex'
// :param listId => 'list/us-bis-entity-list'
// :param asOf => date('2026-11-23')
// :param evidenceKinds => ['official_act', 'company_statement', 'reported']
// :param excludeDisputed => false
// :param followTypes => ['BRAND_OF', 'MANUFACTURED_BY', 'OWNED_BY', 'PRODUCT_OF', 'SUBORDINATE_TO', 'SUBSIDIARY_OF']
// :param maxHops => 8
// :param limit => 100
// Columns: start, designatedEntity, hops, designation, list, sources
MATCH (start:Resource {id: $fromId})
MATCH path = (start)(
    (a)-[hop:BRAND_OF|SUBSIDIARY_OF|OWNED_BY|SUBORDINATE_TO|MANUFACTURED_BY|PRODUCT_OF]->(b)
    WHERE type(hop) IN $followTypes
      AND hop.statementKind IN $evidenceKinds
      AND (hop.heldFrom IS NULL OR hop.heldFrom <= $asOf)
      AND (hop.heldUntil IS NULL OR $asOf < hop.heldUntil)
  ){0,8}(designatedEntity)
WHERE length(path) <= $maxHops
  AND all(i IN range(0, length(path) - 1) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
MATCH (designation:Designation)-[:DESIGNATES]->(designatedEntity)
MATCH (designation)-[:ON_LIST]->(list:RestrictionList)
WHERE ($listId IS NULL OR list.id = $listId)
  AND designation.statementKind IN $evidenceKinds
  AND (designation.heldFrom IS NULL OR designation.heldFrom <= $asOf)
  AND (designation.heldUntil IS NULL OR $asOf < designation.heldUntil)
  AND (NOT $excludeDisputed OR NOT EXISTS { (:Denial)-[:DISPUTES]->(designation) })
WITH start, designatedEntity, path, designation, list
ORDER BY length(path), list.name, designation.heldFrom, designation.id, [node IN nodes(path) | node.id], [hop IN relationships(path) | type(hop)]
LIMIT $limit
RETURN start {.id, .name} AS start,
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
