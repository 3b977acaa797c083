package org.supplywatch.query;

import java.util.List;

import org.supplywatch.query.TraceResults.TracePath;
import org.supplywatch.query.TraversalOptions.AppliedFilters;

/**
 * One page of the exposure report for a list: each path from an exposed brand, company or
 * product to one of the list's designees. {@code hasMore} says whether the next page has rows.
 */
public record ExposureReport(String list, String kind, AppliedFilters filters, int page, int size, boolean hasMore, int count,
        List<TracePath> paths) {
}
