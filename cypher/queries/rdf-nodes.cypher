// The nodes with these ids, with their kind and properties, for RDF exports of one entity or one result.
// Why USING INDEX SEEK: an import runs this before each write batch, planned while the id
// index's statistics may still say it is empty; with them, queries/rdf-relationships was planned
// as a scan of the whole index filtered per row (see there). This query was not seen to do so, but
// nothing in its costs forbids it, and the seek is the only plan that stays linear.
// :param ids => ['brand/lorex', 'company/dahua-technology']
UNWIND $ids AS id
MATCH (node:Resource {id: id}) USING INDEX SEEK node:Resource(id)
RETURN id,
       [label IN labels(node) WHERE NOT label IN ['Resource', 'Designated']][0] AS label,
       properties(node) AS properties
ORDER BY id
