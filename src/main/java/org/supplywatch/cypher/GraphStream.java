package org.supplywatch.cypher;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;

/**
 * Runs a file of {@code cypher/queries/} in one read transaction and hands each row to the
 * caller as the driver fetches it, so that exports of the whole graph keep memory flat. The
 * transaction is not retried: rows already handed on cannot be taken back.
 */
@Component
public class GraphStream {

    private final Driver driver;
    private final CypherCatalog catalog;

    public GraphStream(Driver driver, CypherCatalog catalog) {
        this.driver = driver;
        this.catalog = catalog;
    }

    /** Every row of the named query, in the query's order; Neo4j ends the transaction after {@code timeout}. */
    public void forEach(String queryName, Map<String, Object> parameters, Duration timeout, Consumer<Record> consumer) {
        String cypher = catalog.get(queryName).statement();
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
                Transaction transaction = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
            transaction.run(cypher, parameters).forEachRemaining(consumer);
            transaction.commit();
        }
    }
}
