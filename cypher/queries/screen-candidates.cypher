// Candidates for a batch of screened names: for each row, the nodes the full-text index
// entity_names finds for its Lucene query (built by the service from the row's words).
// The service scores each candidate's names against the row and decides match / no match.
// Bounds: at most $candidates nodes per row; the service sends at most a few hundred rows.
// :param rows => [{index: 0, luceneQuery: 'dahua^3 OR dahua~'}, {index: 1, luceneQuery: 'lorex^3 OR lorex~'}]
// :param candidates => 10
// Columns: index, id, name, kind, aliases, formerNames, chineseName, country, designated, score
UNWIND $rows AS row
CALL db.index.fulltext.queryNodes('entity_names', row.luceneQuery, {limit: $candidates})
YIELD node, score
WITH row, node, score
WHERE node.mergedInto IS NULL
RETURN row.index AS index,
       node.id AS id,
       node.name AS name,
       [label IN labels(node) WHERE NOT label IN ['Resource', 'Designated']][0] AS kind,
       coalesce(node.aliases, []) + coalesce(node.cslAliases, []) AS aliases,
       node.formerNames AS formerNames,
       node.chineseName AS chineseName,
       node.country AS country,
       EXISTS { (:Designation)-[:DESIGNATES]->(node) } AS designated,
       score
ORDER BY index, score DESC, id
