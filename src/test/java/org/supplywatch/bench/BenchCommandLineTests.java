package org.supplywatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bench mode's options: a value that does not parse stops the run with the option named, never a silent default. */
class BenchCommandLineTests {

    @Test
    void readsGivenValuesAndFallsBackOnlyWhenAbsent() {
        String[] args = {"--samples=50", "--keep=true"};
        int samples = BenchCommandLine.option(args, "samples", "200", Integer::valueOf);
        double scale = BenchCommandLine.option(args, "scale", "1", Double::valueOf);
        String keep = BenchCommandLine.option(args, "keep", "false", String::strip);
        assertThat(samples).isEqualTo(50);
        assertThat(scale).isEqualTo(1.0);
        assertThat(keep).isEqualTo("true");
    }

    @Test
    void refusesAFlagThatIsNeitherTrueNorFalse() {
        assertThatThrownBy(() -> BenchCommandLine.run(Object.class, new String[] {"bench", "--keep=yes"}, System.out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--keep must be true or false, was 'yes'");
    }

    @Test
    void refusesANumberThatDoesNotParse() {
        assertThatThrownBy(() -> BenchCommandLine.run(Object.class, new String[] {"bench", "--samples=many"}, System.out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--samples must be a number, was 'many'");
    }

    @Test
    void sizesThePageCacheToHoldTheStoreButNeverBelowTheServicesDefault() {
        assertThat(BenchCommandLine.pageCacheMegabytes(0.1)).isEqualTo(256);
        assertThat(BenchCommandLine.pageCacheMegabytes(1)).isEqualTo(256);
        assertThat(BenchCommandLine.pageCacheMegabytes(10)).isEqualTo(640);
        assertThat(BenchCommandLine.pageCacheMegabytes(100)).isEqualTo(6_400);
    }
}
