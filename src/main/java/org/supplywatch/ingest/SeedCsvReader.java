package org.supplywatch.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one seed CSV file (RFC 4180, UTF-8, header row) into rows that know their line.
 * A missing required column, an unknown column or a malformed record is a problem, not an exception.
 */
final class SeedCsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    static final int MAX_CELL = 100_000;

    private SeedCsvReader() {
    }

    static List<SeedRow> read(String file, Reader reader, Set<String> columns, Set<String> required, List<SeedProblem> problems) {
        List<SeedRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            for (String column : required) {
                if (!header.contains(column)) {
                    problems.add(new SeedProblem(file, 1, column, "required column is missing from the header"));
                }
            }
            for (String column : header) {
                if (!columns.contains(column)) {
                    problems.add(new SeedProblem(file, 1, column, "unknown column (expected some of " + columns + ")"));
                }
            }
            for (CSVRecord record : parser) {
                rows.add(toRow(file, parser, record, header, problems));
            }
        } catch (CSVException e) {
            // Raised while the parser reads the header record (a quote left open, say).
            problems.add(new SeedProblem(file, 1, "", "malformed CSV header: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + file, e);
        } catch (UncheckedIOException | IllegalStateException e) {
            problems.add(new SeedProblem(file, 0, "", "malformed CSV: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses a header with an empty or repeated name when it reads the first record.
            problems.add(new SeedProblem(file, 1, "", "malformed header: " + e.getMessage()));
        }
        return rows;
    }

    private static SeedRow toRow(String file, CSVParser parser, CSVRecord record, List<String> header, List<SeedProblem> problems) {
        // The record's own line is where it starts; the parser's counter has moved past it.
        long line = parser.getCurrentLineNumber() - countLineBreaks(record);
        if (record.size() != header.size()) {
            problems.add(new SeedProblem(file, line, "", "has " + record.size() + " cells, the header has " + header.size()));
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
            String cell = record.get(i);
            String defect = defect(cell);
            if (defect != null) {
                problems.add(new SeedProblem(file, line, header.get(i), defect));
            }
            cells.put(header.get(i), cell);
        }
        return new SeedRow(file, line, cells);
    }

    /**
     * What makes a cell unfit to store, or null: control characters other than tab and line breaks
     * (a NUL or an escape sequence is never part of a name or a quotation), or a length far past
     * any passage, which is a broken file rather than text.
     */
    private static String defect(String cell) {
        if (cell.length() > MAX_CELL) {
            return "is longer than " + MAX_CELL + " characters (" + cell.length() + ")";
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return String.format(java.util.Locale.ROOT, "contains the control character U+%04X at position %d", (int) c, i + 1);
            }
        }
        return null;
    }

    private static long countLineBreaks(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            breaks += value.chars().filter(c -> c == '\n').count();
        }
        return breaks;
    }
}
