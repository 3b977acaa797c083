package org.supplywatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplywatch.lists.CslImportReport.ResolutionLine;
import org.supplywatch.query.TraceService;
import org.supplywatch.query.TraversalParams;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.ImportedData;
import org.supplywatch.support.SharedNeo4j;

/**
 * CSL imports on the real Neo4j: the format sample, entries the seed graph already holds, two
 * successive lists, a malformed file, idempotency, and undoing a wrong match. Each test starts
 * and ends without CSL data, so other tests see the seed graph alone.
 */
@GraphIntegrationTest
class CslImportIT {

    private static final LocalDate JUNE_2023 = LocalDate.of(2023, 6, 30);
    private static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 30);

    @Autowired
    CslImporter importer;

    @Autowired
    ReviewService reviews;

    @Autowired
    TraceService traces;

    @Test
    void importsTheFormatSampleFoldingAliasAndAddressRows() {
        CslImportReport report = importFile("format-sample-entity-list-2015.csv", JUNE_2023);
        assertThat(report.listCodes()).containsExactly("EL");
        assertThat(report.entries()).isEqualTo(5);
        assertThat(report.added()).contains("designation/csl/el/fazal-rahim-farid", "designation/csl/el/zurmat-construction-company-offices");
        assertThat(report.warnings()).anySatisfy(warning -> assertThat(warning).contains("Qazi Abdallah").contains("Federal Register notices"));
        assertThat(count("MATCH (d:Designation {id: 'designation/csl/el/fazal-rahim-farid'})-[:DESIGNATES]->(p:ListedParty) "
                + "WHERE size(d.addresses) = 2 AND 'Engineer Idris' IN d.listedAliases AND d.effective = '2011-11-21' "
                + "AND d.legalCitation = '76 FR 71867' AND 'Engineer Idris' IN p.aliases RETURN count(*)")).isEqualTo(1);
    }

    @Test
    void attachesEntriesTheSeedGraphHoldsToTheExistingEntities() {
        CslImportReport report = importFile("entity-list-2019-xinjiang.csv", JUNE_2023);
        assertThat(report.resolutions()).filteredOn(line -> line.listedName().startsWith("Zhejiang Dahua"))
                .singleElement().satisfies(line -> {
                    assertThat(line.status()).isEqualTo("automatic");
                    assertThat(line.entityId()).isEqualTo("company/dahua-technology");
                    assertThat(line.reason()).contains("same country CN");
                });
        assertThat(report.resolutions()).extracting(ResolutionLine::entityId)
                .contains("company/hikvision", "company/megvii", "government-body/xuar-public-security-bureau");
        assertThat(count("MATCH (p:ListedParty) WHERE p.name STARTS WITH 'Zhejiang Dahua' OR p.name STARTS WITH 'Hangzhou Hikvision' "
                + "RETURN count(p)")).as("no duplicate entities").isZero();
        assertThat(traces.traceFrom("brand/lorex", "list/us-bis-entity-list", filters("2026-01-01")).paths())
                .extracting(path -> path.designation().legalCitation()).contains("84 FR 54002");
    }

    @Test
    void queuesAnUncertainMatchAndConfirmingOrRejectingMovesTheDesignation() {
        CslImportReport report = importFile("entity-list-2019-xinjiang.csv", JUNE_2023);
        ResolutionLine meiya = report.resolutions().stream().filter(line -> line.listedName().startsWith("Xiamen Meiya")).findFirst().orElseThrow();
        assertThat(meiya.status()).isEqualTo("pending");
        assertThat(meiya.candidateId()).isEqualTo("company/meiya-pico");
        assertThat(reviews.list("pending", null)).extracting(ReviewItem::designationId).contains(meiya.designationId());

        ReviewItem confirmed = reviews.confirm(CslRows.resolutionId(meiya.designationId()));
        assertThat(confirmed.status()).isEqualTo("confirmed");
        assertThat(confirmed.designatedEntity().id()).isEqualTo("company/meiya-pico");

        ReviewItem undone = reviews.reject(confirmed.id());
        assertThat(undone.status()).isEqualTo("rejected");
        assertThat(undone.designatedEntity().id()).isEqualTo(meiya.entityId());
        assertThatThrownBy(() -> reviews.reject(confirmed.id())).isInstanceOf(ReviewConflictException.class);
    }

    @Test
    void rejectingAnAutomaticMatchUndoesTheMerge() {
        importFile("entity-list-2019-xinjiang.csv", JUNE_2023);
        String id = "resolution/csl/el/zhejiang-dahua-technology-co-ltd";
        ReviewItem rejected = reviews.reject(id);
        assertThat(rejected.designatedEntity().id()).isEqualTo("listed-party/zhejiang-dahua-technology-co-ltd");
        assertThat(count("MATCH (:Designation {id: 'designation/csl/el/zhejiang-dahua-technology-co-ltd'})-[:DESIGNATES]->"
                + "(:Company {id: 'company/dahua-technology'}) RETURN count(*)")).isZero();
    }

    @Test
    void aNewerListAddsChangesAndEndsEntriesWithoutDeletingAny() {
        importFile("csl-2023-06.csv", JUNE_2023);
        CslImportReport second = importFile("csl-2024-06.csv", JUNE_2024);
        assertThat(second.added()).containsExactly("designation/csl/el/epsilonward-systems");
        assertThat(second.changed()).containsExactly("designation/csl/el/alphaquill-trading-company");
        assertThat(second.ended()).containsExactly("designation/csl/el/betavane-optics-ltd");
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(count("MATCH (d:Designation {id: 'designation/csl/el/betavane-optics-ltd'}) "
                + "WHERE d.removed = '2024-06-30' AND d.removalObserved AND d.scopeReachesSubsidiaries RETURN count(d)")).isEqualTo(1);
        assertThat(count("MATCH (p:Person {name: 'Deltaflint Orsolov'}) RETURN count(p)")).isEqualTo(1);
        String betavane = "listed-party/betavane-optics-ltd";
        assertThat(traces.traceFrom(betavane, null, filters("2024-01-01")).count()).isEqualTo(1);
        assertThat(traces.traceFrom(betavane, null, filters("2024-07-01")).count()).isZero();
        assertThat(traces.traceFrom(betavane, null, filters("2024-01-01")).paths().getFirst().designation().scopeReachesSubsidiaries())
                .isTrue();
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        importFile("csl-2023-06.csv", JUNE_2023);
        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());
        CslImportReport again = importFile("csl-2023-06.csv", JUNE_2024);
        assertThat(again.added()).isEmpty();
        assertThat(again.changed()).isEmpty();
        assertThat(again.ended()).isEmpty();
        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).isEqualTo(before);
    }

    @Test
    void refusesAMalformedRowWithItsLineAndColumnAndWritesNothing() {
        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());
        assertThatThrownBy(() -> importFile("malformed-date.csv", JUNE_2024))
                .isInstanceOfSatisfying(CslRejectedException.class, e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("malformed-date.csv");
                    assertThat(problem.line()).isEqualTo(3);
                    assertThat(problem.column()).isEqualTo("Effective Date");
                }));
        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).isEqualTo(before);
    }

    @Test
    void importsTheJsonOfTheCslApi() {
        CslImportReport report = importFile("csl-api-sample.json", JUNE_2024);
        assertThat(report.listCodes()).containsExactly("EL", "SDN");
        assertThat(report.added()).containsExactly("designation/csl/el/thetamoor-components-ltd", "designation/csl/sdn/iotavane-petrov");
        assertThat(count("MATCH (d:Designation {id: 'designation/csl/el/thetamoor-components-ltd'})-[:DESIGNATES]->(p:ListedParty {country: 'CY'}) "
                + "WHERE size(d.addresses) = 2 AND d.listedAliases = ['Thetamoor LLC', 'TMC'] AND d.effective = '2024-05-02' "
                + "RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Designation {id: 'designation/csl/sdn/iotavane-petrov'})-[:DESIGNATES]->"
                + "(p:Person {name: 'Iotavane Petrov'}) RETURN count(p)")).isEqualTo(1);
    }

    @Test
    void refusesJsonWithAnImpossibleDateNamingItsLineAndField() {
        assertThatThrownBy(() -> importFile("csl-api-bad-date.json", JUNE_2024))
                .isInstanceOfSatisfying(CslRejectedException.class, e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(2);
                    assertThat(problem.column()).isEqualTo("start_date");
                }));
    }

    @AfterEach
    void removeCslData() {
        ImportedData.remove();
    }

    @AfterAll
    static void leaveTheSeedGraphAlone() {
        ImportedData.remove();
    }

    private CslImportReport importFile(String name, LocalDate observedOn) {
        try (InputStream in = getClass().getResourceAsStream("/csl/" + name)) {
            return importer.importCsv(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), observedOn);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TraversalParams filters(String asOf) {
        return new TraversalParams(asOf, null, null, null, null, null);
    }

    private static long count(String cypher) {
        return GraphSnapshot.count(SharedNeo4j.boltUri(), cypher);
    }
}
