// Test-only probe: a write, to prove that GraphReader runs every query in a read transaction.
// :param id => 'probe/write'
CREATE (probe:Resource {id: $id})
RETURN probe.id AS id
