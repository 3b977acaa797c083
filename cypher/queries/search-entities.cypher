// Finds named entities by name, alias (curated or from an imported list), former name or Chinese name, through the full-text
// index entity_names (word order free; '~' terms tolerate typos). The service builds
// $luceneQuery from the user's words and re-ranks the candidates, saying why each matched.
// $kind null means every kind (Company, GovernmentBody, Brand, ...).
// Bounds: the index returns at most $candidates nodes; at most $limit rows.
// :param luceneQuery => 'dahua^3 OR dahua~'
// :param kind => null
// :param candidates => 50
// :param limit => 10
// Columns: id, name, kind, aliases, formerNames, chineseName, country, designated, score
CALL db.index.fulltext.queryNodes('entity_names', $luceneQuery, {limit: $candidates})
YIELD node, score
WHERE ($kind IS NULL OR $kind IN labels(node))
  AND node.mergedInto IS NULL
RETURN node.id AS id,
       node.name AS name,
       [label IN labels(node) WHERE NOT label IN ['Resource', 'Designated']][0] AS kind,
       coalesce(node.aliases, []) + coalesce(node.cslAliases, []) AS aliases,
       node.formerNames AS formerNames,
       node.chineseName AS chineseName,
       node.country AS country,
       EXISTS { (:Designation)-[:DESIGNATES]->(node) } AS designated,
       score
ORDER BY score DESC, node.id
LIMIT $limit
