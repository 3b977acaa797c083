// Ends designations that a newer list no longer carries: the day the import observed it
// becomes their removal date (marked removalObserved), so asOf queries still answer for any
// earlier date. Nothing is deleted.
// :param rows => [{id: 'designation/csl/el/example', removed: '2026-11-23', heldUntil: date('2026-11-23')}]
UNWIND $rows AS row
MATCH (designation:Designation {id: row.id})
WHERE designation.removed IS NULL
SET designation.removed = row.removed,
    designation.heldUntil = row.heldUntil,
    designation.removalObserved = true
