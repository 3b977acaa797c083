// The designations earlier Consolidated Screening List imports created on the given source
// lists (EL, SDN, ...), with what the list said, so a new import can tell added, changed,
// unchanged and ended entries apart. Ended ones are included: nothing is ever deleted.
// :param listCodes => ['EL']
// Columns: id, listCode, listedName, removed, removalObserved, fields, sourceIds, passages, entityId
MATCH (designation:Designation {origin: 'csl'})
WHERE designation.listCode IN $listCodes
OPTIONAL MATCH (designation)-[:DESIGNATES]->(entity)
RETURN designation.id AS id,
       designation.listCode AS listCode,
       designation.listedName AS listedName,
       designation.removed AS removed,
       coalesce(designation.removalObserved, false) AS removalObserved,
       designation {.federalRegisterNotices, .effective, .licenseRequirement, .licensePolicy, .addresses,
                    .listedAliases, .reason} AS fields,
       designation.sourceIds AS sourceIds,
       designation.passages AS passages,
       entity.id AS entityId
ORDER BY id
