package org.supplywatch.cypher;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplywatch.config.QueryProperties;

/**
 * Runs the files of {@code cypher/queries/} in read transactions with the configured time
 * budget: a cluster routes them to a reader, and Neo4j ends a query that runs too long.
 */
@Component
public class GraphReader {

    private final Neo4jClient client;
    private final CypherCatalog catalog;
    private final TransactionTemplate readTransaction;
    private final QueryGate gate;

    public GraphReader(Neo4jClient client, CypherCatalog catalog, PlatformTransactionManager transactionManager,
            QueryProperties properties) {
        this.client = client;
        this.catalog = catalog;
        this.readTransaction = new TransactionTemplate(transactionManager);
        this.readTransaction.setReadOnly(true);
        this.readTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readTransaction.setTimeout(Math.toIntExact(Math.max(1, properties.timeout().toSeconds())));
        this.gate = new QueryGate(properties.maxConcurrent(), properties.queueWait());
    }

    /** Every row of the named query, each mapped at the boundary into a small record. */
    public <T> List<T> list(String queryName, Map<String, Object> parameters, Function<Record, T> mapper) {
        String cypher = catalog.get(queryName).statement();
        @SuppressWarnings("unchecked") // the mapper fixes the row type; the client needs a class token
        Class<T> rowType = (Class<T>) Object.class;
        return gate.run(() -> readTransaction.execute(status -> List.copyOf(client.query(cypher)
                .bindAll(parameters)
                .fetchAs(rowType)
                .mappedBy((typeSystem, record) -> mapper.apply(record))
                .all())));
    }
}
