package org.supplywatch.query;

import java.util.List;

/** The records a trace returns: small, flat, and carrying their evidence. Controllers return these, never entities. */
public final class TraceResults {

    private TraceResults() {
    }

    /** A node as a reader sees it: stable id and name. */
    public record NamedRef(String id, String name) {
    }

    /** One source's support for a fact: which source, the quoted passage, and what kind of statement it is. */
    public record EvidenceItem(String sourceId, String passage, String statementKind) {
    }

    /** One hop of a path, read in the relationship's own direction. */
    public record Hop(NamedRef from, String type, NamedRef to, String statementKind, List<EvidenceItem> evidence,
            String validFrom, String validTo) {
    }

    /** A designation at the end of a path: the official act, its dates, citation and the list's scope wording. */
    public record DesignationView(String id, NamedRef list, String statementKind, String announced, String effective,
            String removed, boolean current, String legalCitation, String scope, String reason, String note,
            List<EvidenceItem> evidence) {
    }

    /** A cited source, for the reader to follow up. */
    public record SourceView(String id, String title, String publisher, String published, String url) {
    }

    /** One path from a brand up to a designated entity. */
    public record BrandTrace(NamedRef brand, NamedRef designatedEntity, List<Hop> hops, DesignationView designation,
            List<SourceView> sources) {
    }

    /** The answer to a trace request, with the bounds it ran under. */
    public record BrandTraceReport(String brand, String list, int maxHops, int limit, int count, List<BrandTrace> paths) {
    }
}
