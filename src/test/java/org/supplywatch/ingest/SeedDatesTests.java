package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedDatesTests {

    @ParameterizedTest
    @ValueSource(strings = {"2020", "2019-10", "2019-10-09", ""})
    void acceptsDatesAtThePrecisionTheSourceGives(String date) {
        List<SeedProblem> problems = new ArrayList<>();
        assertThat(SeedDates.read(row(date), "date", new SeedGraphBuilder(problems))).isEqualTo(date);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-13", "2019-02-30", "10/09/2019", "20191009", "2019-1-9"})
    void refusesAnythingElse(String date) {
        List<SeedProblem> problems = new ArrayList<>();
        assertThat(SeedDates.read(row(date), "date", new SeedGraphBuilder(problems))).isNull();
        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.field()).isEqualTo("date"));
    }

    private static SeedRow row(String date) {
        return new SeedRow("test.csv", 2, Map.of("date", date));
    }
}
