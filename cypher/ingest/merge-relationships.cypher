// Creates or replaces relationships from validated seed rows: at most one per (from, type, to),
// carrying its evidence (statementKind, sourceIds, passages) and dates as properties.
// Replaying the same rows changes nothing.
// :param rows => [{from: 'brand/lorex', type: 'BRAND_OF', to: 'company/dahua-technology', properties: {statementKind: 'reported', sourceIds: ['source/example'], passages: ['Dear Dahua (and Lorex) partners,']}}]
UNWIND $rows AS row
MATCH (from:Resource {id: row.from})
MATCH (to:Resource {id: row.to})
MERGE (from)-[relationship:$(row.type)]->(to)
SET relationship = row.properties
