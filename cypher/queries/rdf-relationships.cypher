// The relationships named by (from, type, to), with their properties, for RDF exports of one result
// and for an RDF import's check of what the graph already holds.
// Why USING INDEX SEEK: an import into a new database writes its nodes and then plans this
// before its first relationship batch, while the id index's statistics still say it is empty
// (they are sampled in the background). Costed so, scanning the whole index in its order (which
// gives ORDER BY from for free) and filtering per row looked as cheap as a seek; that plan reads
// every node for every row (3 of 4 SF1 imports: 36-41 s of writes instead of 12; 5 of 5 normal
// with SEEK; WritePlansOnAnEmptyGraphIT reproduces the plan). A plain USING INDEX allows the scan.
// Why [links*1] (as in ingest/merge-relationships): naming both ends' index made a hash join of
// their relationships per row (60 s of an SF1 import's writes against 12).
// :param edges => [{from: 'brand/lorex', type: 'BRAND_OF', to: 'company/dahua-technology'}]
UNWIND $edges AS row
MATCH (from:Resource {id: row.from}) USING INDEX SEEK from:Resource(id)
MATCH (from)-[links*1]->(to:Resource)
  WHERE type(links[0]) = row.type AND to.id = row.to
RETURN row.from AS from, row.type AS type, row.to AS to, properties(links[0]) AS properties
ORDER BY from, type, to
