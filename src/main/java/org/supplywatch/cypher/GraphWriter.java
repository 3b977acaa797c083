package org.supplywatch.cypher;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the files of {@code cypher/ingest/} and {@code cypher/schema/}. A batch of writes runs in
 * one transaction, so a load either lands whole or leaves the graph as it was. Write transactions
 * of this service run one at a time: {@code ingest/merge-relationships} checks for an existing
 * relationship before creating one (MERGE with a parameter type scans the whole type), and only
 * one writer at a time makes that check-then-create safe.
 */
@Component
public class GraphWriter {

    static final String MARK_DESIGNATED = "ingest/mark-designated";

    private final Neo4jClient client;
    private final CypherCatalog catalog;
    private final TransactionTemplate writeTransaction;
    private final ReentrantLock oneWriterAtATime = new ReentrantLock(true);
    private final Optional<InProcessDatabase> inProcess;

    public GraphWriter(Neo4jClient client, CypherCatalog catalog, PlatformTransactionManager transactionManager,
            Optional<InProcessWrites> inProcess) {
        this.client = client;
        this.catalog = catalog;
        this.writeTransaction = new TransactionTemplate(transactionManager);
        this.inProcess = inProcess.map(InProcessWrites::database);
    }

    /**
     * Runs the work in one write transaction; it can call {@link Batch#run} any number of times.
     * Every write ends by keeping the derived Designated label in step, so no writer can forget it.
     * With Neo4j in this process the transaction is the embedded database's own, with no Bolt in
     * between (the same Cypher files either way).
     */
    public void inOneTransaction(Consumer<Batch> work) {
        oneWriterAtATime.lock();
        try {
            if (inProcess.isPresent()) {
                inProcess.get().write(transaction -> {
                    Batch batch = new Batch() {
                        @Override
                        public void run(String fileName, Map<String, Object> parameters) {
                            InProcessDatabase.run(transaction, catalog.get(fileName).statement(), parameters);
                        }

                        @Override
                        public List<Map<String, Object>> read(String fileName, Map<String, Object> parameters) {
                            return List.copyOf(InProcessDatabase.rows(transaction, catalog.get(fileName).statement(), parameters));
                        }
                    };
                    work.accept(batch);
                    batch.run(MARK_DESIGNATED, Map.of());
                });
                return;
            }
            Batch batch = new Batch() {
                @Override
                public void run(String fileName, Map<String, Object> parameters) {
                    runInCurrentTransaction(fileName, parameters);
                }

                @Override
                public List<Map<String, Object>> read(String fileName, Map<String, Object> parameters) {
                    return List.copyOf(client.query(catalog.get(fileName).statement()).bindAll(parameters).fetch().all());
                }
            };
            writeTransaction.executeWithoutResult(status -> {
                work.accept(batch);
                runInCurrentTransaction(MARK_DESIGNATED, Map.of());
            });
        } finally {
            oneWriterAtATime.unlock();
        }
    }

    /** Applies every statement of a schema file, each in its own transaction as Neo4j requires. */
    public void applySchema(String fileName) {
        for (String statement : catalog.get(fileName).statements()) {
            writeTransaction.executeWithoutResult(status -> client.query(statement).run());
        }
    }

    private void runInCurrentTransaction(String fileName, Map<String, Object> parameters) {
        client.query(catalog.get(fileName).statement()).bindAll(parameters).run();
    }

    /** The steps of a write: named ingest files and their parameters, and reads that see the transaction's own writes. */
    public interface Batch {
        void run(String fileName, Map<String, Object> parameters);

        /** Rows of a named query, read inside the write transaction (e.g. what an import merges with). */
        List<Map<String, Object>> read(String fileName, Map<String, Object> parameters);

        default void unwind(String fileName, List<Map<String, Object>> rows) {
            if (!rows.isEmpty()) {
                run(fileName, Map.of("rows", rows));
            }
        }
    }
}
