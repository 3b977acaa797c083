// Test-only probe: a query that runs for many seconds, to prove the time budget stops it.
// :param rows => 200000000
UNWIND range(1, $rows) AS x
WITH x
WHERE x % 7 = 10
RETURN count(x) AS hits
