// Records how far an RDF import has got, in the same transaction as the batch it counts, so that
// after a crash the record says exactly what was committed. Removed by forget-finished-import.
// :param run => {id: 'import-run/0b6f', name: 'graph.nt', sourceId: 'source/rdf-import-4f2a9c1d0e7b3a56', rowsToWrite: 2000, rowsWritten: 500, startedAt: datetime('2026-11-23T08:00:00Z')}
MERGE (run:ImportRun {id: $run.id})
SET run += $run
