package org.supplywatch.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Service;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.query.SearchResults.Hit;
import org.supplywatch.query.SearchResults.SearchReport;

/**
 * Search by name over Neo4j's full-text index: the index finds candidates (typos and word order
 * tolerated), then {@link NameMatcher} ranks them and says which name matched and how.
 */
@Service
public class SearchService {

    private static final int MAX_QUERY_LENGTH = 300;
    private static final int CANDIDATES_PER_HIT = 5;

    private final GraphReader reader;
    private final QueryProperties properties;

    public SearchService(GraphReader reader, QueryProperties properties) {
        this.reader = reader;
        this.properties = properties;
    }

    public SearchReport search(String query, String kind, Integer limit) {
        if (query == null || query.isBlank()) {
            throw new InvalidParameterException("q", "is required: the name to look for");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        if (kind != null && NodeLabel.fromLabel(kind).filter(NodeLabel::isNamedEntity).isEmpty()) {
            throw new InvalidParameterException("kind", "must be one of " + java.util.Arrays.stream(NodeLabel.values())
                    .filter(NodeLabel::isNamedEntity).map(NodeLabel::label).toList() + ", was '" + kind + "'");
        }
        int rows = limit == null ? 10 : limit;
        if (rows < 1 || rows > properties.maxLimit()) {
            throw new InvalidParameterException("limit", "must be between 1 and " + properties.maxLimit() + ", was " + rows);
        }
        List<Hit> hits = candidates(query, kind, rows * CANDIDATES_PER_HIT).stream()
                .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::id))
                .limit(rows)
                .toList();
        return new SearchReport(query, kind, hits.size(), hits);
    }

    /** Candidates for one name, each scored by its best-matching name; empty when no word is searchable. */
    List<Hit> candidates(String query, String kind, int candidates) {
        String lucene = luceneQuery(query);
        if (lucene.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("luceneQuery", lucene);
        parameters.put("kind", kind);
        parameters.put("candidates", candidates);
        parameters.put("limit", candidates);
        return reader.list("queries/search-entities", parameters, row -> hit(query, row));
    }

    /** Each word exact (boosted), as a prefix, and with a typo allowance when long enough; any order. */
    public static String luceneQuery(String query) {
        return NameMatcher.words(query).stream()
                .limit(20)
                .map(word -> word.length() >= 4
                        ? "(" + word + "^3 OR " + word + "* OR " + word + "~)"
                        : "(" + word + "^3 OR " + word + "*)")
                .collect(Collectors.joining(" OR "));
    }

    public static Hit hit(String query, MapAccessor row) {
        List<String[]> names = new ArrayList<>();
        names.add(new String[] {"name", TraceRecordMapper.text(row.get("name"))});
        TraceRecordMapper.strings(row.get("aliases")).forEach(alias -> names.add(new String[] {"alias", alias}));
        TraceRecordMapper.strings(row.get("formerNames")).forEach(former -> names.add(new String[] {"formerName", former}));
        String chinese = TraceRecordMapper.text(row.get("chineseName"));
        if (chinese != null) {
            names.add(new String[] {"chineseName", chinese});
        }
        String[] bestName = names.getFirst();
        NameMatcher.Match best = NameMatcher.match(query, bestName[1]);
        for (String[] name : names) {
            NameMatcher.Match match = NameMatcher.match(query, name[1]);
            if (match.score() > best.score()) {
                best = match;
                bestName = name;
            }
        }
        return new Hit(TraceRecordMapper.text(row.get("id")), TraceRecordMapper.text(row.get("name")),
                TraceRecordMapper.text(row.get("kind")), TraceRecordMapper.text(row.get("country")),
                row.get("designated").asBoolean(), Math.round(best.score() * 1000) / 1000.0, bestName[0], bestName[1],
                best.matchType());
    }
}
