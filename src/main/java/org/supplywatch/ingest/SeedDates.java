package org.supplywatch.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates in seed files are ISO 8601 at the precision the source gives: {@code 2020},
 * {@code 2019-10} or {@code 2019-10-09}. They are stored as such, so they sort and compare
 * as text without inventing a day the source never named.
 */
final class SeedDates {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private SeedDates() {
    }

    /** The date of the field, "" when empty, or null (with a problem) when malformed. */
    static String read(SeedRow row, String field, SeedGraphBuilder graph) {
        String text = row.text(field);
        if (text.isEmpty() || YEAR.matcher(text).matches()) {
            return text;
        }
        try {
            if (MONTH.matcher(text).matches()) {
                YearMonth.parse(text);
            } else {
                LocalDate.parse(text);
            }
            return text;
        } catch (DateTimeParseException e) {
            graph.problem(row, field, "'" + text + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
            return null;
        }
    }
}
