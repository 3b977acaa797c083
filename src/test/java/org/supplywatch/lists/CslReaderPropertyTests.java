package org.supplywatch.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the CSL readers: whatever text arrives, they either read entries or report problems
 * with a place; they never throw. Bounded tries keep the build fast.
 */
class CslReaderPropertyTests {

    private static final String HEADER = String.join(",", CslCsvReader.REQUIRED) + "\n";

    @Property(tries = 300)
    void csvReaderNeverThrows(@ForAll("csvBodies") String body) {
        List<CslProblem> problems = new ArrayList<>();
        List<CslEntry> entries = CslCsvReader.read("fuzz.csv", new StringReader(HEADER + body), problems);
        assertThat(entries).isNotNull();
        problems.forEach(problem -> assertThat(problem.file()).isEqualTo("fuzz.csv"));
    }

    @Property(tries = 300)
    void jsonReaderNeverThrows(@ForAll("jsonBodies") String body) {
        List<CslProblem> problems = new ArrayList<>();
        assertThat(CslJsonReader.read("fuzz.json", new StringReader(body), problems)).isNotNull();
    }

    @Provide
    Arbitrary<String> csvBodies() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("EL", "SDN", "10/9/2019", "2019-10-09", "13/45/2024", "\"", "\"\"", ",", "\n", "Dahua"));
        return cell.list().ofMaxSize(40).map(cells -> String.join(",", cells));
    }

    @Provide
    Arbitrary<String> jsonBodies() {
        Arbitrary<String> token = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"results\"", "\"source\"", "\"name\"",
                "\"Entity List (EL) - BIS\"", "\"start_date\"", "\"2024-02-31\"", "null", "1", "\"x\"");
        return Arbitraries.oneOf(token.list().ofMaxSize(60).map(tokens -> String.join("", tokens)),
                Arbitraries.strings().ofMaxLength(200));
    }
}
