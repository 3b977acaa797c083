package org.supplywatch.ingest;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Two passes over rows run at once, the second on a thread of its own (the offline import writes its node and its
 * relationship CSV files so, on both cores); the first failure ends both (the other stops at its next row) and is
 * thrown, as it was, to the caller.
 */
final class TwoPasses {

    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    void run(Runnable first, Runnable second) {
        Thread other = Thread.ofPlatform().name("offline-import-csv").start(() -> guarded(second));
        guarded(first);
        try {
            other.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the import's CSV files", e);
        }
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }

    /** The rows' consumer, which ends its pass (by throwing) once the other writer has failed. */
    Consumer<Map<String, Object>> untilFailure(Consumer<Map<String, Object>> each) {
        return row -> {
            if (failure.get() != null) {
                throw new CancellationException("the other CSV writer failed");
            }
            each.accept(row);
        };
    }

    private void guarded(Runnable writer) {
        try {
            writer.run();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }
}
