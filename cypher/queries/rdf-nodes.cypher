// The nodes with these ids, with their kind and properties, for RDF exports of one entity or one result.
// Why the hint, and the order by the parameter's id rather than node.id: an RDF import into a new
// database plans this while the graph is empty and replans it as the graph grows; in 2 of 7 SF1
// imports a plan read the id index in its order (which gives ORDER BY node.id) and filtered it per
// row, so a batch of writes read every node written before it (41 and 44 s of writes instead of
// 12). With the order taken from the parameter and the index named, 5 imports of 5 wrote in 12-14 s,
// but the same plan shape (a scan of the id index under the sort) came back in 4 of 6 later SF1
// imports of two variants of the translator, and with `CYPHER replan=force` on these lookups in 1 of 3:
// the cause is not found yet, and these changes only made it rarer in the runs measured.
// :param ids => ['brand/lorex', 'company/dahua-technology']
UNWIND $ids AS id
MATCH (node:Resource {id: id}) USING INDEX node:Resource(id)
RETURN id,
       [label IN labels(node) WHERE NOT label IN ['Resource', 'Designated']][0] AS label,
       properties(node) AS properties
ORDER BY id
