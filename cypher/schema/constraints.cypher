// Constraints and indexes of the Supplywatch graph. Idempotent: applied at every start-up.
// Every node carries :Resource and a stable, readable id such as 'company/dahua-technology'.
CREATE CONSTRAINT resource_id_unique IF NOT EXISTS
FOR (resource:Resource)
REQUIRE resource.id IS UNIQUE;

// Names, aliases, former names and Chinese names of named entities, for search tolerant of word order and typos.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (entity:Company|GovernmentBody|Person|ListedParty|Ngo|Publisher|Brand|Product|EquipmentCategory|RetailChannel|RestrictionList)
ON EACH [entity.name, entity.aliases, entity.formerNames, entity.chineseName, entity.cslAliases];

// Records of unfinished RDF imports (not Resources: operational, never exported).
CREATE CONSTRAINT import_run_id_unique IF NOT EXISTS
FOR (run:ImportRun)
REQUIRE run.id IS UNIQUE;
