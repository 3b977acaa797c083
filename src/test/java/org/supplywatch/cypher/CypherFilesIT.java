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
