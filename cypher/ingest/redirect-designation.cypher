// Records a review decision on an entity resolution and points the designation at the entity
// the decision names: the existing candidate (confirm) or the provisional entity made from the
// listed name (reject; created if an automatic match never needed one). The DESIGNATES link
// keeps its evidence; the provisional entity is kept, marked mergedInto while merged.
// :param resolutionId => 'resolution/csl/el/example'
// :param status => 'rejected'
// :param decidedOn => '2026-11-23'
// :param targetId => 'listed-party/el-example'
// :param provisional => {id: 'listed-party/el-example', label: 'ListedParty', properties: {id: 'listed-party/el-example', name: 'Example', sourceIds: ['source/example'], passages: ['Example']}}
// :param mergedInto => null
MATCH (resolution:Resolution {id: $resolutionId})-[:RESOLVES]->(designation:Designation)
SET resolution.status = $status, resolution.decidedOn = $decidedOn
MERGE (provisional:Resource {id: $provisional.id})
ON CREATE SET provisional = $provisional.properties, provisional:$($provisional.label)
SET provisional.mergedInto = $mergedInto
WITH designation
MATCH (target:Resource {id: $targetId})
MATCH (designation)-[old:DESIGNATES]->(current)
WHERE current <> target
CREATE (designation)-[new:DESIGNATES]->(target)
SET new = properties(old), new.resolutionStatus = $status
DELETE old
