package org.supplywatch.query;

import java.util.List;
import java.util.Map;

import org.supplywatch.query.TraceResults.DesignationView;
import org.supplywatch.query.TraceResults.EvidenceItem;
import org.supplywatch.query.TraceResults.NamedRef;
import org.supplywatch.query.TraceResults.SourceView;

/**
 * Everything about one node: its properties, every relationship in and out with its evidence,
 * its designations (current and past), the findings about it with their denials, and the sources.
 */
public record EntityCard(String id, List<String> kinds, Map<String, Object> properties, List<Link> outgoing,
        List<Link> incoming, List<DesignationView> designations, List<FindingView> findings, List<SourceView> sources) {

    /** A relationship seen from the card's entity: its type, the node at the other end, and its evidence. */
    public record Link(String type, String kind, NamedRef other, String otherKind, String statementKind,
            List<EvidenceItem> evidence, String validFrom, String validTo, Double share, List<String> notes) {
    }

    /** A finding about the entity, who found it, and the denials on record against it. */
    public record FindingView(String id, String summary, String statementKind, String date, List<NamedRef> foundBy,
            List<EvidenceItem> evidence, List<DenialView> denials) {
    }

    /** A denial: a statement of its own, by whom, with its evidence. */
    public record DenialView(String id, String summary, List<String> by, List<EvidenceItem> evidence) {
    }
}
