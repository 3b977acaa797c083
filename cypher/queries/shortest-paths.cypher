// The shortest paths between two entities, in either direction along any link chosen by
// $followTypes (ownership, brand, manufacturing, supply, retail, contracts, designations,
// findings), each hop with its evidence. Up to 10 paths are found, then $k are returned.
// Filters: a hop counts only if it held on $asOf and its statement kind is in $evidenceKinds.
// Bounds: at most 8 hops in the pattern and $maxHops from the caller; at most 10 paths, and $k.
// :param fromId => 'brand/lorex'
// :param toId => 'company/amazon'
// :param asOf => date('2026-11-23')
// :param evidenceKinds => ['official_act', 'company_statement', 'reported']
// :param followTypes => ['BRAND_OF', 'CONCERNS', 'DENIAL_BY', 'DESIGNATES', 'DISPUTES', 'FOUND_BY', 'HAS_BUYER', 'HAS_SUPPLIER', 'MAINTAINED_BY', 'MANUFACTURED_BY', 'ON_LIST', 'OPERATED_BY', 'OWNED_BY', 'PRODUCT_OF', 'SOLD_THROUGH', 'SUBORDINATE_TO', 'SUBSIDIARY_OF', 'SUPPLIES']
// :param maxHops => 8
// :param k => 3
// Columns: length, nodes, hops
MATCH (from:Resource {id: $fromId})
MATCH (to:Resource {id: $toId})
MATCH path = SHORTEST 10 (from)(
    ()-[hop:BRAND_OF|SUBSIDIARY_OF|OWNED_BY|SUBORDINATE_TO|MANUFACTURED_BY|PRODUCT_OF|SUPPLIES|SOLD_THROUGH|OPERATED_BY|HAS_BUYER|HAS_SUPPLIER|DESIGNATES|ON_LIST|MAINTAINED_BY|CONCERNS|FOUND_BY|DENIAL_BY|DISPUTES]-()
    WHERE type(hop) IN $followTypes
      AND hop.statementKind IN $evidenceKinds
      AND (hop.heldFrom IS NULL OR hop.heldFrom <= $asOf)
      AND (hop.heldUntil IS NULL OR $asOf < hop.heldUntil)
  ){1,8}(to)
WHERE length(path) <= $maxHops
  AND all(i IN range(0, length(path) - 1) WHERE NOT nodes(path)[i] IN nodes(path)[i + 1..])
WITH path
ORDER BY length(path), [node IN nodes(path) | node.id], [hop IN relationships(path) | type(hop)]
LIMIT $k
RETURN length(path) AS length,
       [node IN nodes(path) | node {.id, name: coalesce(node.name, node.summary, node.title),
                                    kind: [label IN labels(node) WHERE NOT label IN ['Resource', 'Designated']][0]}] AS nodes,
       [hop IN relationships(path) | {
         from: startNode(hop).id,
         fromName: coalesce(startNode(hop).name, startNode(hop).summary, startNode(hop).title),
         type: type(hop),
         to: endNode(hop).id,
         toName: coalesce(endNode(hop).name, endNode(hop).summary, endNode(hop).title),
         statementKind: hop.statementKind,
         statementKinds: hop.statementKinds,
         sourceIds: hop.sourceIds,
         passages: hop.passages,
         validFrom: hop.validFrom,
         validTo: hop.validTo
       }] AS hops
