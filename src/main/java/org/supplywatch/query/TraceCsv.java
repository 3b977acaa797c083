package org.supplywatch.query;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.supplywatch.query.TraceResults.Hop;
import org.supplywatch.query.TraceResults.TracePath;

/**
 * Trace paths as CSV for spreadsheets: one row per path, the path written out hop by hop with
 * each hop's statement kind, and the evidence as "source: passage" items.
 */
final class TraceCsv {

    private static final String[] HEADER = {"startId", "startName", "pathKind", "hopCount", "path", "designatedId",
            "designatedName", "designationId", "listId", "announced", "effective", "removed", "disputed", "legalCitation", "scope",
            "evidence"};

    private TraceCsv() {
    }

    static String write(List<TracePath> paths) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = printer(out)) {
            for (TracePath path : paths) {
                print(printer, path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A printer that has written the header, for writing rows as they come. */
    static CSVPrinter printer(Appendable out) throws IOException {
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    static void print(CSVPrinter printer, TracePath path) throws IOException {
        printer.printRecord(path.start().id(), path.start().name(), path.pathKind(), path.hops().size(), pathText(path),
                path.designatedEntity().id(), path.designatedEntity().name(), path.designation().id(),
                path.designation().list().id(), path.designation().announced(), path.designation().effective(),
                path.designation().removed(), path.designation().disputed(), path.designation().legalCitation(),
                path.designation().scope(), evidenceText(path));
    }

    private static String pathText(TracePath path) {
        StringBuilder text = new StringBuilder(path.start().id());
        for (Hop hop : path.hops()) {
            boolean forward = hop.from().id().equals(lastId(text));
            text.append(forward ? " -" : " <-").append(hop.type()).append(" [").append(hop.statementKind()).append("]")
                    .append(forward ? "-> " : "- ").append(forward ? hop.to().id() : hop.from().id());
        }
        return text.toString();
    }

    private static String lastId(StringBuilder text) {
        int space = text.lastIndexOf(" ");
        return space < 0 ? text.toString() : text.substring(space + 1);
    }

    private static String evidenceText(TracePath path) {
        return java.util.stream.Stream.concat(path.hops().stream().flatMap(hop -> hop.evidence().stream()),
                        path.designation().evidence().stream())
                .map(item -> item.sourceId() + " (" + item.statementKind() + "): " + item.passage())
                .distinct()
                .collect(Collectors.joining(" | "));
    }
}
