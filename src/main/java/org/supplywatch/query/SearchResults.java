package org.supplywatch.query;

import java.util.List;

/** Search and screening answers. */
public final class SearchResults {

    private SearchResults() {
    }

    /**
     * One entity found for a query, with why: which field matched ({@code name}, {@code alias},
     * {@code formerName}, {@code chineseName}), the value that matched and how.
     */
    public record Hit(String id, String name, String kind, String country, boolean designated, double score,
            String matchedField, String matchedValue, String matchType) {
    }

    /** The hits for a query, best first. */
    public record SearchReport(String query, String kind, int count, List<Hit> hits) {
    }
}
