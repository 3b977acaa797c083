// Data-quality probe: facts without evidence. Every relationship, designation, contract,
// claim, finding and denial must name its sources, quote a passage for each, and say what
// kind of statement it is. Returns the offending elements; no rows means the rule holds.
// RESOLVES and CANDIDATE are review bookkeeping: they carry a score and reason, not evidence.
// Columns: element (id or from-type-to), problem
CALL () {
  MATCH (fact:Designation|Contract|Claim|Finding|Denial)
  WHERE fact.statementKind IS NULL
     OR size(coalesce(fact.sourceIds, [])) = 0
     OR size(coalesce(fact.passages, [])) <> size(fact.sourceIds)
  RETURN fact.id AS element, 'fact without complete evidence' AS problem
  UNION ALL
  MATCH (from)-[relationship]->(to)
  WHERE NOT type(relationship) IN ['RESOLVES', 'CANDIDATE']
    AND (relationship.statementKind IS NULL
     OR size(coalesce(relationship.sourceIds, [])) = 0
     OR size(coalesce(relationship.passages, [])) <> size(relationship.sourceIds))
  RETURN from.id + ' ' + type(relationship) + ' ' + to.id AS element, 'relationship without complete evidence' AS problem
}
RETURN element, problem
ORDER BY element
