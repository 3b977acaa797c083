package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.query.TraceResults.EvidenceItem;
import org.supplywatch.query.TraceResults.Hop;
import org.supplywatch.query.TraceResults.SourceView;
import org.supplywatch.query.TraceResults.TracePath;
import org.supplywatch.support.GraphIntegrationTest;

/**
 * The whole exposure report reads the cards of the sources its hops cite apart from its query, in batches of paths
 * ({@link ReportSources}): on the seed graph, paths stripped to their designation's cards come back as the report's
 * pages list them, whatever the batch, and an id no Source holds gets no card.
 */
@GraphIntegrationTest
class ReportSourcesIT {

    private static final String LIST = "list/us-bis-entity-list";

    @Autowired
    ExposureService exposure;

    @Autowired
    GraphReader reader;

    @ParameterizedTest(name = "batches of {0}")
    @ValueSource(ints = {1, 2, 3, ReportSources.BATCH})
    void pathsGetTheCardsThePagesListWhateverTheBatch(int batch) {
        List<TracePath> paged = exposure.report(LIST, "Brand", 0, new TraversalParams(null, null, null, null, null, 1000)).paths();
        assertThat(paged).as("paths whose hops cite sources the designation does not")
                .filteredOn(path -> path.sources().size() > designationOnly(path).sources().size())
                .hasSizeGreaterThan(1);

        List<TracePath> completed = new ArrayList<>();
        ReportSources sources = new ReportSources(reader, completed::add, batch);
        paged.forEach(path -> sources.accept(designationOnly(path)));
        sources.flush();

        assertThat(completed).isEqualTo(paged);
    }

    @Test
    void anIdNoSourceHoldsGetsNoCardAndTheOthersKeepTheirOrder() {
        TracePath path = exposure.report(LIST, "Brand", 0, new TraversalParams(null, null, null, null, null, 1000)).paths().stream()
                .filter(candidate -> candidate.sources().size() > designationOnly(candidate).sources().size())
                .findFirst().orElseThrow();
        Hop first = path.hops().getFirst();
        List<EvidenceItem> evidence = new ArrayList<>();
        evidence.add(new EvidenceItem("source/no-such-source", "A passage from nowhere.", "reported"));
        evidence.addAll(first.evidence());
        List<Hop> hops = new ArrayList<>(path.hops());
        hops.set(0, new Hop(first.from(), first.type(), first.kind(), first.to(), first.statementKind(), evidence, first.validFrom(),
                first.validTo()));
        TracePath citingAnUnknownSource = new TracePath(path.start(), path.designatedEntity(), path.pathKind(), hops,
                path.designation(), designationOnly(path).sources());

        List<TracePath> completed = new ArrayList<>();
        ReportSources sources = new ReportSources(reader, completed::add);
        sources.accept(citingAnUnknownSource);
        sources.flush();

        assertThat(completed).singleElement().satisfies(done -> {
            assertThat(done.sources()).isEqualTo(path.sources());
            assertThat(done.sources()).extracting(SourceView::id).doesNotContain("source/no-such-source");
        });
    }

    /** The path as the whole report's query gives it: only the cards of its designation's sources. */
    private static TracePath designationOnly(TracePath path) {
        Set<String> designation = path.designation().evidence().stream().map(EvidenceItem::sourceId).collect(Collectors.toSet());
        return new TracePath(path.start(), path.designatedEntity(), path.pathKind(), path.hops(), path.designation(),
                path.sources().stream().filter(source -> designation.contains(source.id())).toList());
    }
}
