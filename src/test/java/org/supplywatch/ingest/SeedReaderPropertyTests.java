package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.supplywatch.query.Utf8Text;

/**
 * Fuzzing the seed reader: whatever a seed file holds, the strict UTF-8 check either passes it or
 * names a line inside it, and the CSV reader returns rows or problems that name the file; it never
 * throws. Bounded tries keep the build fast.
 */
class SeedReaderPropertyTests {

    private static final Set<String> COLUMNS = Set.of("id", "kind", "name", "sourceId", "passage");

    @Property(tries = 300)
    void strictUtf8EitherAcceptsOrNamesALineOfTheFile(@ForAll byte[] bytes) {
        long line = Utf8Text.firstInvalidLine(bytes);
        long lines = 1 + new String(bytes, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
        assertThat(line).isBetween(0L, lines);
        if (line == 0) {
            assertThat(Utf8Text.decode(bytes, "file")).isNotNull();
        } else {
            assertThatThrownBy(() -> Utf8Text.decode(bytes, "file")).hasMessageContaining("line " + line);
        }
    }

    @Property(tries = 300)
    void csvReaderReturnsRowsOrProblemsNeverThrows(@ForAll("files") String text) {
        List<SeedProblem> problems = new ArrayList<>();
        List<SeedRow> rows = SeedCsvReader.read("entities/fuzz.csv", new StringReader(text), COLUMNS, Set.of("id", "kind"), problems);
        assertThat(rows).isNotNull();
        problems.forEach(problem -> assertThat(problem.file()).isEqualTo("entities/fuzz.csv"));
    }

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("company/dahua-technology", "Company", "\"", "\"\"", ",", "\n", "\r\n", "\u0000", "\u202E", "\uFEFF"));
        Arbitrary<String> header = Arbitraries.of("id,kind,name,sourceId,passage\n", "id,kind\n", "", "name\n", "id,kind,unknown\n");
        return header.flatMap(first -> cell.list().ofMaxSize(40).map(cells -> first + String.join(",", cells)));
    }
}
