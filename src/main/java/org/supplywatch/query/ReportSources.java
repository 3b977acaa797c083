package org.supplywatch.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.supplywatch.cypher.GraphReader;
import org.supplywatch.query.TraceResults.DesignationView;
import org.supplywatch.query.TraceResults.EvidenceItem;
import org.supplywatch.query.TraceResults.Hop;
import org.supplywatch.query.TraceResults.SourceView;
import org.supplywatch.query.TraceResults.TracePath;

/**
 * Completes the paths of the whole exposure report with the cards of the sources their hops cite. The query
 * ({@code exposure-to-list-all.cypher}) gives each path its designation's sources and names the others only by id in
 * the hops' evidence; their cards are read here ({@code queries/source-cards}), a batch of paths at a time and each
 * card once per report, then the paths go on in the order they came. A path's sources are its designation's, then
 * those its hops cite, in hop order, each once: what a page of the report lists.
 */
final class ReportSources implements Consumer<TracePath> {

    /** Paths held while the cards they need are read: one lookup query per batch at most. */
    static final int BATCH = 1_000;
    private static final String CARDS_QUERY = "queries/source-cards";

    private final GraphReader reader;
    private final Consumer<TracePath> sink;
    /** Every card asked for so far; empty where no Source holds the id (the path then lists no card for it). */
    private final Map<String, Optional<SourceView>> cards = new HashMap<>();
    /** The held paths, each with the ids its hops cite (worked out once). */
    private final List<Pending> pending;
    private final int batch;

    ReportSources(GraphReader reader, Consumer<TracePath> sink) {
        this(reader, sink, BATCH);
    }

    /** With another batch size: tests hold the answer to be the same whatever it is. */
    ReportSources(GraphReader reader, Consumer<TracePath> sink, int batch) {
        this.reader = reader;
        this.sink = sink;
        this.batch = batch;
        this.pending = new ArrayList<>(batch);
    }

    private record Pending(TracePath path, List<String> cited) {
    }

    /**
     * The ids each designation cites, by the designation's record: the walk shares one record among its paths (the
     * Cypher query's paths each have their own, hence the bound).
     */
    private final Map<DesignationView, Set<String>> designationSources = new IdentityHashMap<>();
    private static final int DESIGNATIONS_HELD = 4_096;

    @Override
    public void accept(TracePath path) {
        pending.add(new Pending(path, citedByHops(path)));
        if (pending.size() == batch) {
            flush();
        }
    }

    /** Reads the cards the held paths need and not yet read, then hands the paths on, completed. */
    void flush() {
        Set<String> unread = new LinkedHashSet<>();
        for (Pending held : pending) {
            for (String id : held.cited()) {
                if (!cards.containsKey(id)) {
                    unread.add(id);
                }
            }
        }
        if (!unread.isEmpty()) {
            reader.list(CARDS_QUERY, Map.of("sourceIds", List.copyOf(unread)), row -> TraceRecordMapper.source(row.get("source")))
                    .forEach(card -> cards.put(card.id(), Optional.of(card)));
            unread.forEach(id -> cards.putIfAbsent(id, Optional.empty()));
        }
        for (Pending held : pending) {
            sink.accept(completed(held));
        }
        pending.clear();
    }

    private TracePath completed(Pending held) {
        TracePath path = held.path();
        List<SourceView> sources = new ArrayList<>(path.sources());
        for (String id : held.cited()) {
            cards.get(id).ifPresent(sources::add);
        }
        return new TracePath(path.start(), path.designatedEntity(), path.pathKind(), path.hops(), path.designation(),
                List.copyOf(sources));
    }

    /**
     * The ids the hops cite, in hop order, each once, without those the designation cites (its cards came with it). A
     * list: a path cites a handful of sources, and this runs for every path of a whole report.
     */
    private List<String> citedByHops(TracePath path) {
        if (designationSources.size() == DESIGNATIONS_HELD) {
            designationSources.clear();
        }
        Set<String> designation = designationSources.computeIfAbsent(path.designation(), view -> {
            Set<String> ids = new HashSet<>();
            view.evidence().forEach(item -> ids.add(item.sourceId()));
            return ids;
        });
        List<String> cited = new ArrayList<>(4);
        for (Hop hop : path.hops()) {
            for (EvidenceItem item : hop.evidence()) {
                if (!designation.contains(item.sourceId()) && !cited.contains(item.sourceId())) {
                    cited.add(item.sourceId());
                }
            }
        }
        return cited;
    }
}
