package org.supplywatch.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTests {

    @Test
    void aPeriodStartsOnItsFirstDay() {
        assertThat(Period.start("2020")).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(Period.start("2019-10")).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(Period.start("2019-10-09")).isEqualTo(LocalDate.of(2019, 10, 9));
        assertThat(Period.start("")).isNull();
    }

    @Test
    void aYearOrMonthHoldsThroughItsLastDayAndADayEndsOnItself() {
        assertThat(Period.endExclusive("2020")).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(Period.endExclusive("2019-12")).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(Period.endExclusive("2025-01-07")).isEqualTo(LocalDate.of(2025, 1, 7));
        assertThat(Period.endExclusive(null)).isNull();
    }
}
