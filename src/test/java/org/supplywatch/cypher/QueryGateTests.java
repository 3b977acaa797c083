package org.supplywatch.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class QueryGateTests {

    @Test
    void refusesAQueryWhenEverySlotStaysBusy() throws Exception {
        QueryGate gate = new QueryGate(1, Duration.ofMillis(50));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = executor.submit(() -> gate.run(() -> {
                running.countDown();
                await(release);
                return "first";
            }));
            running.await();
            assertThatThrownBy(() -> gate.run(() -> "second"))
                    .isInstanceOfSatisfying(ServiceBusyException.class, e -> assertThat(e.limit()).isEqualTo(1));
            release.countDown();
            assertThat(first.get()).isEqualTo("first");
            assertThat(gate.run(() -> "third")).as("a freed slot is reused").isEqualTo("third");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void releasesTheSlotWhenAQueryFails() {
        QueryGate gate = new QueryGate(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("query failed");
        })).hasMessage("query failed");
        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
