// For a batch of entities, what each is exposed to: every designated entity it reaches (itself
// at 0 hops) through the links chosen by $followTypes, on which list, in how few hops.
// Filters as in trace-to-designated-ancestors ($asOf, $evidenceKinds, $excludeDisputed).
// Bounds: at most 8 hops in the pattern and $maxHops; at most $limit exposures per entity.
// :param ids => ['brand/lorex', 'company/amazon']
// :param asOf => date('2026-11-23')
// :param evidenceKinds => ['official_act', 'company_statement', 'reported']
// :param excludeDisputed => false
// :param followTypes => ['BRAND_OF', 'MANUFACTURED_BY', 'OWNED_BY', 'PRODUCT_OF', 'SUBORDINATE_TO', 'SUBSIDIARY_OF']
// :param maxHops => 8
// :param limit => 20
// Columns: id, exposures
UNWIND $ids AS entityId
MATCH (start:Resource {id: entityId})
CALL (start) {
  MATCH path = (start)(
      (a)-[hop:BRAND_OF|SUBSIDIARY_OF|OWNED_BY|SUBORDINATE_TO|MANUFACTURED_BY|PRODUCT_OF|SUPPLIES]-(b)
      WHERE type(hop) IN $followTypes
        AND (type(hop) = 'SUPPLIES') = (endNode(hop) = a)
        AND hop.statementKind IN $evidenceKinds
        AND (hop.heldFrom IS NULL OR hop.heldFrom <= $asOf)
        AND (hop.heldUntil IS NULL OR $asOf < hop.heldUntil)
    ){0,8}(designatedEntity)
  WHERE length(path) <= $maxHops
    AND all(i IN range(0, length(path) - 1) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
  MATCH (designation:Designation)-[:DESIGNATES]->(designatedEntity)
  MATCH (designation)-[:ON_LIST]->(list:RestrictionList)
  WHERE designation.statementKind IN $evidenceKinds
    AND (designation.heldFrom IS NULL OR designation.heldFrom <= $asOf)
    AND (designation.heldUntil IS NULL OR $asOf < designation.heldUntil)
    AND (NOT $excludeDisputed OR NOT EXISTS { (:Denial)-[:DISPUTES]->(designation) })
  WITH list, designatedEntity, min(length(path)) AS hops
  ORDER BY hops, list.id, designatedEntity.id
  LIMIT $limit
  RETURN collect({listId: list.id, listName: list.name, designatedId: designatedEntity.id,
                  designatedName: designatedEntity.name, hops: hops}) AS exposures
}
RETURN entityId AS id, exposures
