package org.supplywatch.cypher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.QueryTimeoutException;

/**
 * The embedded database, reached directly rather than through Bolt. Present only when Neo4j runs
 * inside this process: reads then skip the network protocol and its encoding on both sides (the
 * Bolt worker, its network thread and the driver's), which was most of what an export cost beyond
 * Jena's own writer and a large part of a trace's latency. Writes go this way too when
 * {@link GraphWriter} is given it ({@code supplywatch.embedded.write-in-process}).
 */
public record InProcessDatabase(GraphDatabaseService database) {

    /** What a reading thread does in its transaction: hands each item, in order, to the given consumer. */
    @FunctionalInterface
    public interface Reading<T> {
        void read(Transaction transaction, Consumer<T> items);
    }

    /** Every row of a read query, run on the caller's thread, each converted as it is read. */
    <T> List<T> list(String cypher, Map<String, Object> parameters, Duration timeout, Function<Map<String, Object>, T> convert) {
        try (Transaction transaction = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS);
                Result result = transaction.execute(cypher, parameters)) {
            List<T> rows = new ArrayList<>();
            while (result.hasNext()) {
                rows.add(convert.apply(result.next()));
            }
            return List.copyOf(rows);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /**
     * Runs the work in one write transaction, committed when the work returns and rolled back if it
     * throws. Neo4j's own failures come out as Spring's, as {@link #translated} says; the work's own
     * exceptions come out as they are, as Spring's transaction template lets them.
     */
    void write(Consumer<Transaction> work) {
        try (Transaction transaction = database.beginTx()) {
            work.accept(transaction);
            transaction.commit();
        } catch (QueryExecutionException | org.neo4j.graphdb.TransactionFailureException e) {
            throw translated(e);
        } catch (RuntimeException e) {
            throw e instanceof Status.HasStatus ? translated(e) : e;
        }
    }

    /** Runs a statement of a write transaction to its end: a query's writes are done as its result is read. */
    static void run(Transaction transaction, String cypher, Map<String, Object> parameters) {
        try (Result result = transaction.execute(cypher, parameters)) {
            while (result.hasNext()) {
                result.next();
            }
        }
    }

    /** Every row of a query run in a write transaction, in the driver's shape ({@link PlainValues}). */
    static List<Map<String, Object>> rows(Transaction transaction, String cypher, Map<String, Object> parameters) {
        try (Result result = transaction.execute(cypher, parameters)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.hasNext()) {
                rows.add(PlainValues.row(result.next()));
            }
            return rows;
        }
    }

    /**
     * Items read by {@code reading} in a read transaction of the given budget on a thread of its own, handed to
     * {@code consumer} on the caller's thread in order, a batch at a time (as whole-graph query results are): reading
     * and consuming run on both cores at once. The caller stopping (an exception) ends the transaction.
     */
    public <T> void stream(String description, Duration timeout, Reading<T> reading, Consumer<T> consumer) {
        new InProcessRows<>(database, description, timeout, reading).forEach(consumer);
    }

    /**
     * Neo4j's own exceptions as Spring's, as the driver's are translated on the other path: a query over its time
     * budget is a {@link QueryTimeoutException}, anything else a data access failure with Neo4j's status code.
     */
    public static RuntimeException translated(RuntimeException e) {
        String code = switch (e) {
            case Status.HasStatus status -> status.status().code().serialize();
            case QueryExecutionException failure -> failure.getStatusCode();
            default -> null;
        };
        if (code != null && (code.contains("TransactionTimedOut") || code.contains("TransactionTimeout"))) {
            return new QueryTimeoutException(code + ": " + e.getMessage(), e);
        }
        return new DataRetrievalFailureException((code == null ? "" : code + ": ") + e.getMessage(), e);
    }
}
