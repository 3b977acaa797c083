// Which retail brands trace back to a designated parent, e.g. one on the U.S. Entity List?
// Follows BRAND_OF, SUBSIDIARY_OF and OWNED_BY upwards from each brand, 1 to 8 hops, to an
// entity that a designation names. Every hop, and the designation, comes with its evidence.
// Bounds: at most 8 hops in the pattern and $maxHops (1..8) from the caller; at most $limit rows.
// $brandId null means every brand; $listId null means any restriction list.
// :param brandId => 'brand/lorex'
// :param listId => 'list/us-bis-entity-list'
// :param maxHops => 8
// :param limit => 100
// Columns: brand, designatedEntity, hops, designation, list, sources
MATCH (brand:Brand)
WHERE $brandId IS NULL OR brand.id = $brandId
MATCH path = (brand)-[:BRAND_OF|SUBSIDIARY_OF|OWNED_BY]->{1,8}(designatedEntity)
WHERE length(path) <= $maxHops
MATCH (designation:Designation)-[:DESIGNATES]->(designatedEntity)
MATCH (designation)-[:ON_LIST]->(list:RestrictionList)
WHERE $listId IS NULL OR list.id = $listId
WITH brand, designatedEntity, path, designation, list
ORDER BY brand.name, length(path), list.name, designation.effective, designation.id
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
       designation {.id, .statementKind, .announced, .effective, .removed, .legalCitation, .scope, .reason,
                    .sourceIds, .passages, .note} AS designation,
       list {.id, .name} AS list,
       COLLECT {
         UNWIND designation.sourceIds + reduce(ids = [], hop IN relationships(path) | ids + hop.sourceIds) AS sourceId
         WITH DISTINCT sourceId
         MATCH (source:Source {id: sourceId})
         OPTIONAL MATCH (source)-[:PUBLISHED_BY]->(publisher)
         RETURN source {.id, .title, .published, .url, publisher: publisher.name}
       } AS sources
