// The whole exposure report for a restriction list in one query: the same paths, in the same order,
// as every page of exposure-to-list.cypher one after the other (tests hold the two to that), for
// GET /api/v1/exposure/all; its designationSources column holds the designation's sources only
// (see below). Filters as in trace-to-designated-ancestors ($asOf, $evidenceKinds,
// $excludeDisputed, $followTypes). When supply is followed the service pages through
// exposure-to-list-through-suppliers.cypher instead.
// Why a query of its own: a page walks down from the designees to find its entities, then walks
// up again from each of them to list their paths; for the whole report the walk down already meets
// every path, so here it is walked once and its paths kept (reversed, to read from the exposed
// entity to the designee, as a trace does). Each designation's card and sources are read once,
// not once for every path that ends at it; the sources its hops cite are named by id in their
// evidence, and the service reads their cards (source-cards.cypher) once per report, not once per
// path (at 1M companies, ~49k paths citing 100 sources, that was a third of the report's time). At 100,000 companies this took the report for three
// lists from 550 to about 300 ms.
// 1. the list's designations in force and what they designate, each card read once;
// 2. every path of 1 to $maxHops links against the arrows from a designee to an entity of
//    $exposedKind, no node twice, every link passing the filters;
// 3. per exposed entity, in order of name and id, its paths: shortest first, then designation
//    date, designation id, the ids along the path and the links' types (a brand and its maker
//    may be one company: two paths through the same nodes), at most $pathsPerEntity.
// Bounds: at most 8 hops in the pattern and $maxHops from the caller.
// :param listId => 'list/us-bis-entity-list'
// :param exposedKind => 'Brand'
// :param asOf => date('2026-11-23')
// :param evidenceKinds => ['official_act', 'company_statement', 'reported']
// :param excludeDisputed => false
// :param followTypes => ['BRAND_OF', 'MANUFACTURED_BY', 'OWNED_BY', 'PRODUCT_OF', 'SUBORDINATE_TO', 'SUBSIDIARY_OF']
// :param maxHops => 8
// :param pathsPerEntity => 100
// Columns: exposed, fewestHops, hasMore, designatedEntity, hops, designation, list, designationSources
MATCH (list:RestrictionList {id: $listId})<-[:ON_LIST]-(designation:Designation)-[:DESIGNATES]->(designatedEntity)
WHERE designation.statementKind IN $evidenceKinds
  AND (designation.heldFrom IS NULL OR designation.heldFrom <= $asOf)
  AND (designation.heldUntil IS NULL OR $asOf < designation.heldUntil)
  AND (NOT $excludeDisputed OR NOT EXISTS { (:Denial)-[:DISPUTES]->(designation) })
WITH list, designatedEntity, designation,
     designation {.id, .statementKind, .announced, .effective, .removed, .legalCitation, .scope, .scopeReachesSubsidiaries, .reason,
                  .sourceIds, .passages, .note,
                  disputed: EXISTS { (:Denial)-[:DISPUTES]->(designation) }} AS card,
     COLLECT {
       UNWIND designation.sourceIds AS sourceId
       WITH DISTINCT sourceId
       MATCH (source:Resource {id: sourceId}) USING INDEX SEEK source:Resource(id) WHERE source:Source
       OPTIONAL MATCH (source)-[:PUBLISHED_BY]->(publisher)
       RETURN source {.id, .title, .published, .url, publisher: publisher.name}
     } AS cardSources
WITH list, designatedEntity, collect({heldFrom: designation.heldFrom, card: card, sources: cardSources}) AS listings
MATCH reach = (designatedEntity)<-[:BRAND_OF|SUBSIDIARY_OF|OWNED_BY|SUBORDINATE_TO|MANUFACTURED_BY|PRODUCT_OF*1..8]-(exposed)
WHERE $exposedKind IN labels(exposed)
  AND length(reach) <= $maxHops
  AND all(hop IN relationships(reach) WHERE type(hop) IN $followTypes
      AND hop.statementKind IN $evidenceKinds
      AND (hop.heldFrom IS NULL OR hop.heldFrom <= $asOf)
      AND (hop.heldUntil IS NULL OR $asOf < hop.heldUntil))
  AND all(i IN range(0, length(reach) - 1) WHERE NOT nodes(reach)[i] IN nodes(reach)[i + 1..])
UNWIND listings AS listing
WITH list, exposed, collect({designatedEntity: designatedEntity, listing: listing,
                             nodes: reverse(nodes(reach)), hops: reverse(relationships(reach))}) AS found
ORDER BY exposed.name, exposed.id
CALL (found) {
  UNWIND found AS candidate
  RETURN candidate.designatedEntity AS designatedEntity, candidate.listing AS listing, candidate.hops AS pathHops
  ORDER BY size(candidate.hops), candidate.listing.heldFrom, candidate.listing.card.id, [node IN candidate.nodes | node.id],
           [hop IN candidate.hops | type(hop)]
  LIMIT $pathsPerEntity
}
RETURN exposed {.id, .name} AS exposed,
       reduce(fewest = 8, candidate IN found | CASE WHEN size(candidate.hops) < fewest THEN size(candidate.hops) ELSE fewest END) AS fewestHops,
       false AS hasMore,
       designatedEntity {.id, .name} AS designatedEntity,
       [hop IN pathHops | {
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
       listing.card AS designation,
       list {.id, .name} AS list,
       listing.sources AS designationSources
