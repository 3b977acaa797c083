package org.supplywatch.rdf;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/** What an RDF import will write, in the graph's own terms: node rows and relationship rows. */
final class ImportRows {

    /** One node: stable id, kind, properties as Neo4j stores them. */
    record NodeRow(String id, NodeLabel label, Map<String, Object> properties) {

        Map<String, Object> asParameter() {
            Map<String, Object> withId = new HashMap<>(properties);
            withId.put("id", id);
            return Map.of("id", id, "label", label.label(), "properties", withId);
        }
    }

    /** One relationship with its properties and evidence. */
    record RelationshipRow(String from, RelationshipType type, String to, Map<String, Object> properties) {

        Key key() {
            return new Key(from, type, to);
        }

        Map<String, Object> asParameter() {
            return Map.of("from", from, "type", type.name(), "to", to, "properties", properties);
        }
    }

    /** At most one relationship per (from, type, to), as in the graph. */
    record Key(String from, RelationshipType type, String to) {
    }

    final Map<String, NodeRow> nodes = new LinkedHashMap<>();
    final Map<Key, RelationshipRow> relationships = new LinkedHashMap<>();

    List<NodeRow> nodeList() {
        return List.copyOf(nodes.values());
    }

    List<RelationshipRow> relationshipList() {
        return List.copyOf(relationships.values());
    }

    int size() {
        return nodes.size() + relationships.size();
    }
}
