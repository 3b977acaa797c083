package org.supplywatch.query;

import java.util.List;

import org.supplywatch.query.TraversalOptions.AppliedFilters;

/** The records traversals return: small, flat, and carrying their evidence. Controllers return these, never entities. */
public final class TraceResults {

    private TraceResults() {
    }

    /** A node as a reader sees it: stable id and name. */
    public record NamedRef(String id, String name) {
    }

    /** One source's support for a fact: which source, the quoted passage, and what kind of statement it is. */
    public record EvidenceItem(String sourceId, String passage, String statementKind) {
    }

    /** One hop of a path, read in the relationship's own direction, with the kind of link it is. */
    public record Hop(NamedRef from, String type, String kind, NamedRef to, String statementKind, List<EvidenceItem> evidence,
            String validFrom, String validTo) {
    }

    /** A designation at the end of a path: the official act, its dates, citation, the list's scope wording. */
    public record DesignationView(String id, NamedRef list, String statementKind, String announced, String effective,
            String removed, boolean current, boolean disputed, String legalCitation, String scope, boolean scopeReachesSubsidiaries,
            String reason, String note,
            List<EvidenceItem> evidence) {
    }

    /** A cited source, for the reader to follow up. */
    public record SourceView(String id, String title, String publisher, String published, String url) {
    }

    /**
     * One path from a start entity up to a designated entity. {@code pathKind} is the weakest link
     * on it: supply, manufacturing, brand or ownership.
     */
    public record TracePath(NamedRef start, NamedRef designatedEntity, String pathKind, List<Hop> hops,
            DesignationView designation, List<SourceView> sources) {
    }

    /** The answer to a trace request, with the filters it ran under. */
    public record TraceReport(String from, String list, AppliedFilters filters, int count, List<TracePath> paths) {
    }
}
