package org.supplywatch.cypher;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many read queries run at once, so a burst of heavy traversals queues briefly and
 * is then refused with a clear answer instead of exhausting the database for everyone.
 */
final class QueryGate {

    private final Semaphore permits;
    private final int capacity;
    private final Duration wait;

    QueryGate(int capacity, Duration wait) {
        this.permits = new Semaphore(capacity, true);
        this.capacity = capacity;
        this.wait = wait;
    }

    <T> T run(Supplier<T> query) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException(capacity);
        }
        if (!acquired) {
            throw new ServiceBusyException(capacity);
        }
        try {
            return query.get();
        } finally {
            permits.release();
        }
    }
}
