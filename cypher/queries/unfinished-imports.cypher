// RDF imports that wrote some batches but not their last (the service stopped mid-import).
// Importing the same file again completes one and removes its record.
// Columns: id, name, sourceId, rowsToWrite, rowsWritten, startedAt
MATCH (run:ImportRun)
RETURN run.id AS id, run.name AS name, run.sourceId AS sourceId, run.rowsToWrite AS rowsToWrite,
       run.rowsWritten AS rowsWritten, run.startedAt AS startedAt
ORDER BY run.startedAt, run.id
