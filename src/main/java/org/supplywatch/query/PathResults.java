package org.supplywatch.query;

import java.util.List;

import org.supplywatch.query.TraceResults.EvidenceItem;
import org.supplywatch.query.TraceResults.Hop;
import org.supplywatch.query.TraversalOptions.AppliedFilters;

/** Paths between entities and neighbourhoods shaped for drawing. */
public final class PathResults {

    private PathResults() {
    }

    /** A node on a path or in a neighbourhood. */
    public record GraphNode(String id, String name, String kind, Integer distance, Boolean designated) {
    }

    /** One path: its nodes in order and its hops, each with evidence. */
    public record Path(int length, String pathKind, List<GraphNode> nodes, List<Hop> hops) {
    }

    /** Shortest paths between two entities. */
    public record PathReport(String from, String to, int k, AppliedFilters filters, int count, List<Path> paths) {
    }

    /** An edge for drawing: endpoints, type, kind of link, statement kind and evidence. */
    public record Edge(String from, String to, String type, String kind, String statementKind, List<EvidenceItem> evidence,
            String validFrom, String validTo) {
    }

    /** An entity and its surroundings: nodes (with distance and whether designated) and the edges among them. */
    public record Neighbourhood(String center, AppliedFilters filters, List<GraphNode> nodes, List<Edge> edges) {
    }
}
