package org.supplywatch.ingest;

import java.util.List;
import java.util.Map;

/** The validated seed graph, ready to write: node rows and relationship rows in the shape the ingest Cypher takes. */
record SeedGraph(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {

    SeedGraph {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }
}
