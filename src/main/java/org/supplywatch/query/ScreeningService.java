package org.supplywatch.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Service;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.graph.TraversalKind;
import org.supplywatch.query.ScreeningResults.Exposure;
import org.supplywatch.query.ScreeningResults.ScreenedRow;
import org.supplywatch.query.ScreeningResults.ScreeningMatch;
import org.supplywatch.query.ScreeningResults.ScreeningReport;
import org.supplywatch.query.ScreeningResults.ScreeningRow;
import org.supplywatch.query.SearchResults.Hit;

/**
 * Screens names against the graph: candidates from the full-text index, scored by
 * {@link NameMatcher}; a row is a {@code match} at or above {@value #MATCH}, a {@code possible match}
 * (for review) at or above {@value #REVIEW}, and otherwise {@code no match}, with nothing guessed.
 * Each match comes with its exposure to designated entities.
 */
@Service
public class ScreeningService {

    static final double MATCH = 0.9;
    static final double REVIEW = 0.8;
    private static final int BATCH = 250;
    private static final int CANDIDATES = 10;
    private static final int MATCHES_PER_ROW = 3;
    private static final int EXPOSURES_PER_MATCH = 20;
    /** A different country lowers the score by this factor: same name, other company is common. */
    private static final double OTHER_COUNTRY = 0.9;

    private final GraphReader reader;
    private final QueryProperties properties;
    private final Clock clock;

    public ScreeningService(GraphReader reader, QueryProperties properties, Clock clock) {
        this.reader = reader;
        this.properties = properties;
        this.clock = clock;
    }

    public ScreeningReport screen(List<ScreeningRow> rows, TraversalParams params) {
        TraversalOptions options = TraversalOptions.from(params, TraversalKind.TRACE_ALLOWED, TraversalKind.TRACE_DEFAULT, 0,
                properties, clock);
        List<ScreenedRow> results = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += BATCH) {
            results.addAll(screenBatch(rows.subList(start, Math.min(rows.size(), start + BATCH)), options));
        }
        return new ScreeningReport(rows.size(), MATCH, REVIEW, options.applied(), results);
    }

    private List<ScreenedRow> screenBatch(List<ScreeningRow> rows, TraversalOptions options) {
        List<Map<String, Object>> queries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String lucene = SearchService.luceneQuery(rows.get(i).name());
            if (!lucene.isEmpty()) {
                queries.add(Map.of("index", i, "luceneQuery", lucene));
            }
        }
        Map<Integer, List<ScreeningMatch>> matches = new HashMap<>();
        if (!queries.isEmpty()) {
            for (MapAccessor candidate : reader.list("queries/screen-candidates", Map.of("rows", queries, "candidates", CANDIDATES),
                    record -> record)) {
                int index = candidate.get("index").asInt();
                ScreeningMatch match = score(rows.get(index), candidate);
                if (match.score() >= REVIEW) {
                    matches.computeIfAbsent(index, key -> new ArrayList<>()).add(match);
                }
            }
        }
        Map<String, List<Exposure>> exposure = exposure(matches, options);
        List<ScreenedRow> screened = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ScreeningRow row = rows.get(i);
            List<ScreeningMatch> best = matches.getOrDefault(i, List.of()).stream()
                    .sorted(Comparator.comparingDouble(ScreeningMatch::score).reversed().thenComparing(ScreeningMatch::id))
                    .limit(MATCHES_PER_ROW)
                    .map(match -> withExposure(match, exposure.getOrDefault(match.id(), List.of())))
                    .toList();
            String status = best.isEmpty() ? "no match" : best.getFirst().score() >= MATCH ? "match" : "possible match";
            screened.add(new ScreenedRow(row.line(), row.reference(), row.name(), row.country(), status, best));
        }
        return screened;
    }

    private static ScreeningMatch score(ScreeningRow row, MapAccessor candidate) {
        Hit hit = SearchService.hit(row.name(), candidate);
        double score = hit.score();
        String note = null;
        if (row.country() != null && hit.country() != null && !row.country().equalsIgnoreCase(hit.country())) {
            score = score * OTHER_COUNTRY;
            note = "country differs: " + row.country() + " given, " + hit.country() + " on record";
        }
        return new ScreeningMatch(hit.id(), hit.name(), hit.kind(), hit.country(), Math.round(score * 1000) / 1000.0,
                hit.matchedField(), hit.matchedValue(), hit.matchType(), note, List.of());
    }

    private Map<String, List<Exposure>> exposure(Map<Integer, List<ScreeningMatch>> matches, TraversalOptions options) {
        Set<String> ids = new LinkedHashSet<>();
        matches.values().forEach(list -> list.forEach(match -> ids.add(match.id())));
        Map<String, List<Exposure>> exposure = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return exposure;
        }
        Map<String, Object> parameters = options.cypherParameters();
        parameters.put("ids", List.copyOf(ids));
        parameters.put("limit", EXPOSURES_PER_MATCH);
        for (MapAccessor row : reader.list("queries/exposure-summary", parameters, record -> record)) {
            exposure.put(row.get("id").asString(), row.get("exposures").asList(value -> new Exposure(
                    value.get("listId").asString(), value.get("listName").asString(), value.get("designatedId").asString(),
                    value.get("designatedName").asString(), value.get("hops").asInt())));
        }
        return exposure;
    }

    private static ScreeningMatch withExposure(ScreeningMatch match, List<Exposure> exposure) {
        return new ScreeningMatch(match.id(), match.name(), match.kind(), match.country(), match.score(), match.matchedField(),
                match.matchedValue(), match.matchType(), match.note(), exposure);
    }
}
