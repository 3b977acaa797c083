// Creates nodes that do not exist yet and leaves existing ones exactly as they are: an import
// may need a list, a publisher or a provisional entity, but never overwrites curated data.
// :param rows => [{id: 'list/us-csl-dpl', label: 'RestrictionList', properties: {id: 'list/us-csl-dpl', name: 'Denied Persons List', sourceIds: ['source/example'], passages: []}}]
UNWIND $rows AS row
MERGE (node:Resource {id: row.id})
ON CREATE SET node = row.properties
WITH node, row
WHERE NOT row.label IN labels(node)
SET node:$(row.label)
