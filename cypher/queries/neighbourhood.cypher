// An entity and everything within $maxHops links of it (either direction, links chosen by
// $followTypes), shaped for drawing: nodes with their kind and whether a designation in force
// on $asOf names them, and the edges among those nodes with their evidence.
// Filters: a link counts only if it held on $asOf and its statement kind is in $evidenceKinds.
// Bounds: at most 3 hops in the pattern and $maxHops from the caller; at most $limit nodes
// (nearest first) and the edges among them.
// :param id => 'brand/lorex'
// :param asOf => date('2026-11-23')
// :param evidenceKinds => ['official_act', 'company_statement', 'reported']
// :param followTypes => ['BRAND_OF', 'CONCERNS', 'DESIGNATES', 'HAS_BUYER', 'HAS_SUPPLIER', 'MANUFACTURED_BY', 'ON_LIST', 'OWNED_BY', 'PRODUCT_OF', 'SOLD_THROUGH', 'SUBORDINATE_TO', 'SUBSIDIARY_OF', 'SUPPLIES']
// :param maxHops => 2
// :param limit => 100
// Columns: nodes, edges
MATCH (center:Resource {id: $id})
CALL (center) {
  MATCH path = (center)(
      ()-[hop:BRAND_OF|SUBSIDIARY_OF|OWNED_BY|SUBORDINATE_TO|MANUFACTURED_BY|PRODUCT_OF|SUPPLIES|SOLD_THROUGH|OPERATED_BY|HAS_BUYER|HAS_SUPPLIER|DESIGNATES|ON_LIST|MAINTAINED_BY|CONCERNS|FOUND_BY|DENIAL_BY|DISPUTES]-()
      WHERE type(hop) IN $followTypes
        AND hop.statementKind IN $evidenceKinds
        AND (hop.heldFrom IS NULL OR hop.heldFrom <= $asOf)
        AND (hop.heldUntil IS NULL OR $asOf < hop.heldUntil)
    ){0,3}(other)
  WHERE length(path) <= $maxHops
  WITH other, min(length(path)) AS distance
  ORDER BY distance, other.id
  LIMIT $limit
  RETURN collect(other) AS members, collect(distance) AS distances
}
CALL (members, distances) {
  UNWIND range(0, size(members) - 1) AS i
  WITH members[i] AS member, distances[i] AS distance
  RETURN collect(member {.id,
           name: coalesce(member.name, member.summary, member.title),
           kind: [label IN labels(member) WHERE NOT label IN ['Resource', 'Designated']][0],
           distance: distance,
           designated: EXISTS {
             MATCH (designation:Designation)-[:DESIGNATES]->(member)
             WHERE (designation.heldFrom IS NULL OR designation.heldFrom <= $asOf)
               AND (designation.heldUntil IS NULL OR $asOf < designation.heldUntil)
           }}) AS nodes
}
RETURN nodes,
       COLLECT {
         UNWIND members AS member
         MATCH (member)-[edge]->(neighbour)
         WHERE neighbour IN members
           AND type(edge) IN $followTypes
           AND edge.statementKind IN $evidenceKinds
           AND (edge.heldFrom IS NULL OR edge.heldFrom <= $asOf)
           AND (edge.heldUntil IS NULL OR $asOf < edge.heldUntil)
         RETURN edge {.statementKind, .statementKinds, .sourceIds, .passages, .validFrom, .validTo,
                      from: member.id, to: neighbour.id, type: type(edge)}
       } AS edges
