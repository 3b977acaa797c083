// Runs in the transaction of an import's last batch: the import is complete, so its record goes,
// and so do the records of earlier runs of the same file that stopped part way (this run wrote
// everything they had left). A finished import leaves the graph exactly as a clean one would.
// :param sourceId => 'source/rdf-import-4f2a9c1d0e7b3a56'
// :param runId => 'import-run/0b6f'
MATCH (run:ImportRun)
WHERE run.id = $runId OR run.sourceId = $sourceId
DELETE run
