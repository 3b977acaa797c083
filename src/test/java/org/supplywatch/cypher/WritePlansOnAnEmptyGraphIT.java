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
 * row while the batch adds relationships (the first batch of an SF1 RDF import took 5 to 53 s instead of 0.7).
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
        ExecutionPlanDescription plan = neo4j.defaultDatabaseService().executeTransactionally(
                "EXPLAIN " + catalog.get("ingest/merge-relationships").statement(), Map.of("rows", rows),
                result -> result.getExecutionPlanDescription());
        List<String> operators = new ArrayList<>();
        collect(plan, operators);
        assertThat(operators).anyMatch(operator -> operator.startsWith("VarLengthExpand(Into)"))
                .noneMatch(operator -> operator.contains("RelationshipsScan") || operator.contains("RelationshipTypeScan"));
    }

    private static void collect(ExecutionPlanDescription plan, List<String> operators) {
        operators.add(plan.getName());
        plan.getChildren().forEach(child -> collect(child, operators));
    }
}
