// Keeps the derived Designated label on exactly the entities that a designation on record names
// (in force or not), so that Neo4j Browser's style can make them stand out. Runs at the end of
// every write transaction; replaying it changes nothing.
MATCH (entity:Designated)
WHERE NOT EXISTS { (:Designation)-[:DESIGNATES]->(entity) }
REMOVE entity:Designated
WITH count(*) AS unmarked
MATCH (:Designation)-[:DESIGNATES]->(entity)
WHERE NOT entity:Designated
SET entity:Designated
