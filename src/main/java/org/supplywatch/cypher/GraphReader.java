package org.supplywatch.cypher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Values;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplywatch.config.QueryProperties;

/**
 * Runs the files of {@code cypher/queries/} in read transactions with the configured time
 * budget: a cluster routes them to a reader, and Neo4j ends a query that runs too long. When
 * Neo4j runs inside this process, the query runs there on the caller's thread (no Bolt round
 * trip); either way each row reaches the mapper as driver values, so one mapping serves both.
 */
@Component
public class GraphReader {

    private final Neo4jClient client;
    private final CypherCatalog catalog;
    private final TransactionTemplate readTransaction;
    private final QueryGate gate;
    private final Optional<InProcessDatabase> inProcess;
    private final Duration timeout;

    public GraphReader(Neo4jClient client, CypherCatalog catalog, PlatformTransactionManager transactionManager,
            QueryProperties properties, Optional<InProcessDatabase> inProcess) {
        this.client = client;
        this.catalog = catalog;
        this.timeout = properties.timeout();
        this.readTransaction = new TransactionTemplate(transactionManager);
        this.readTransaction.setReadOnly(true);
        this.readTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readTransaction.setTimeout(Math.toIntExact(Math.max(1, timeout.toSeconds())));
        this.gate = new QueryGate(properties.maxConcurrent(), properties.queueWait());
        this.inProcess = inProcess;
    }

    /** Every row of the named query, each mapped at the boundary into a small record. */
    public <T> List<T> list(String queryName, Map<String, Object> parameters, Function<MapAccessor, T> mapper) {
        String cypher = catalog.get(queryName).statement();
        if (inProcess.isPresent()) {
            return gate.run(() -> inProcess.get().list(cypher, parameters, timeout, row -> mapper.apply(Values.value(row))));
        }
        @SuppressWarnings("unchecked") // the mapper fixes the row type; the client needs a class token
        Class<T> rowType = (Class<T>) Object.class;
        return gate.run(() -> readTransaction.execute(status -> List.copyOf(client.query(cypher)
                .bindAll(parameters)
                .fetchAs(rowType)
                .mappedBy((typeSystem, record) -> mapper.apply(record))
                .all())));
    }
}
