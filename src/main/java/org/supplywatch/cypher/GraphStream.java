package org.supplywatch.cypher;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Component;

/**
 * Runs a file of {@code cypher/queries/} in one read transaction and hands each row to the
 * caller as it is read, so that exports of the whole graph keep memory flat. The transaction is
 * not retried: rows already handed on cannot be taken back.
 *
 * <p>When Neo4j runs inside this process the rows are read there, on a thread of their own, and
 * handed over in batches ({@link InProcessRows}); otherwise they come through the driver.
 */
@Component
public class GraphStream {

    /**
     * Rows per fetch from Neo4j. The driver's default (1,000) makes the writer wait on a round trip
     * every thousand rows; measured on the SF1 synthetic graph (60k relationships with evidence),
     * reading them took 898 ms at 1,000, 593 ms at 10,000 and 550 ms at 100,000 rows per fetch.
     * 10,000 rows of a node or relationship with its evidence are a few MB of heap.
     */
    static final long FETCH_SIZE = 10_000;

    private final Driver driver;
    private final CypherCatalog catalog;
    private final Optional<InProcessDatabase> inProcess;

    /** {@code inProcess} is present when Neo4j runs inside this process (the embedded configuration). */
    public GraphStream(Driver driver, CypherCatalog catalog, Optional<InProcessDatabase> inProcess) {
        this.driver = driver;
        this.catalog = catalog;
        this.inProcess = inProcess;
    }

    /**
     * Every row of the named query, in the query's order, as driver values (the type the driver gives, so one mapping
     * serves both ways of reading); Neo4j ends the transaction after {@code timeout}.
     */
    public void forEach(String queryName, Map<String, Object> parameters, Duration timeout, Consumer<MapAccessor> consumer) {
        String cypher = catalog.get(queryName).statement();
        if (inProcess.isPresent()) {
            // Rows become driver values on the caller's thread, not the reading one: reading (the query, and Neo4j's
            // own conversion of its rows into Java values) is the slower side of the whole exposure report.
            new InProcessRows<Map<String, Object>>(inProcess.get().database(), cypher, parameters, timeout, row -> row)
                    .forEach(row -> consumer.accept(Values.value(row)));
            return;
        }
        overBolt(cypher, parameters, timeout, consumer::accept);
    }

    /**
     * The same rows as plain Java values (strings, numbers, dates, lists and maps), for callers that read every value
     * of every row: in-process the values are then never converted twice.
     */
    public void forEachPlain(String queryName, Map<String, Object> parameters, Duration timeout,
            Consumer<Map<String, Object>> consumer) {
        String cypher = catalog.get(queryName).statement();
        if (inProcess.isPresent()) {
            new InProcessRows<>(inProcess.get().database(), cypher, parameters, timeout, PlainValues::row).forEach(consumer);
            return;
        }
        overBolt(cypher, parameters, timeout, row -> consumer.accept(row.asMap()));
    }

    private void overBolt(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Record> consumer) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                .withFetchSize(FETCH_SIZE).build());
                Transaction transaction = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
            transaction.run(cypher, parameters).forEachRemaining(consumer);
            transaction.commit();
        }
    }
}
