package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every passage that a seed row quotes from one of the five seed documents appears in that
 * document, whitespace aside. The documents are read from {@code ../shared/seeds/} (override
 * with -Dsupplywatch.seeds.dir); they are never copied into the repository.
 */
class SeedPassagesTests {

    private static final Path SEEDS = Path.of(System.getProperty("supplywatch.seeds.dir", "../shared/seeds"));

    @Test
    void everyPassageQuotedFromASeedDocumentIsInIt() throws IOException {
        assertThat(SEEDS.resolve("README.md")).as("the seed documents beside the project (../shared/seeds)").exists();
        Properties documents = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/seed-documents.properties")) {
            documents.load(in);
        }
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("seed-data"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".csv")).sorted().toList()) {
                for (CSVRecord row : rows(file)) {
                    if (!row.isMapped("sourceId") || !row.isMapped("passage") || row.get("passage").isBlank()) {
                        continue;
                    }
                    String document = documents.getProperty(row.get("sourceId"));
                    if (document == null) {
                        continue;
                    }
                    String text = normalize(Files.readString(SEEDS.resolve(document), StandardCharsets.UTF_8));
                    checked.add(row.get("passage"));
                    if (!text.contains(normalize(row.get("passage")))) {
                        missing.add(file + " record " + row.getRecordNumber() + ": " + row.get("passage"));
                    }
                }
            }
        }
        assertThat(checked).as("passages quoted from the seed documents").hasSizeGreaterThan(50);
        assertThat(missing).as("passages not found in their document").isEmpty();
    }

    @Test
    void everyMappedSourceIsASourceOfTheSeedGraph() throws IOException {
        Properties documents = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/seed-documents.properties")) {
            documents.load(in);
        }
        List<String> sourceIds = rows(Path.of("seed-data/sources.csv")).stream().map(row -> row.get("id")).toList();
        assertThat(sourceIds).containsAll(documents.stringPropertyNames());
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        }
    }

    private static String normalize(String text) {
        return text.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }
}
