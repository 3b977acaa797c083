package org.supplywatch.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Component;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.query.SearchResults.Hit;
import org.supplywatch.query.SearchService;

/**
 * Matches a list entry to an existing entity by its name and alternate names, checking the
 * country. A match at or above {@value #AUTOMATIC} with no country conflict is made
 * automatically; one at or above {@value #REVIEW}, or with a conflicting country, goes to review
 * (the entry is kept on a provisional entity meanwhile); below that a new entity is made.
 * Every decision records its score and reason.
 */
@Component
class EntityResolver {

    static final double AUTOMATIC = 0.95;
    static final double REVIEW = 0.8;
    private static final Set<String> PARTY_KINDS = Set.of("Company", "GovernmentBody", "Ngo", "Publisher", "Person", "ListedParty");
    private static final int BATCH = 200;

    private final GraphReader reader;

    EntityResolver(GraphReader reader) {
        this.reader = reader;
    }

    /** How an entry was resolved; {@code candidate} is the best existing entity, if any came near. */
    record Decision(String status, Hit candidate, double score, String reason) {
    }

    Map<CslEntry, Decision> resolve(List<CslEntry> entries) {
        Map<CslEntry, Decision> decisions = new HashMap<>();
        for (int start = 0; start < entries.size(); start += BATCH) {
            decisions.putAll(resolveBatch(entries.subList(start, Math.min(entries.size(), start + BATCH))));
        }
        return decisions;
    }

    private Map<CslEntry, Decision> resolveBatch(List<CslEntry> entries) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<CslEntry> byRow = new ArrayList<>();
        List<String> namesByRow = new ArrayList<>();
        for (CslEntry entry : entries) {
            List<String> names = new ArrayList<>();
            names.add(entry.name());
            names.addAll(entry.aliases());
            for (String name : names) {
                String lucene = SearchService.luceneQuery(name);
                if (!lucene.isEmpty()) {
                    rows.add(Map.of("index", rows.size(), "luceneQuery", lucene));
                    byRow.add(entry);
                    namesByRow.add(name);
                }
            }
        }
        Map<CslEntry, Hit> best = new HashMap<>();
        Map<CslEntry, String> bestName = new HashMap<>();
        if (!rows.isEmpty()) {
            for (MapAccessor record : reader.list("queries/screen-candidates", Map.of("rows", rows, "candidates", 10), r -> r)) {
                int index = record.get("index").asInt();
                Hit hit = SearchService.hit(namesByRow.get(index), record);
                CslEntry entry = byRow.get(index);
                if (PARTY_KINDS.contains(hit.kind()) && (best.get(entry) == null || hit.score() > best.get(entry).score())) {
                    best.put(entry, hit);
                    bestName.put(entry, namesByRow.get(index));
                }
            }
        }
        Map<CslEntry, Decision> decisions = new HashMap<>();
        for (CslEntry entry : entries) {
            decisions.put(entry, decide(entry, best.get(entry), bestName.get(entry)));
        }
        return decisions;
    }

    private static Decision decide(CslEntry entry, Hit hit, String listedName) {
        if (hit == null || hit.score() < REVIEW) {
            return new Decision("new", null, hit == null ? 0 : hit.score(), "no existing entity scored " + REVIEW + " or more");
        }
        String reason = "listed name '" + listedName + "' ~ " + hit.matchedField() + " '" + hit.matchedValue() + "' ("
                + hit.matchType() + ", score " + hit.score() + ")";
        Set<String> countries = new HashSet<>();
        entry.countries().stream().map(Countries::code).filter(java.util.Objects::nonNull).forEach(countries::add);
        boolean countryConflict = hit.country() != null && !countries.isEmpty() && !countries.contains(hit.country());
        if (countryConflict) {
            return new Decision("pending", hit, hit.score(), reason + "; country differs: list says " + entry.countries()
                    + ", entity is " + hit.country());
        }
        if (hit.score() >= AUTOMATIC) {
            return new Decision("automatic", hit, hit.score(), reason + (countries.isEmpty() || hit.country() == null
                    ? "" : "; same country " + hit.country()));
        }
        return new Decision("pending", hit, hit.score(), reason + "; below " + AUTOMATIC + ", queued for review");
    }
}
