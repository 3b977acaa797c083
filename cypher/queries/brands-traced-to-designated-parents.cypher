// Which retail brands trace back to a designated parent, e.g. one on the U.S. Entity List?
// Follows the links chosen by $followTypes upwards from each brand (brand, ownership,
// manufacturing/OEM, and supply followed from customer back to supplier), 1 to 8 hops, to an
// entity that a designation names. Every hop, and the designation, comes with its evidence.
// Filters as in trace-to-designated-ancestors: $asOf, $evidenceKinds, $excludeDisputed.
// Bounds: at most 8 hops in the pattern and $maxHops (1..8) from the caller; at most $limit rows.
// $brandId null means every brand; $listId null means any restriction list.
// :param brandId => 'brand/lorex'
// :param listId => 'list/us-bis-entity-list'
// :param asOf => date('2026-11-23')
// :param evidenceKinds => ['official_act', 'company_statement', 'reported']
// :param excludeDisputed => false
// :param followTypes => ['BRAND_OF', 'MANUFACTURED_BY', 'OWNED_BY', 'PRODUCT_OF', 'SUBORDINATE_TO', 'SUBSIDIARY_OF']
// :param maxHops => 8
// :param limit => 100
// Columns: brand, designatedEntity, hops, designation, list, sources
MATCH (brand:Brand)
WHERE $brandId IS NULL OR brand.id = $brandId
MATCH path = (brand)(
    (a)-[hop:BRAND_OF|SUBSIDIARY_OF|OWNED_BY|SUBORDINATE_TO|MANUFACTURED_BY|PRODUCT_OF|SUPPLIES]-(b)
    WHERE type(hop) IN $followTypes
      AND (type(hop) = 'SUPPLIES') = (endNode(hop) = a)
      AND hop.statementKind IN $evidenceKinds
      AND (hop.heldFrom IS NULL OR hop.heldFrom <= $asOf)
      AND (hop.heldUntil IS NULL OR $asOf < hop.heldUntil)
  ){1,8}(designatedEntity)
WHERE length(path) <= $maxHops
  AND all(i IN range(0, length(path) - 1) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
MATCH (designation:Designation)-[:DESIGNATES]->(designatedEntity)
MATCH (designation)-[:ON_LIST]->(list:RestrictionList)
WHERE ($listId IS NULL OR list.id = $listId)
  AND designation.statementKind IN $evidenceKinds
  AND (designation.heldFrom IS NULL OR designation.heldFrom <= $asOf)
  AND (designation.heldUntil IS NULL OR $asOf < designation.heldUntil)
  AND (NOT $excludeDisputed OR NOT EXISTS { (:Denial)-[:DISPUTES]->(designation) })
WITH brand, designatedEntity, path, designation, list
ORDER BY brand.name, brand.id, length(path), list.name, designation.heldFrom, designation.id, [node IN nodes(path) | node.id], [hop IN relationships(path) | type(hop)]
LIMIT $limit
RETURN brand {.id, .name} AS brand,
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
