package org.supplywatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bench's heap figures come from real collections of this JVM, not from the pools' separate peaks. */
class HeapWatchTests {

    private static final int MB = 1_000_000;

    @Test
    void whatTheWorkKeepsAliveShowsAfterACollection() throws InterruptedException {
        List<byte[]> kept = new ArrayList<>();
        try (HeapWatch watch = HeapWatch.start()) {
            for (int i = 0; i < 80; i++) {
                kept.add(new byte[MB]);
            }
            System.gc();
            // Notifications come on a JVM thread shortly after the collection.
            for (int wait = 0; wait < 100 && watch.afterCollectionBytes() < 80L * MB; wait++) {
                Thread.sleep(50);
            }
            assertThat(watch.collections()).isPositive();
            assertThat(watch.afterCollectionBytes()).isBetween(80L * MB, 200L * MB);
            assertThat(watch.highWaterBytes()).isGreaterThanOrEqualTo(watch.afterCollectionBytes());
        }
        assertThat(kept).hasSize(80);
    }

    @Test
    void garbageAloneLeavesNothingLive() throws InterruptedException {
        try (HeapWatch watch = HeapWatch.start()) {
            long made = 0;
            for (int i = 0; i < 200; i++) {
                made += new byte[MB].length;
            }
            System.gc();
            for (int wait = 0; wait < 100 && watch.collections() == 0; wait++) {
                Thread.sleep(50);
            }
            assertThat(made).isEqualTo(200L * MB);
            assertThat(watch.collections()).isPositive();
            assertThat(watch.afterCollectionBytes()).isLessThan(40L * MB);
        }
    }
}
