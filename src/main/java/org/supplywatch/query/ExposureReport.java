package org.supplywatch.query;

import java.util.List;

import org.supplywatch.query.TraceResults.TracePath;
import org.supplywatch.query.TraversalOptions.AppliedFilters;

/**
 * One page of the exposure report for a list: {@code size} exposed brands (or companies, products) in order of name,
 * each summed up in {@code exposed} and with every path to one of the list's designees in {@code paths} (at most 100
 * per entity, shortest first). {@code count} is the number of entities on the page; {@code hasMore} says whether the
 * next page has any.
 */
public record ExposureReport(String list, String kind, AppliedFilters filters, int page, int size, boolean hasMore, int count,
        List<Exposed> exposed, List<TracePath> paths) {

    /**
     * An exposed entity on the page.
     *
     * @param fewestHops the fewest hops from it to a designee of the list
     * @param paths      how many of its paths the page lists
     */
    public record Exposed(String id, String name, int fewestHops, int paths) {
    }
}
