package org.supplywatch.rdf;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Part of the graph to export: nodes by id and relationships by (from, type, to). Endpoints of the edges come along. */
public final class RdfSelection {

    private final Set<String> nodeIds = new LinkedHashSet<>();
    private final Set<Edge> edges = new LinkedHashSet<>();

    public RdfSelection node(String id) {
        if (id != null) {
            nodeIds.add(id);
        }
        return this;
    }

    public RdfSelection edge(String from, String type, String to) {
        edges.add(new Edge(from, type, to));
        nodeIds.add(from);
        nodeIds.add(to);
        return this;
    }

    Set<String> nodeIds() {
        return nodeIds;
    }

    Set<Edge> edges() {
        return edges;
    }

    /** One relationship, named by its ends and type. */
    record Edge(String from, String type, String to) {
        Map<String, Object> asParameter() {
            return Map.of("from", from, "type", type, "to", to);
        }
    }
}
