package org.supplywatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report's table: a figure next to its baseline and their ratio; a figure with no baseline says only why. */
class BenchmarkReportTests {

    @Test
    void rendersTheBaselineAndRatioOrOnlyTheContextWhenThereIsNoBaseline() {
        BenchmarkReport report = new BenchmarkReport(1, 10, 20);
        report.add("trace p50", "ms", 3.0, "in-memory BFS p50", 1.5, "≤ 10 ms");
        report.add("export, peak heap in use right after a collection", "MB", 120.0, "none; in use when a collection began: 900 MB",
                Double.NaN, "≤ 512 MB");

        String markdown = report.markdown();

        assertThat(markdown).contains("### SF1: 10 nodes, 20 relationships")
                .contains("| trace p50 | 3.00 ms | in-memory BFS p50: 1.50 ms | 2.00× | ≤ 10 ms |")
                .contains("| export, peak heap in use right after a collection | 120 MB | none; in use when a collection began: 900 MB |  | ≤ 512 MB |");
    }

    @Test
    void rowsMeasuredLaterAreMovedToWhereTheirStepBelongsInTheirOrder() {
        BenchmarkReport report = new BenchmarkReport(1, 10, 20);
        report.add("setup", "ms", 1.0, "none", Double.NaN, "");
        report.add("trace p50", "ms", 3.0, "none", Double.NaN, "");
        report.add("trace p99", "ms", 9.0, "none", Double.NaN, "");
        report.add("bulk load", "elements/s", 100.0, "none", Double.NaN, "");
        report.add("bulk load, Java API", "elements/s", 120.0, "none", Double.NaN, "");

        report.moveRows(3, 1);

        assertThat(report.figures()).extracting(BenchmarkReport.Figure::measure)
                .containsExactly("setup", "bulk load", "bulk load, Java API", "trace p50", "trace p99");
    }
}
