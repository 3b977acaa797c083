package org.supplywatch.graph;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * Turns a date at the precision its source gives ({@code 2020}, {@code 2019-10},
 * {@code 2019-10-09}) into the bounds that {@code asOf} filters compare with: a fact holds
 * from the first day of its start, and until (exclusive) the day after its end period, or the
 * exact day it was removed.
 */
public final class Period {

    private Period() {
    }

    /** First day of the period the text names; null for null or empty. */
    public static LocalDate start(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return switch (text.length()) {
            case 4 -> Year.parse(text).atDay(1);
            case 7 -> YearMonth.parse(text).atDay(1);
            default -> LocalDate.parse(text);
        };
    }

    /**
     * First day on which a fact that ended at the text no longer holds. A full date is the day
     * of the end itself (a designation removed on 2025-01-07 no longer counts that day); a year
     * or month holds through its last day.
     */
    public static LocalDate endExclusive(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return switch (text.length()) {
            case 4 -> Year.parse(text).plusYears(1).atDay(1);
            case 7 -> YearMonth.parse(text).plusMonths(1).atDay(1);
            default -> LocalDate.parse(text);
        };
    }
}
