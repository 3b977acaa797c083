package org.supplywatch.query;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.supplywatch.query.ScreeningResults.RowInput;
import org.supplywatch.query.ScreeningResults.ScreeningRow;

/**
 * Reads the names to screen from JSON rows or a CSV file (header with a {@code name} column;
 * {@code country} and {@code reference} optional), refusing bad input with its line and field.
 */
final class ScreeningInput {

    static final int MAX_ROWS = 10_000;
    private static final int MAX_NAME = 300;

    private ScreeningInput() {
    }

    static List<ScreeningRow> fromJson(List<RowInput> rows) {
        if (rows == null || rows.isEmpty()) {
            throw new InvalidParameterException("rows", "must hold at least one row with a name");
        }
        requireSize(rows.size());
        List<ScreeningRow> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RowInput row = rows.get(i);
            result.add(row(i + 1, row == null ? null : row.name(), row == null ? null : row.country(),
                    row == null ? null : row.reference(), "rows[" + i + "].name"));
        }
        return result;
    }

    static List<ScreeningRow> fromCsv(Reader csv) {
        List<ScreeningRow> result = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
            if (!parser.getHeaderNames().contains("name")) {
                throw new InvalidParameterException("file", "line 1: the header needs a 'name' column, found "
                        + parser.getHeaderNames());
            }
            for (CSVRecord record : parser) {
                requireSize(result.size() + 1);
                long line = parser.getCurrentLineNumber();
                result.add(row(line, cell(record, "name"), cell(record, "country"), cell(record, "reference"),
                        "line " + line + ", column name"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidParameterException("file", "is not valid CSV: " + e.getMessage());
        }
        if (result.isEmpty()) {
            throw new InvalidParameterException("file", "holds no row below its header");
        }
        return result;
    }

    private static ScreeningRow row(long line, String name, String country, String reference, String place) {
        if (name == null || name.isBlank()) {
            throw new InvalidParameterException("name", "is empty at " + place);
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidParameterException("name", "is longer than " + MAX_NAME + " characters at " + place);
        }
        return new ScreeningRow(line, name.strip(), blankToNull(country), blankToNull(reference));
    }

    private static void requireSize(int rows) {
        if (rows > MAX_ROWS) {
            throw new InvalidParameterException("rows", "at most " + MAX_ROWS + " rows can be screened in one request");
        }
    }

    private static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
