package org.supplywatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supplywatch.SupplywatchApplication;

/**
 * The benchmark harness at SF1 as a smoke test of correctness only: every sampled trace and every
 * exposure report agrees with the in-memory BFS, and the RDF round trip keeps every relationship.
 * Its timings are printed and written to target/bench-smoke, never asserted.
 */
class BenchmarkSmokeIT {

    @Test
    void atScaleFactorOneEveryAnswerAgreesWithTheInMemoryBaseline() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path output = Path.of("target", "bench-smoke");

        int status = BenchCommandLine.run(SupplywatchApplication.class,
                new String[] {"bench", "--scale=1", "--samples=50", "--output=" + output, "--logging.level.org.supplywatch.bench=WARN",
                        "--logging.level.org.supplywatch.rdf=WARN", "--logging.level.org.neo4j=WARN"},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(status).as(report).isZero();
        assertThat(report).contains("0 mismatches").contains("trace p99").contains("exposure report").contains("import of that export");
        assertThat(report.indexOf("| bulk load (UNWIND MERGE")).as("the bulk load's rows come first, as the load ran first")
                .isPositive().isLessThan(report.indexOf("| trace p50"));
        assertThat(Files.readString(output.resolve("sf1.md"))).contains("SF1");
        assertThat(output.resolve("sf1-db")).as("the run's database is deleted").doesNotExist();
        assertThat(output.resolve("sf1-files")).as("the run's export and import files are deleted").doesNotExist();
    }

    @Test
    void theGeneratorIsDeterministicAndHasTheAdvertisedShape() {
        SyntheticGraph first = SyntheticGraph.generate(0.5, 7);
        SyntheticGraph second = SyntheticGraph.generate(0.5, 7);

        assertThat(first.companies).isEqualTo(5_000);
        assertThat(first.brands).isEqualTo(15_000);
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> relationships = new ArrayList<>();
        first.forEach(nodes::add, relationships::add);
        List<Map<String, Object>> againNodes = new ArrayList<>();
        List<Map<String, Object>> againRelationships = new ArrayList<>();
        second.forEach(againNodes::add, againRelationships::add);
        assertThat(againNodes).isEqualTo(nodes);
        assertThat(againRelationships).isEqualTo(relationships);
        assertThat(nodes).hasSize(first.nodeCount());
        assertThat(relationships).hasSize(first.relationshipCount()).hasSizeBetween(25_000, 35_000);
        long designated = 0;
        for (boolean flag : first.designatedNow) {
            designated += flag ? 1 : 0;
        }
        assertThat(designated).isBetween(5L, 50L);
    }

    /** The BFS baseline's arrays are the rows' upward links that hold on the benchmark date, no more, no fewer. */
    @Test
    @SuppressWarnings("unchecked")
    void theBaselineAdjacencyHoldsExactlyTheUpwardLinksOfTheRows() {
        SyntheticGraph graph = SyntheticGraph.generate(0.3, 11);
        List<String> fromRows = new ArrayList<>();
        graph.forEach(node -> {
        }, row -> {
            Map<String, Object> properties = (Map<String, Object>) row.get("properties");
            LocalDate from = (LocalDate) properties.get("heldFrom");
            LocalDate until = (LocalDate) properties.get("heldUntil");
            boolean upward = Set.of("SUBSIDIARY_OF", "OWNED_BY", "BRAND_OF", "MANUFACTURED_BY").contains(row.get("type"));
            boolean holds = (from == null || !from.isAfter(SyntheticGraph.AS_OF)) && (until == null || SyntheticGraph.AS_OF.isBefore(until));
            if (upward && holds) {
                fromRows.add(row.get("from") + " " + row.get("to"));
            }
        });
        List<String> fromArrays = new ArrayList<>();
        for (int node = 0; node < graph.up.nodes(); node++) {
            for (int i = 0; i < graph.up.degree(node); i++) {
                fromArrays.add(graph.nodeId(node) + " " + graph.nodeId(graph.up.target(node, i)));
            }
        }
        // A brand can be both of and made by the same company: two links, both kept.
        fromArrays.sort(null);
        fromRows.sort(null);
        assertThat(fromArrays).hasSizeGreaterThan(1_000).isEqualTo(fromRows);
    }
}
