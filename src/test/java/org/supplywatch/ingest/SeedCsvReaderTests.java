package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SeedCsvReaderTests {

    private final List<SeedProblem> problems = new ArrayList<>();

    private List<SeedRow> read(String csv) {
        return SeedCsvReader.read("test.csv", new StringReader(csv), Set.of("id", "passage", "note"), Set.of("id", "passage"), problems);
    }

    @Test
    void numbersRowsByTheirLineInTheFile() {
        List<SeedRow> rows = read("id,passage\na/one,first\n\na/two,second\n");
        assertThat(rows).extracting(SeedRow::line).containsExactly(2L, 4L);
        assertThat(problems).isEmpty();
    }

    @Test
    void countsLinesInsideQuotedCellsWhenNumberingTheNextRow() {
        List<SeedRow> rows = read("id,passage\na/one,\"two\nlines\"\na/two,plain\n");
        assertThat(rows).extracting(SeedRow::line).containsExactly(2L, 4L);
    }

    @Test
    void reportsAMissingRequiredColumnOnTheHeaderLine() {
        read("id,note\na/one,x\n");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.field()).isEqualTo("passage");
        });
    }

    @Test
    void reportsAnUnknownColumn() {
        read("id,passage,colour\na/one,x,red\n");
        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.field()).isEqualTo("colour"));
    }

    @Test
    void reportsARowWithTheWrongNumberOfCells() {
        read("id,passage\na/one,x,extra\n");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("3 cells");
        });
    }

    @Test
    void splitsListCellsOnPipes() {
        SeedRow row = read("id,passage,note\na/one,x, a | b ||c\n").getFirst();
        assertThat(row.list("note")).containsExactly("a", "b", "c");
    }
}
