// Adds the alternate names an imported list gives to existing entities, kept in cslAliases
// apart from the curated aliases (which a seed reload replaces) and without repeats.
// :param rows => [{id: 'company/dahua-technology', aliases: ['Dahua Technology Co., Ltd.']}]
UNWIND $rows AS row
MATCH (entity:Resource {id: row.id})
SET entity.cslAliases = coalesce(entity.cslAliases, [])
    + [alias IN row.aliases WHERE NOT alias IN coalesce(entity.cslAliases, []) AND alias <> entity.name]
