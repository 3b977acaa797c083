// Writes nodes of an RDF import, their properties already merged with what the graph held
// (an import adds; it never removes a value). Replaying the same rows changes nothing.
// :param rows => [{id: 'brand/example', label: 'Brand', properties: {id: 'brand/example', name: 'Example', sourceIds: ['source/example'], passages: ['Example']}}]
UNWIND $rows AS row
MERGE (node:Resource {id: row.id})
SET node = row.properties
SET node:$(row.label)
