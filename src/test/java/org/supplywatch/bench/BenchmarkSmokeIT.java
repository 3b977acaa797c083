package org.supplywatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        assertThat(Files.readString(output.resolve("sf1.md"))).contains("SF1");
    }

    @Test
    void theGeneratorIsDeterministicAndHasTheAdvertisedShape() {
        SyntheticGraph first = SyntheticGraph.generate(0.5, 7);
        SyntheticGraph second = SyntheticGraph.generate(0.5, 7);

        assertThat(first.companies).isEqualTo(5_000);
        assertThat(first.brands).isEqualTo(15_000);
        assertThat(first.relationships).isEqualTo(second.relationships);
        assertThat(first.relationshipCount()).isBetween(25_000, 35_000);
        long designated = 0;
        for (boolean flag : first.designatedNow) {
            designated += flag ? 1 : 0;
        }
        assertThat(designated).isBetween(5L, 50L);
    }
}
