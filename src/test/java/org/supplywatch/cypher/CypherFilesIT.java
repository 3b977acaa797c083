package org.supplywatch.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.SharedNeo4j;

/**
 * Guards the Browser text: every file under {@code cypher/} runs on the seed graph with the
 * example parameters of its own header, exactly as a researcher would paste it. Writes are
 * rolled back; data-quality checks must return no row.
 */
@GraphIntegrationTest
class CypherFilesIT {

    private final CypherCatalog catalog = new CypherCatalog();

    @TestFactory
    Stream<DynamicTest> everyFileRunsWithItsExampleParameters() {
        return catalog.all().stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> runRolledBack(file)));
    }

    @TestFactory
    Stream<DynamicTest> everyDataQualityCheckPassesOnTheSeedGraph() {
        return catalog.all().stream()
                .filter(file -> file.name().startsWith("checks/"))
                .map(file -> DynamicTest.dynamicTest(file.name(), () -> {
                    try (Driver driver = driver(); Session session = driver.session()) {
                        List<Map<String, Object>> rows = session.executeRead(tx -> tx.run(file.statement()).list(r -> r.asMap()));
                        assertThat(rows)
                                .as("rows breaking the rule of %s", file.name())
                                .isEmpty();
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyQueryAndIngestFileDocumentsItsParameters() {
        return catalog.all().stream()
                .filter(file -> file.name().startsWith("queries/") || file.name().startsWith("ingest/"))
                .map(file -> DynamicTest.dynamicTest(file.name(), () -> {
                    assertThat(file.description()).as("header of %s", file.name()).isNotBlank();
                    for (String parameter : parametersUsedIn(file.statement())) {
                        assertThat(file.exampleParams()).as("// :param line for $%s in %s", parameter, file.name())
                                .containsKey(parameter);
                    }
                }));
    }

    /**
     * A lookup by id must seek the unique index: a plan that scans it reads every node of the
     * graph once per row (found in the trace queries, where {@code (source:Resource&Source {id: x})}
     * inside COLLECT was planned as a scan and cost 9 ms a request at SF1, growing with the graph).
     * Only the whole-graph export reads nodes in id order on purpose.
     */
    @TestFactory
    Stream<DynamicTest> noQueryScansTheIdIndexToFindOneNode() {
        return catalog.all().stream()
                .filter(file -> file.name().startsWith("queries/") && !file.name().startsWith("queries/rdf-all-"))
                .map(file -> DynamicTest.dynamicTest(file.name(), () -> {
                    try (Driver driver = driver(); Session session = driver.session()) {
                        Map<String, Object> parameters = new HashMap<>();
                        file.exampleParams().forEach((name, expression) -> parameters.put(name, evaluate(session, expression)));
                        // Plans depend on the parameters' values (the scan came with a null $listId
                        // and $limit = 1000, the largest a request may ask for), so each parameter is
                        // also tried as null, one at a time, and the limits at their largest.
                        List<Map<String, Object>> variants = new java.util.ArrayList<>(List.of(parameters));
                        if (parameters.containsKey("limit")) {
                            Map<String, Object> largest = new HashMap<>(parameters);
                            largest.put("limit", 1000L);
                            largest.replaceAll((name, value) -> name.equals("listId") ? null : value);
                            variants.add(largest);
                        }
                        for (String name : parameters.keySet()) {
                            Map<String, Object> variant = new HashMap<>(parameters);
                            variant.put(name, null);
                            variants.add(variant);
                        }
                        for (String statement : file.statements()) {
                            for (Map<String, Object> variant : variants) {
                                List<String> scans = new java.util.ArrayList<>();
                                collectIdIndexScans(session.run("EXPLAIN " + statement, variant).consume().plan(), scans);
                                assertThat(scans).as("id-index scans in the plan of %s with %s", file.name(), variant).isEmpty();
                            }
                        }
                    }
                }));
    }

    private static void collectIdIndexScans(org.neo4j.driver.summary.Plan plan, List<String> scans) {
        Value details = plan.arguments().get("Details");
        String text = details == null ? "" : details.asString();
        if (plan.operatorType().startsWith("NodeIndexScan") && text.contains("(id)")) {
            scans.add(plan.operatorType() + " " + text);
        }
        plan.children().forEach(child -> collectIdIndexScans(child, scans));
    }

    private static java.util.Set<String> parametersUsedIn(String statement) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)").matcher(statement);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static void runRolledBack(CypherFile file) {
        try (Driver driver = driver(); Session session = driver.session()) {
            Map<String, Object> parameters = new HashMap<>();
            file.exampleParams().forEach((name, expression) -> parameters.put(name, evaluate(session, expression)));
            if (file.name().startsWith("schema/")) {
                // Schema statements cannot share a transaction with data; they are idempotent, so run them as-is.
                file.statements().forEach(statement -> assertThatCode(() -> session.run(statement).consume()).doesNotThrowAnyException());
                return;
            }
            try (Transaction tx = session.beginTransaction()) {
                for (String statement : file.statements()) {
                    assertThatCode(() -> tx.run(statement, parameters).consume()).as(file.name()).doesNotThrowAnyException();
                }
                tx.rollback();
            }
        }
    }

    private static Object evaluate(Session session, String expression) {
        Value value = session.run("RETURN " + expression + " AS value").single().get("value");
        return value.asObject();
    }

    private static Driver driver() {
        return GraphDatabase.driver(SharedNeo4j.boltUri(), AuthTokens.none());
    }
}
