// Everything about one node: its properties and kinds, every relationship in and out with its
// evidence, the designations naming it (current and past, with their lists and whether a denial
// disputes them), the findings about it (with who found them and the denials on record), and
// every source cited by any of these.
// Bounds: at most $limit relationships each way, designations and findings.
// :param id => 'company/dahua-technology'
// :param limit => 500
// Columns: properties, kinds, outgoing, incoming, designations, findings, sources
MATCH (entity:Resource {id: $id})
RETURN properties(entity) AS properties,
       [label IN labels(entity) WHERE NOT label IN ['Resource', 'Designated']] AS kinds,
       COLLECT {
         MATCH (entity)-[relationship]->(other)
         WITH relationship, other
         ORDER BY type(relationship), other.id
         LIMIT $limit
         RETURN relationship {.statementKind, .statementKinds, .sourceIds, .passages, .validFrom, .validTo, .share, .notes,
                              type: type(relationship), other: other.id, otherName: coalesce(other.name, other.summary, other.title),
                              otherKind: [label IN labels(other) WHERE NOT label IN ['Resource', 'Designated']][0]}
       } AS outgoing,
       COLLECT {
         MATCH (entity)<-[relationship]-(other)
         WITH relationship, other
         ORDER BY type(relationship), other.id
         LIMIT $limit
         RETURN relationship {.statementKind, .statementKinds, .sourceIds, .passages, .validFrom, .validTo, .share, .notes,
                              type: type(relationship), other: other.id, otherName: coalesce(other.name, other.summary, other.title),
                              otherKind: [label IN labels(other) WHERE NOT label IN ['Resource', 'Designated']][0]}
       } AS incoming,
       COLLECT {
         MATCH (designation:Designation)-[:DESIGNATES]->(entity)
         MATCH (designation)-[:ON_LIST]->(list:RestrictionList)
         WITH designation, list
         ORDER BY designation.heldFrom, designation.id
         LIMIT $limit
         RETURN designation {.id, .statementKind, .announced, .effective, .removed, .legalCitation, .scope, .scopeReachesSubsidiaries, .reason,
                             .sourceIds, .passages, .note, list: list {.id, .name},
                             disputed: EXISTS { (:Denial)-[:DISPUTES]->(designation) }}
       } AS designations,
       COLLECT {
         MATCH (finding:Finding)-[:CONCERNS]->(entity)
         WITH finding
         ORDER BY finding.date, finding.id
         LIMIT $limit
         RETURN finding {.id, .summary, .statementKind, .date, .sourceIds, .passages,
                         foundBy: COLLECT { MATCH (finding)-[:FOUND_BY]->(finder) RETURN finder {.id, .name} },
                         denials: COLLECT {
                           MATCH (denial:Denial)-[:DISPUTES]->(finding)
                           RETURN denial {.id, .summary, .statementKind, .sourceIds, .passages,
                                          by: COLLECT { MATCH (denial)-[:DENIAL_BY]->(denier) RETURN denier.id }}
                         }}
       } AS findings,
       COLLECT {
         CALL (entity) {
           RETURN entity.sourceIds AS ids
           UNION ALL
           MATCH (entity)-[relationship]-()
           RETURN relationship.sourceIds AS ids
           UNION ALL
           MATCH (fact:Designation|Finding)-[:DESIGNATES|CONCERNS]->(entity)
           RETURN fact.sourceIds AS ids
         }
         UNWIND coalesce(ids, []) AS sourceId
         WITH DISTINCT sourceId
         MATCH (source:Resource {id: sourceId}) USING INDEX SEEK source:Resource(id) WHERE source:Source
         OPTIONAL MATCH (source)-[:PUBLISHED_BY]->(publisher)
         RETURN source {.id, .title, .published, .url, publisher: publisher.name}
       } AS sources
