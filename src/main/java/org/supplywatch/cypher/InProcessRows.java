package org.supplywatch.cypher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * One read query on the embedded database, its rows read on a thread of their own and handed to
 * the caller's thread in batches. Reading (Neo4j's store and Cypher) and consuming (mapping and
 * writing) then run on both cores at once, as the Bolt server and the driver's I/O thread did,
 * without encoding every row for the network and decoding it again.
 *
 * <p>If the caller stops (its client went away), reading stops too and the transaction
 * is rolled back.
 */
final class InProcessRows<T> {

    /** Rows per hand-over: large enough that the queue is rarely touched, small enough to stay a few MB. */
    static final int BATCH = 1_000;
    /** Batches read ahead of the caller, at most. */
    private static final int AHEAD = 8;
    private static final AtomicLong THREADS = new AtomicLong();

    private final GraphDatabaseService database;
    private final String description;
    private final Duration timeout;
    private final InProcessDatabase.Reading<T> reading;
    private final BlockingQueue<Batch<T>> batches = new ArrayBlockingQueue<>(AHEAD);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Transaction transaction;
    /** The batch being filled; touched by the reading thread only. */
    private List<T> pending;

    /** {@code convert} turns each row, as Neo4j's embedded API gives it, into what the caller takes; it runs on the reading thread. */
    InProcessRows(GraphDatabaseService database, String cypher, Map<String, Object> parameters, Duration timeout,
            Function<Map<String, Object>, T> convert) {
        this(database, cypher.lines().findFirst().orElse("a query"), timeout, (transaction, items) -> {
            try (Result result = transaction.execute(cypher, parameters)) {
                while (result.hasNext()) {
                    items.accept(convert.apply(result.next()));
                }
            }
        });
    }

    /** Any reading of the database: {@code reading} runs on the reading thread, in a read transaction of the given budget. */
    InProcessRows(GraphDatabaseService database, String description, Duration timeout, InProcessDatabase.Reading<T> reading) {
        this.database = database;
        this.description = description;
        this.timeout = timeout;
        this.reading = reading;
    }

    void forEach(Consumer<? super T> consumer) {
        Thread reader = Thread.ofPlatform().daemon().name("graph-stream-" + THREADS.incrementAndGet()).start(this::read);
        boolean allRead = false;
        try {
            while (true) {
                Batch<T> batch = batches.take();
                if (batch.failure() != null) {
                    throw InProcessDatabase.translated(batch.failure());
                }
                batch.rows().forEach(consumer);
                if (batch.last()) {
                    allRead = true;
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + description, e);
        } finally {
            if (!allRead) {
                stop();
            }
            joinQuietly(reader);
        }
    }

    /** Ends the read early if it is still going: a query between two rows is terminated, not waited for. */
    private void stop() {
        if (!stopped.getAndSet(true)) {
            Transaction open = transaction;
            if (open != null) {
                open.terminate();
            }
        }
        batches.clear();
    }

    private void read() {
        try (Transaction transaction = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            this.transaction = transaction;
            readRows(transaction);
        } catch (Stopped e) {
            // the caller stopped taking: nothing more to hand over
        } catch (RuntimeException e) {
            hand(new Batch<>(List.of(), true, e));
        }
    }

    private void readRows(Transaction transaction) {
        pending = new ArrayList<>(BATCH);
        reading.read(transaction, row -> {
            if (stopped.get()) {
                throw new Stopped();
            }
            pending.add(row);
            if (pending.size() == BATCH) {
                hand(new Batch<>(pending, false, null));
                pending = new ArrayList<>(BATCH);
            }
        });
        hand(new Batch<>(pending, true, null));
    }

    /** Ends a reading early once the caller has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the caller stopped reading", null, false, false);
        }
    }

    /** Waits for room in the queue, unless the caller has stopped taking. */
    private void hand(Batch<T> batch) {
        try {
            while (!stopped.get()) {
                if (batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Batch<T>(List<T> rows, boolean last, RuntimeException failure) {
    }
}
