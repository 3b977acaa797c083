package org.supplywatch.query;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.supplywatch.query.ScreeningResults.ScreenedRow;
import org.supplywatch.query.ScreeningResults.ScreeningMatch;
import org.supplywatch.query.ScreeningResults.ScreeningReport;

/** Screening results as CSV: one row per match, and one row (status "no match", no id) for a name that matched nothing. */
final class ScreeningCsv {

    private static final String[] HEADER = {"line", "reference", "name", "country", "status", "matchId", "matchName", "matchKind",
            "score", "matchedField", "matchedValue", "matchType", "note", "exposure"};

    private ScreeningCsv() {
    }

    static String write(ScreeningReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (ScreenedRow row : report.results()) {
                if (row.matches().isEmpty()) {
                    printer.printRecord(row.line(), row.reference(), row.name(), row.country(), row.status(), null, null, null,
                            null, null, null, null, null, null);
                }
                for (ScreeningMatch match : row.matches()) {
                    printer.printRecord(row.line(), row.reference(), row.name(), row.country(), row.status(), match.id(),
                            match.name(), match.kind(), match.score(), match.matchedField(), match.matchedValue(),
                            match.matchType(), match.note(), match.exposure().stream()
                                    .map(e -> e.designatedId() + " on " + e.listId() + " (" + e.hops() + " hops)")
                                    .collect(Collectors.joining(" | ")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
