package org.supplywatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** What the harness warms up before timing traces: a brand id of every length the graph's ids have. */
class BenchmarkHarnessTests {

    @Test
    void warmsUpOneBrandIdOfEachLengthBelowTheBrandCount() {
        int[] brands = BenchmarkHarness.idLengthWarmUps(3_000_000);

        assertThat(brands).containsExactly(1, 11, 101, 1_001, 10_001, 100_001, 1_000_001);
        assertThat(Arrays.stream(brands).mapToObj(SyntheticGraph::brandId).map(String::length).distinct().count())
                .isEqualTo(brands.length);
        assertThat(SyntheticGraph.brandId(2_999_999)).hasSameSizeAs(SyntheticGraph.brandId(1_000_001));
    }

    @Test
    void aGraphOfOneBrandNeedsNoSuchWarmUp() {
        assertThat(BenchmarkHarness.idLengthWarmUps(1)).isEmpty();
        assertThat(BenchmarkHarness.idLengthWarmUps(2)).containsExactly(1);
    }
}
