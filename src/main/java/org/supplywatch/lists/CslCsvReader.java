package org.supplywatch.lists;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV layout of the trade.gov Consolidated Screening List (36 header columns, one
 * row per alias/address pair) into entries. Every problem is collected with its line and
 * column; the caller refuses the whole file if there is any.
 */
final class CslCsvReader {

    static final List<String> REQUIRED = List.of("Source List", "SDN Type", "Name", "Address", "City", "State/Province", "Postal Code",
            "Country", "Federal Register Notice", "Effective Date", "Date Lifted/Waived/Expired", "License Requirement",
            "License Policy", "Remarks/Notes", "Alternate Name", "Web Link");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_CELL = 4_000;

    private CslCsvReader() {
    }

    static List<CslEntry> read(String file, Reader reader, List<CslProblem> problems) {
        Map<String, EntryBuilder> entries = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = REQUIRED.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                problems.add(new CslProblem(file, 1, String.join(", ", missing), "required column(s) missing from the header"));
                return List.of();
            }
            int named = (int) header.stream().filter(name -> !name.isBlank()).count();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() < named) {
                    problems.add(new CslProblem(file, line, "", "has " + record.size() + " cells, the header names " + named));
                    continue;
                }
                CslRow row = row(file, line, record, problems);
                if (row != null) {
                    fold(entries, row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            problems.add(new CslProblem(file, 0, "", "malformed CSV: " + e.getMessage()));
        }
        return entries.values().stream().map(EntryBuilder::build).toList();
    }

    /** Adds a row to its entry (same source list, same name). */
    static void fold(Map<String, EntryBuilder> entries, CslRow row) {
        entries.computeIfAbsent(row.listCode() + "\u0000" + row.name(), key -> new EntryBuilder(row)).add(row);
    }

    private static CslRow row(String file, long line, CSVRecord record, List<CslProblem> problems) {
        int before = problems.size();
        for (String column : REQUIRED) {
            if (record.get(column).length() > MAX_CELL) {
                problems.add(new CslProblem(file, line, column, "longer than " + MAX_CELL + " characters"));
            }
        }
        String list = record.get("Source List").strip();
        String name = record.get("Name").strip();
        if (list.isEmpty() || !list.matches("[A-Za-z0-9_ -]{1,20}")) {
            problems.add(new CslProblem(file, line, "Source List", "'" + list + "' is not a source list code (e.g. EL, SDN)"));
        }
        if (name.isEmpty()) {
            problems.add(new CslProblem(file, line, "Name", "is empty"));
        }
        String effective = date(file, line, "Effective Date", record.get("Effective Date"), problems);
        String lifted = date(file, line, "Date Lifted/Waived/Expired", record.get("Date Lifted/Waived/Expired"), problems);
        if (problems.size() > before) {
            return null;
        }
        String address = String.join(", ", List.of(record.get("Address"), record.get("City"), record.get("State/Province"),
                record.get("Postal Code"), record.get("Country")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        return new CslRow(line, list.toUpperCase(java.util.Locale.ROOT), name, record.get("SDN Type").strip(),
                record.get("Alternate Name").strip(), address,
                record.get("Country").strip(), record.get("Federal Register Notice").strip(), effective, lifted,
                record.get("License Requirement").strip(), record.get("License Policy").strip(),
                record.get("Remarks/Notes").strip(), record.get("Web Link").strip());
    }

    /** CSL dates are M/D/YYYY; ISO dates are accepted too. Returns ISO, null when empty. */
    static String date(String file, long line, String column, String text, List<CslProblem> problems) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return (value.contains("/") ? LocalDate.parse(value, US_DATE) : LocalDate.parse(value)).toString();
        } catch (DateTimeParseException e) {
            problems.add(new CslProblem(file, line, column, "'" + value + "' is not a date (M/D/YYYY)"));
            return null;
        }
    }

    record CslRow(long line, String listCode, String name, String partyType, String alias, String address, String country, String notice,
            String effective, String lifted, String licenseRequirement, String licensePolicy, String remarks, String webLink) {
    }

    /** Folds the rows of one entry, noting where they disagree instead of picking silently. */
    static final class EntryBuilder {
        private final CslRow first;
        private final Set<String> aliases = new java.util.LinkedHashSet<>();
        private final Set<String> addresses = new java.util.LinkedHashSet<>();
        private final Set<String> countries = new java.util.LinkedHashSet<>();
        private final Set<String> notices = new java.util.LinkedHashSet<>();
        private final Set<String> effectiveDates = new java.util.TreeSet<>();
        private final Set<String> liftedDates = new java.util.TreeSet<>();
        private final Set<String> remarks = new java.util.LinkedHashSet<>();

        EntryBuilder(CslRow first) {
            this.first = first;
        }

        void add(CslRow row) {
            addIfSet(aliases, row.alias());
            addIfSet(addresses, row.address());
            addIfSet(countries, row.country());
            addIfSet(notices, row.notice());
            addIfSet(effectiveDates, row.effective());
            addIfSet(liftedDates, row.lifted());
            addIfSet(remarks, row.remarks());
        }

        CslEntry build() {
            List<String> conflicts = new ArrayList<>();
            if (notices.size() > 1) {
                conflicts.add("rows give " + notices.size() + " Federal Register notices: " + String.join("; ", notices));
            }
            if (effectiveDates.size() > 1) {
                conflicts.add("rows give " + effectiveDates.size() + " effective dates: " + String.join(", ", effectiveDates)
                        + "; the earliest is kept");
            }
            aliases.remove(first.name());
            return new CslEntry(first.listCode(), first.name(), first.partyType(), first.line(), List.copyOf(aliases), List.copyOf(addresses),
                    List.copyOf(countries), List.copyOf(notices), effectiveDates.isEmpty() ? null : effectiveDates.iterator().next(),
                    liftedDates.isEmpty() ? null : liftedDates.iterator().next(), first.licenseRequirement(),
                    first.licensePolicy(), String.join(" ", remarks), first.webLink(), conflicts);
        }

        private static void addIfSet(Set<String> set, String value) {
            if (value != null && !value.isBlank()) {
                set.add(value);
            }
        }
    }
}
