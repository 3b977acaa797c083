package org.supplywatch.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Plans of the write files on a graph with nodes and no relationships yet (an import into an empty database): the
 * planner then prices a scan of every relationship at nothing, and a plan that looks a pair up that way scans once per
 * row while the batch adds relationships (the first batch of an SF1 RDF import took 5 to 53 s instead of 0.7). The
 * id index's statistics are also still those of an empty index (sampled when the constraint was made): a lookup by
 * id then costs as much as a scan of the whole index, and a plan that scans it for the order it gives, filtering per
 * row, reads every node for every row (3 of 4 SF1 RDF imports: 36 to 41 s of writes instead of 12).
 */
class WritePlansOnAnEmptyGraphIT {

    private static Neo4j neo4j;
    private final CypherCatalog catalog = new CypherCatalog();

    @BeforeAll
    static void startWithNodesOnly() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024).build();
        GraphDatabaseService database = neo4j.defaultDatabaseService();
        database.executeTransactionally("CREATE CONSTRAINT resource_id_unique FOR (r:Resource) REQUIRE r.id IS UNIQUE");
        database.executeTransactionally("UNWIND range(1, 1000) AS i CREATE (:Resource:Company {id: 'company/c' + i})");
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    @Test
    void mergingRelationshipsLooksEachPairUpFromItsNodesNotByScanningRelationships() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i < 1000; i++) {
            rows.add(Map.of("from", "company/c" + i, "type", "SUBSIDIARY_OF", "to", "company/c" + (i + 1),
                    "properties", Map.of("statementKind", "reported")));
        }
        List<String> operators = operators("ingest/merge-relationships", Map.of("rows", rows));
        assertThat(operators).anyMatch(operator -> operator.startsWith("VarLengthExpand(Into)"))
                .noneMatch(operator -> operator.contains("RelationshipsScan") || operator.contains("RelationshipTypeScan"));
    }

    @Test
    void theImportsLookupOfExistingRelationshipsSeeksEachStartNodeInTheIdIndex() {
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 1; i < 1000; i++) {
            edges.add(Map.of("from", "company/c" + i, "type", "SUBSIDIARY_OF", "to", "company/c" + (i + 1)));
        }
        assertThat(operators("queries/rdf-relationships", Map.of("edges", edges)))
                .contains("NodeUniqueIndexSeek").noneMatch(operator -> operator.contains("Scan"));
    }

    private List<String> operators(String fileName, Map<String, Object> parameters) {
        ExecutionPlanDescription plan = neo4j.defaultDatabaseService().executeTransactionally(
                "EXPLAIN " + catalog.get(fileName).statement(), parameters, result -> result.getExecutionPlanDescription());
        List<String> operators = new ArrayList<>();
        collect(plan, operators);
        return operators;
    }

    private static void collect(ExecutionPlanDescription plan, List<String> operators) {
        operators.add(plan.getName());
        plan.getChildren().forEach(child -> collect(child, operators));
    }
}
