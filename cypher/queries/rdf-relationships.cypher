// The relationships named by (from, type, to), with their properties, for RDF exports of one result
// and for an RDF import's check of what the graph already holds.
// Why the hint, [links*1] (as in ingest/merge-relationships) and the order by the parameter's ids:
// as queries/rdf-nodes, which an import also runs before each write batch: planned and replanned
// while an import fills a new database, some plans read the id index in its order (ORDER BY
// from.id for free) and filtered it per row. Naming both ends' index instead made a hash join of
// their relationships per row (60 s of an SF1 import's writes against 12); looking the end up as
// well as the start, 38 s.
// :param edges => [{from: 'brand/lorex', type: 'BRAND_OF', to: 'company/dahua-technology'}]
UNWIND $edges AS row
MATCH (from:Resource {id: row.from}) USING INDEX from:Resource(id)
MATCH (from)-[links*1]->(to:Resource)
  WHERE type(links[0]) = row.type AND to.id = row.to
RETURN row.from AS from, row.type AS type, row.to AS to, properties(links[0]) AS properties
ORDER BY from, type, to
