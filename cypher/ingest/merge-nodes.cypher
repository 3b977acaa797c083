// Creates or replaces nodes from validated seed rows: one stable id each, its kind as a label.
// Properties that imported lists add to an entity (cslAliases) survive a seed reload.
// Replaying the same rows changes nothing.
// :param rows => [{id: 'company/example', label: 'Company', properties: {id: 'company/example', name: 'Example Co.', sourceIds: ['source/example'], passages: ['Example Co. makes cameras.']}}]
UNWIND $rows AS row
MERGE (node:Resource {id: row.id})
WITH node, row, node.cslAliases AS importedAliases
SET node = row.properties
SET node.cslAliases = importedAliases
SET node:$(row.label)
