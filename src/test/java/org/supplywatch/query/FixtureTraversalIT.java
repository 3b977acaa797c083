package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.cypher.GraphStream;
import org.supplywatch.cypher.InProcessDatabase;
import org.supplywatch.ingest.SeedLoader;
import org.supplywatch.query.TraceResults.Hop;
import org.supplywatch.query.TraceResults.TracePath;
import org.supplywatch.query.TraceResults.TraceReport;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.SharedNeo4j;

/**
 * Traversals on small hard graphs (src/test/resources/fixtures/hard-graphs), loaded through the
 * service's own seed loader: cycles, OEM paths, dates, removals, evidence and denial filters.
 */
@GraphIntegrationTest
class FixtureTraversalIT {

    private static final String LIST = "list/fixture-list";

    @Autowired
    SeedLoader loader;

    @Autowired
    TraceService traces;

    @Autowired
    ExposureService exposure;

    @Autowired
    GraphReader reader;

    @Autowired
    GraphStream stream;

    @Autowired
    KnownResources resources;

    @Autowired
    QueryProperties queryProperties;

    @Autowired
    Clock clock;

    @BeforeEach
    void loadFixture() {
        loader.load("classpath:fixtures/hard-graphs/");
    }

    @Test
    void ownershipCycleEndsWithOnePathAndNoNodeTwice() {
        TraceReport report = trace("brand/fixture-cycle-brand", params(null, null, null, null));
        assertThat(report.paths()).singleElement().satisfies(path -> {
            assertThat(types(path)).containsExactly("BRAND_OF", "SUBSIDIARY_OF", "SUBSIDIARY_OF");
            assertThat(path.designatedEntity().id()).isEqualTo("company/fixture-listed");
        });
    }

    @Test
    void brandMadeByAnOemOfAListedCompanyIsAManufacturingPath() {
        TraceReport report = trace("brand/fixture-oem-brand", params(null, null, null, null));
        assertThat(report.paths()).singleElement().satisfies(path -> {
            assertThat(path.pathKind()).isEqualTo("manufacturing");
            assertThat(types(path)).containsExactly("MANUFACTURED_BY", "SUBSIDIARY_OF");
            assertThat(path.hops()).extracting(Hop::kind).containsExactly("manufacturing", "ownership");
        });
    }

    @Test
    void twoLinksBetweenTheSameNodesAreTwoPathsInTheOrderOfTheirTypes() {
        // The order is the types', not the store's: at a dense node (more than 50 links) Neo4j hands links over grouped
        // by type, elsewhere newest first, so without the types in the sort the walk down (whole report) and the walk
        // up (pages, traces) could meet such twins in different orders. A graph this small cannot show the store's
        // difference; this holds the order the queries promise.
        TraceReport report = trace("brand/fixture-own-make-brand", params(null, null, null, null));
        assertThat(report.paths()).extracting(FixtureTraversalIT::types)
                .containsExactly(List.of("BRAND_OF", "SUBSIDIARY_OF"), List.of("MANUFACTURED_BY", "SUBSIDIARY_OF"));
        ExposureReport exposed = exposure.report(LIST, "Brand", 0, pageOf(100));
        assertThat(exposed.paths()).filteredOn(path -> path.start().id().equals("brand/fixture-own-make-brand"))
                .isEqualTo(report.paths());
    }

    @Test
    void pathsOfEqualLengthComeInTheOrderOfTheirDesignationsDatesInTracesPagesAndTheWholeReport() {
        // Designated 2010 under the id that sorts last, 2020 under the one that sorts first: the date decides.
        List<String> expected = List.of("designation/fixture-list/z-early", "designation/fixture-list/a-late");
        String brand = "brand/fixture-two-designees-brand";
        assertThat(trace(brand, params(null, null, null, null)).paths()).extracting(path -> path.designation().id())
                .containsExactlyElementsOf(expected);
        assertThat(exposure.report(LIST, "Brand", 0, pageOf(100)).paths()).filteredOn(path -> path.start().id().equals(brand))
                .extracting(path -> path.designation().id()).containsExactlyElementsOf(expected);
        List<TracePath> whole = new java.util.ArrayList<>();
        exposure.streamAll(LIST, "Brand", pageOf(100), whole::add);
        assertThat(whole).filteredOn(path -> path.start().id().equals(brand)).extracting(path -> path.designation().id())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void brandOwnershipAloneIsAnOwnershipOrBrandPath() {
        TraceReport report = trace("brand/fixture-cycle-brand", params(null, null, null, null));
        assertThat(report.paths().getFirst().pathKind()).isEqualTo("brand");
    }

    @Test
    void aLinkCountsOnlyWhileItHeld() {
        assertThat(trace("brand/fixture-time-brand", params("2019-06-01", null, null, null)).count()).isEqualTo(1);
        assertThat(trace("brand/fixture-time-brand", params("2020-12-31", null, null, null)).count()).isEqualTo(1);
        assertThat(trace("brand/fixture-time-brand", params("2021-01-01", null, null, null)).count()).isZero();
        assertThat(trace("brand/fixture-time-brand", params("2015-12-31", null, null, null)).count()).isZero();
    }

    @Test
    void aRemovedDesignationStopsCountingOnItsRemoval() {
        assertThat(trace("brand/fixture-delisted-brand", params("2022-06-29", null, null, null)).count()).isEqualTo(1);
        assertThat(trace("brand/fixture-delisted-brand", params("2022-06-30", null, null, null)).count()).isZero();
    }

    @Test
    void aDesignationCountsOnlyFromItsEffectiveDate() {
        assertThat(trace("brand/fixture-reported-brand", params("2014-12-31", null, null, null)).count()).isZero();
        assertThat(trace("brand/fixture-reported-brand", params("2015-01-01", null, null, null)).count()).isEqualTo(1);
    }

    @Test
    void minEvidenceLeavesOutReportedLinks() {
        assertThat(trace("brand/fixture-reported-brand", params(null, "reported", null, null)).count()).isEqualTo(1);
        assertThat(trace("brand/fixture-reported-brand", params(null, "company_statement", null, null)).count()).isZero();
    }

    @Test
    void excludeDisputedDropsADesignationWithADenialOnRecord() {
        TraceReport withDisputed = trace("brand/fixture-disputed-brand", params(null, null, null, null));
        assertThat(withDisputed.paths()).singleElement()
                .satisfies(path -> assertThat(path.designation().disputed()).isTrue());
        assertThat(trace("brand/fixture-disputed-brand", params(null, null, true, null)).count()).isZero();
    }

    @Test
    void supplyIsFollowedOnlyWhenAskedFromCustomerToSupplier() {
        assertThat(trace("brand/fixture-customer-brand", params(null, null, null, null)).count()).isZero();
        TraceReport report = trace("brand/fixture-customer-brand", params(null, null, null, List.of("brand", "supply")));
        assertThat(report.paths()).singleElement().satisfies(path -> {
            assertThat(path.pathKind()).isEqualTo("supply");
            assertThat(path.hops().get(1).from().id()).isEqualTo("company/fixture-listed");
        });
    }

    @Test
    void exposurePagesAreDeterministicAndDisjoint() {
        ExposureReport first = exposure.report(LIST, "Brand", 0, pageOf(2));
        ExposureReport again = exposure.report(LIST, "Brand", 0, pageOf(2));
        ExposureReport second = exposure.report(LIST, "Brand", 1, pageOf(2));
        assertThat(again).isEqualTo(first);
        assertThat(first.hasMore()).isTrue();
        assertThat(first.paths()).extracting(path -> path.start().id())
                .doesNotContainAnyElementsOf(second.paths().stream().map(path -> path.start().id()).toList());
        assertThat(first.exposed()).hasSize(2);
        assertThat(first.count()).isEqualTo(2);
        ExposureReport all = exposure.report(LIST, "Brand", 0, pageOf(100));
        assertThat(all.hasMore()).isFalse();
        List<String> paged = new java.util.ArrayList<>();
        ExposureReport page = first;
        for (int number = 1; ; number++) {
            page.exposed().forEach(entity -> paged.add(entity.id()));
            if (!page.hasMore()) {
                break;
            }
            page = exposure.report(LIST, "Brand", number, pageOf(2));
        }
        assertThat(paged).isEqualTo(all.exposed().stream().map(ExposureReport.Exposed::id).toList());
        assertThat(all.paths()).extracting(path -> path.start().name()).isSorted();
        assertThat(all.paths()).extracting(path -> path.start().id())
                .contains("brand/fixture-oem-brand", "brand/fixture-cycle-brand", "brand/fixture-reported-brand")
                .doesNotContain("brand/fixture-customer-brand", "brand/fixture-time-brand");
    }

    @Test
    void eachExposedEntityHasTheSamePathsToTheListAsItsTrace() {
        ExposureReport all = exposure.report(LIST, "Brand", 0, pageOf(100));
        assertThat(all.exposed()).isNotEmpty();
        for (ExposureReport.Exposed entity : all.exposed()) {
            List<TracePath> listed = all.paths().stream().filter(path -> path.start().id().equals(entity.id())).toList();
            assertThat(listed).hasSize(entity.paths());
            assertThat(entity.fewestHops()).isEqualTo(listed.stream().mapToInt(path -> path.hops().size()).min().orElseThrow());
            assertThat(listed).isEqualTo(traces.traceFrom(entity.id(), LIST, pageOf(100)).paths());
        }
    }

    /**
     * The whole report has a query of its own (exposure-to-list-all.cypher, one walk down from the designees), the
     * pages another (a walk up from each entity): under every filter and kind, the two say the same, in the same order.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wholeReportCases")
    void theWholeReportInOneQueryIsItsPagesInOrder(String kind, TraversalParams filters) {
        TraversalParams onePerPage = new TraversalParams(filters.asOf(), filters.minEvidence(), filters.excludeDisputed(),
                filters.follow(), filters.maxHops(), 1);
        List<TracePath> paged = new java.util.ArrayList<>();
        ExposureReport page;
        int number = 0;
        do {
            page = exposure.report(LIST, kind, number++, onePerPage);
            paged.addAll(page.paths());
        } while (page.hasMore());
        List<TracePath> streamed = new java.util.ArrayList<>();
        exposure.streamAll(LIST, kind, onePerPage, streamed::add);
        assertThat(streamed).isEqualTo(paged);
    }

    /**
     * On the embedded database the whole report is walked in the service's own process, or by the walk procedure behind
     * its Cypher file (read-in-process off); under every filter and kind, both give the Cypher report's paths in the same
     * order (the service here reaches the database over Bolt, as an external one, so its own ExposureService runs the
     * Cypher; the shared test database has the procedure and runs in this JVM).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wholeReportCases")
    void theWalkInProcessAndTheWalkProcedureGiveTheCypherReportsPathsInOrder(String kind, TraversalParams filters) {
        Optional<ExposureWalk.Registration> procedure = Optional.of(new ExposureWalk.Registration(ExposureWalk.NAME));
        ExposureService byProcedure = new ExposureService(reader, stream, resources, queryProperties, clock, procedure, Optional.empty(),
                Optional.empty());
        ExposureService inProcess = new ExposureService(reader, stream, resources, queryProperties, clock, procedure,
                Optional.of(new InProcessDatabase(SharedNeo4j.instance().defaultDatabaseService())), Optional.empty());
        List<TracePath> cypher = new java.util.ArrayList<>();
        exposure.streamAll(LIST, kind, filters, cypher::add);
        List<TracePath> walkedByProcedure = new java.util.ArrayList<>();
        byProcedure.streamAll(LIST, kind, filters, walkedByProcedure::add);
        List<TracePath> walkedHere = new java.util.ArrayList<>();
        inProcess.streamAll(LIST, kind, filters, walkedHere::add);
        assertThat(walkedByProcedure).isEqualTo(cypher);
        assertThat(walkedHere).isEqualTo(cypher);
    }

    @Test
    void theWholeReportCasesAreNotEmpty() {
        List<TracePath> brands = new java.util.ArrayList<>();
        exposure.streamAll(LIST, "Brand", pageOf(1), brands::add);
        assertThat(brands).extracting(path -> path.start().id()).contains("brand/fixture-cycle-brand", "brand/fixture-oem-brand",
                "brand/fixture-disputed-brand");
        List<TracePath> companies = new java.util.ArrayList<>();
        exposure.streamAll(LIST, "Company", pageOf(1), companies::add);
        assertThat(companies).isNotEmpty();
        List<TracePath> delisted = new java.util.ArrayList<>();
        exposure.streamAll(LIST, "Brand", new TraversalParams("2022-06-29", null, null, null, null, 1), delisted::add);
        assertThat(delisted).extracting(path -> path.start().id()).contains("brand/fixture-delisted-brand");
    }

    static Stream<Arguments> wholeReportCases() {
        return Stream.of(
                Arguments.of("Brand", params(null, null, null, null)),
                Arguments.of("Company", params(null, null, null, null)),
                Arguments.of("Brand", params("2019-06-01", null, null, null)),
                Arguments.of("Brand", params("2022-06-29", null, null, null)),
                Arguments.of("Brand", params("2015-01-01", "official_act", null, null)),
                Arguments.of("Brand", params(null, "company_statement", null, null)),
                Arguments.of("Brand", params(null, null, true, null)),
                Arguments.of("Brand", params(null, null, null, List.of("brand", "ownership"))),
                Arguments.of("Company", params(null, null, null, List.of("manufacturing", "ownership"))),
                Arguments.of("Brand", new TraversalParams(null, null, null, null, 2, null)),
                Arguments.of("Brand", params(null, null, null, List.of("brand", "ownership", "manufacturing", "supply"))));
    }

    @Test
    void exposureFollowsSupplyOnlyWhenAsked() {
        List<String> withSupply = List.of("brand", "ownership", "manufacturing", "supply");
        ExposureReport report = exposure.report(LIST, "Brand", 0, new TraversalParams(null, null, null, withSupply, null, 100));
        assertThat(report.exposed()).extracting(ExposureReport.Exposed::id).contains("brand/fixture-customer-brand");
        assertThat(report.paths()).filteredOn(path -> path.start().id().equals("brand/fixture-customer-brand"))
                .singleElement().satisfies(path -> assertThat(path.pathKind()).isEqualTo("supply"));
        assertThat(report.paths()).extracting(path -> path.start().id())
                .contains("brand/fixture-oem-brand", "brand/fixture-cycle-brand", "brand/fixture-reported-brand");
    }

    @Autowired
    SearchService search;

    @Test
    void findsAnEntityByItsChineseName() {
        assertThat(search.search("夹具上市母公司", null, 3).hits()).first().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("company/fixture-listed");
            assertThat(hit.matchedField()).isEqualTo("chineseName");
            assertThat(hit.matchType()).isEqualTo("exact name");
        });
    }

    private TraceReport trace(String from, TraversalParams params) {
        return traces.traceFrom(from, LIST, params);
    }

    private static TraversalParams params(String asOf, String minEvidence, Boolean excludeDisputed, List<String> follow) {
        return new TraversalParams(asOf, minEvidence, excludeDisputed, follow, null, null);
    }

    private static TraversalParams pageOf(int limit) {
        return new TraversalParams(null, null, null, null, null, limit);
    }

    private static List<String> types(TracePath path) {
        return path.hops().stream().map(Hop::type).toList();
    }
}
