package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.SeedDataCopy;
import org.supplywatch.support.SharedNeo4j;

/**
 * The seed loader on the real Neo4j: a second load changes nothing, and every kind of bad input
 * is refused with its file, line and field while the graph stays exactly as it was.
 * Each refusal starts from a copy of the real seed folder with one defect written into it.
 */
@GraphIntegrationTest
class SeedLoaderIT {


    @Autowired
    SeedLoader loader;

    @TempDir
    Path folder;

    @BeforeEach
    void copySeedData() throws IOException {
        SeedDataCopy.into(folder);
    }

    @Test
    void marksExactlyTheDesignatedEntitiesForBrowsersStyle() {
        String boltUri = SharedNeo4j.boltUri();
        assertThat(GraphSnapshot.count(boltUri, "MATCH (c:Company:Designated {id: 'company/dahua-technology'}) RETURN count(c)")).isOne();
        assertThat(GraphSnapshot.count(boltUri, "MATCH (b:Brand:Designated {id: 'brand/lorex'}) RETURN count(b)")).isZero();
        assertThat(GraphSnapshot.count(boltUri, "MATCH (n:Designated) WHERE NOT EXISTS { (:Designation)-[:DESIGNATES]->(n) } "
                + "RETURN count(n)")).isZero();
        assertThat(GraphSnapshot.count(boltUri, "MATCH (:Designation)-[:DESIGNATES]->(n) WHERE NOT n:Designated RETURN count(n)"))
                .isZero();
    }

    @Test
    void secondLoadChangesNothing() {
        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());
        loader.load();
        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).isEqualTo(before);
    }

    @Test
    void loadsTheSameGraphFromAFolderOnDisk() {
        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());
        SeedLoadReport report = loader.load(folder.toUri().toString());
        assertThat(report.nodes()).isGreaterThan(500);
        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).isEqualTo(before);
    }

    @Test
    void refusesUnknownReference() throws IOException {
        replaceLine("relationships/core.csv", 2, "brand/lorex,BRAND_OF,company/dahua-technology",
                "brand/lorex,BRAND_OF,company/no-such-company");
        assertRefused("relationships/core.csv", 2, "to", "unknown reference 'company/no-such-company'");
    }

    @Test
    void refusesMissingPassage() throws IOException {
        replaceLine("findings.csv", 3, ",Dahua’s “Sharp Eyes” project also had a category listed as “Uyghurs with hidden terrorist inclinations.”", ",");
        assertRefused("findings.csv", 3, "passage", "is required");
    }

    @Test
    void refusesUnknownSource() throws IOException {
        replaceLine("contracts.csv", 2, "source/newsy-surveillance-for-sale", "source/nowhere");
        assertRefused("contracts.csv", 2, "sourceId", "unknown reference 'source/nowhere'");
    }

    @Test
    void refusesBadDate() throws IOException {
        replaceLine("designations/us-bis-entity-list-2019-10.csv", 4, "2019-10-09", "2019-13-45");
        assertRefused("designations/us-bis-entity-list-2019-10.csv", 4, "effective", "'2019-13-45' is not a date");
    }

    @Test
    void refusesDuplicateId() throws IOException {
        Files.writeString(folder.resolve("entities/core.csv"),
                "brand/lorex,Brand,Lorex again,,,,,source/dear-dahua-and-lorex-partners-2022,\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        long lines = Files.readAllLines(folder.resolve("entities/core.csv")).size();
        assertRefused("entities/core.csv", lines, "id", "duplicate id 'brand/lorex'");
    }

    @Test
    void refusesUnknownKind() throws IOException {
        replaceLine("entities/core.csv", 2, "company/dahua-technology,Company,", "company/dahua-technology,Spaceship,");
        assertRefused("entities/core.csv", 2, "kind", "unknown kind 'Spaceship'");
    }

    @Test
    void refusesUnknownStatementKind() throws IOException {
        replaceLine("relationships/core.csv", 2, ",reported,", ",rumoured,");
        assertRefused("relationships/core.csv", 2, "statementKind", "unknown statement kind 'rumoured'");
    }

    @Test
    void refusesRelationshipBetweenWrongKinds() throws IOException {
        replaceLine("relationships/core.csv", 2, "brand/lorex,BRAND_OF,company/dahua-technology",
                "brand/lorex,BRAND_OF,brand/dahua");
        assertRefused("relationships/core.csv", 2, "to", "'brand/dahua' is a Brand, expected one of [Company]");
    }

    @Test
    void refusesMalformedCsvRecord() throws IOException {
        Files.writeString(folder.resolve("claims.csv"), "claim/broken,\"unterminated\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> loader.load(folder.toUri().toString()))
                .isInstanceOfSatisfying(SeedRejectedException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> assertThat(problem.file()).isEqualTo("claims.csv")));
    }

    private void replaceLine(String file, int line, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        assertThat(lines.get(line - 1)).as("fixture line %d of %s", line, file).contains(from);
        lines.set(line - 1, lines.get(line - 1).replace(from, to));
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    private void assertRefused(String file, long line, String field, String message) {
        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());
        assertThatThrownBy(() -> loader.load(folder.toUri().toString()))
                .isInstanceOfSatisfying(SeedRejectedException.class, e -> assertThat(e.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo(file);
                            assertThat(problem.line()).isEqualTo(line);
                            assertThat(problem.field()).isEqualTo(field);
                            assertThat(problem.message()).contains(message);
                        }));
        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).as("graph after a refused load").isEqualTo(before);
    }
}
