package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.SeedDataCopy;
import org.supplywatch.support.SharedNeo4j;

/**
 * The bad-input corpus (src/test/resources/bad-input/seed) against the seed loader: each file is
 * added to a copy of seed-data/ as entities/bad.csv; the load is refused naming that file, the line
 * and the reason, and the graph does not change.
 */
@GraphIntegrationTest
class SeedLoaderBadInputIT {

    private static final String BAD = "entities/bad.csv";

    @Autowired
    SeedLoader loader;

    @TempDir
    Path folder;

    @BeforeEach
    void copySeedData() throws IOException {
        SeedDataCopy.into(folder);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            binary.csv           | 1 | is not valid UTF-8
            invalid-utf8.csv     | 3 | is not valid UTF-8
            utf16le-bom.csv      | 1 | is not valid UTF-8
            truncated-quote.csv  | 0 | malformed CSV
            nul-in-cell.csv      | 2 | contains the control character U+0000
            bidi-override-id.csv | 2 | company/bad-input-
            empty.csv            | 1 | required column is missing
            """)
    void everyBadFileIsRefusedWithItsPlaceAndChangesNothing(String corpusFile, long line, String reason) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/bad-input/seed/" + corpusFile)) {
            Files.write(folder.resolve(BAD), in.readAllBytes());
        }
        assertRefused(line, reason);
    }

    @org.junit.jupiter.api.Test
    void aHugeCellIsRefusedRatherThanStored() throws IOException {
        Files.writeString(folder.resolve(BAD), "id,kind,name,sourceId,passage\ncompany/huge,Company," + "x".repeat(200_000)
                + ",source/uhrp-amazon-dahua-2020,huge\n", StandardCharsets.UTF_8);
        assertRefused(2, "is longer than 100000 characters");
    }

    private void assertRefused(long line, String reason) {
        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());
        assertThatThrownBy(() -> loader.load(folder.toUri().toString()))
                .isInstanceOfSatisfying(SeedRejectedException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo(BAD);
                            assertThat(problem.line()).isEqualTo(line);
                            assertThat(problem.message() + " " + problem.field()).contains(reason);
                        }));
        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).as("graph after a refused load").isEqualTo(before);
    }
}
