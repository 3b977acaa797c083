package org.supplywatch.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.graph.StatementKind;
import org.supplywatch.graph.TraversalKind;
import org.supplywatch.query.TraversalOptions;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.SharedNeo4j;

/**
 * Reading in-process (the embedded configuration) gives the rows that reading over Bolt gives:
 * both read the shared Neo4j Harness with the seed graph loaded, one through the driver and one
 * through Neo4j's embedded API ({@code RdfRoundTripIT} compares the exports made each way).
 */
@GraphIntegrationTest
class InProcessStreamIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    @Autowired
    Driver driver;

    @Autowired
    CypherCatalog catalog;

    @Autowired
    GraphReader reader;

    @Autowired
    Neo4jClient client;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    QueryProperties queryProperties;

    GraphDatabaseService database;
    GraphStream overBolt;
    GraphStream inProcess;

    @BeforeEach
    void bothWays() {
        database = SharedNeo4j.instance().defaultDatabaseService();
        overBolt = new GraphStream(driver, catalog, Optional.empty());
        inProcess = new GraphStream(driver, catalog, Optional.of(new InProcessDatabase(database)));
    }

    @Test
    void wholeGraphRowsAreTheSameEitherWay() {
        for (String query : List.of("queries/rdf-all-nodes", "queries/rdf-all-relationships")) {
            List<Map<String, Object>> bolt = new ArrayList<>();
            List<Map<String, Object>> local = new ArrayList<>();
            overBolt.forEachPlain(query, Map.of(), TIMEOUT, bolt::add);
            inProcess.forEachPlain(query, Map.of(), TIMEOUT, local::add);
            // more rows than one hand-over batch, so batching is exercised too
            assertThat(local).as(query).hasSizeGreaterThan(InProcessRows.BATCH / 10).isEqualTo(bolt);
        }
    }

    @Test
    void rowsAsDriverValuesAreTheSameEitherWay() {
        Map<String, Object> parameters = exposureParameters();
        List<Map<String, Object>> bolt = new ArrayList<>();
        List<Map<String, Object>> local = new ArrayList<>();
        overBolt.forEach("queries/exposure-to-list", parameters, TIMEOUT, row -> bolt.add(row.asMap()));
        inProcess.forEach("queries/exposure-to-list", parameters, TIMEOUT, row -> local.add(row.asMap()));
        assertThat(local).isNotEmpty().isEqualTo(bolt);
    }

    @Test
    void aCallerThatStopsStopsTheReadingThread() {
        AtomicInteger seen = new AtomicInteger();
        assertThatThrownBy(() -> inProcess.forEachPlain("queries/rdf-all-relationships", Map.of(), TIMEOUT, row -> {
            if (seen.incrementAndGet() == 3) {
                throw new IllegalStateException("client went away");
            }
        })).hasMessage("client went away");
        assertThat(seen).hasValue(3);
        assertThat(readingThreads()).isEmpty();
    }

    @Test
    void aFailingQueryFailsTheCaller() {
        InProcessRows<Map<String, Object>> rows = new InProcessRows<>(database, "RETURN 1 / $zero AS x", Map.of("zero", 0L),
                TIMEOUT, row -> row);
        assertThatThrownBy(() -> rows.forEach(row -> { })).hasMessageContaining("/ by zero");
        assertThat(readingThreads()).isEmpty();
    }

    @Test
    void aQueryOverItsTimeIsEnded() {
        InProcessRows<Map<String, Object>> rows = new InProcessRows<>(database,
                "UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN i", Map.of(), Duration.ofMillis(300), row -> row);
        long started = System.nanoTime();
        assertThatThrownBy(() -> rows.forEach(row -> { })).isInstanceOf(QueryTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(readingThreads()).isEmpty();
    }

    @Test
    void theReaderGivesTheSameRowsEitherWay() {
        GraphReader local = new GraphReader(client, catalog, transactions, queryProperties,
                Optional.of(new InProcessDatabase(database)));
        Map<String, Object> parameters = exposureParameters();
        parameters.put("fromId", "brand/lorex");
        for (String query : List.of("queries/trace-to-designated-ancestors", "queries/exposure-to-list")) {
            List<Map<String, Object>> bolt = reader.list(query, parameters, MapAccessor::asMap);
            assertThat(local.list(query, parameters, MapAccessor::asMap)).as(query).isNotEmpty().isEqualTo(bolt);
        }
    }

    private static Map<String, Object> exposureParameters() {
        Map<String, Object> parameters = new HashMap<>(new TraversalOptions(LocalDate.of(2026, 1, 1), StatementKind.REPORTED, false,
                TraversalKind.TRACE_DEFAULT, TraversalOptions.MAX_HOPS_CEILING, 1000).cypherParameters());
        parameters.put("listId", "list/us-bis-entity-list");
        parameters.put("exposedKind", "Brand");
        parameters.put("pathsPerEntity", 100L);
        parameters.put("skip", 0L);
        parameters.put("limit", 1000L);
        return parameters;
    }

    private static List<String> readingThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(name -> name.startsWith("graph-stream-"))
                .toList();
    }
}
