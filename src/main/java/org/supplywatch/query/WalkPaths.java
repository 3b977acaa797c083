package org.supplywatch.query;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.procedure.TerminationGuard;
import org.supplywatch.cypher.InProcessDatabase;
import org.supplywatch.query.TraceResults.Hop;
import org.supplywatch.query.TraceResults.TracePath;

/**
 * The whole exposure report walked in this process, on the embedded database: the walk of {@link ExposureWalk}, its
 * paths handed on as the service's records without becoming Cypher rows first, and on both cores. Why: with the
 * procedure behind a Cypher query, every path was made a row, converted to Java values by Neo4j's embedded API, to the
 * driver's values, and mapped to records, about half the report's time at a million companies; here each hop is
 * mapped once, however many paths share it. Two walkers share the designees (each in a read transaction of its own
 * thread, each ordering the entities it reached), then the two runs are merged and the paths made records on the
 * reading thread while the caller's thread completes their sources and writes them. The walkers read nodes and links
 * from the {@link WalkMemory} they are given (the service's shared one: what earlier reports read, kept up to date on
 * write), the store where it has not got them. The same walk, ordering and records as the procedure gives through
 * {@code exposure-to-list-walk.cypher} (tests hold the three ways to the same paths).
 */
final class WalkPaths {

    private WalkPaths() {
    }

    /** Hands every path of the report, in report order, to the sink; the whole of it within the time budget. */
    static void stream(InProcessDatabase inProcess, Duration timeout, String listId, String exposedKind, HopFilter filter, int maxHops,
            int pathsPerEntity, WalkMemory memory, Consumer<TracePath> sink) {
        inProcess.stream("the exposure walk of " + listId, timeout, (transaction, paths) -> {
            KernelTransaction kernel = ((InternalTransaction) transaction).kernelTransaction();
            ListReach<Hop> reach = ListReach.of(transaction, listId, exposedKind, filter,
                    Math.min(maxHops, ListReach.MAX_HOPS), HopForm.RECORDS, memory);
            if (reach.list() == null) {
                return;
            }
            SecondWalker second = new SecondWalker(inProcess.database(), timeout, reach, kernel);
            reach.add(reach.walkOn(transaction, kernel::assertOpen));
            reach.add(second.finish());
            WalkRecords records = new WalkRecords(ReachValues.Named.of(reach.list()));
            new ReachRows<>(reach, pathsPerEntity).ordered().forEach(ordered -> paths.accept(records.path(ordered)));
        }, sink);
    }

    /**
     * The second walker, on a thread and in a transaction of its own; it stops when the first walker's transaction ends
     * (its time is up, or the caller stopped), and its failure is the report's.
     */
    private static final class SecondWalker {
        private final Thread thread;
        private final AtomicReference<ExposedEntities<Hop>> found = new AtomicReference<>(ExposedEntities.none());
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

        SecondWalker(GraphDatabaseService database, Duration timeout, ListReach<Hop> reach, KernelTransaction first) {
            this.thread = Thread.ofPlatform().daemon().name("exposure-walk-second").start(() -> {
                try (Transaction transaction = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    KernelTransaction own = ((InternalTransaction) transaction).kernelTransaction();
                    TerminationGuard guard = () -> {
                        own.assertOpen();
                        first.assertOpen();
                    };
                    found.set(reach.walkOn(transaction, guard));
                } catch (RuntimeException e) {
                    failure.set(e);
                }
            });
        }

        ExposedEntities<Hop> finish() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while walking an exposure report", e);
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            return found.get();
        }
    }
}
