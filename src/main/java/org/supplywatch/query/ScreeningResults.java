package org.supplywatch.query;

import java.util.List;

import org.supplywatch.query.TraversalOptions.AppliedFilters;

/** Screening a list of names: what was asked, and what each row matched. */
public final class ScreeningResults {

    private ScreeningResults() {
    }

    /** One name to screen; {@code line} is its place in the request (CSV line, or 1-based position in JSON). */
    public record ScreeningRow(long line, String name, String country, String reference) {
    }

    /** The JSON body of a screening request. */
    public record ScreeningRequest(List<RowInput> rows) {
    }

    /** One row of a JSON screening request. */
    public record RowInput(String name, String country, String reference) {
    }

    /** What a matched entity is exposed to: a designee it reaches, on which list, in how few hops. */
    public record Exposure(String listId, String listName, String designatedId, String designatedName, int hops) {
    }

    /** A candidate that matched well enough, with the reason and its exposure. */
    public record ScreeningMatch(String id, String name, String kind, String country, double score, String matchedField,
            String matchedValue, String matchType, String note, List<Exposure> exposure) {
    }

    /** One screened row: {@code match}, {@code possible match} (for review) or {@code no match} (nothing guessed). */
    public record ScreenedRow(long line, String reference, String name, String country, String status, List<ScreeningMatch> matches) {
    }

    /** The whole answer, with the thresholds and filters it used. */
    public record ScreeningReport(int rows, double matchThreshold, double reviewThreshold, AppliedFilters filters,
            List<ScreenedRow> results) {
    }
}
