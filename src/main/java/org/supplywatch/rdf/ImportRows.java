package org.supplywatch.rdf;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/**
 * What an RDF import writes, in the graph's own terms: node rows and relationship rows. They are
 * serialisable because a large import spills them to disk between validation and writing.
 */
final class ImportRows {

    private ImportRows() {
    }

    /** One node: stable id, kind, properties as Neo4j stores them. */
    record NodeRow(String id, NodeLabel label, Map<String, Object> properties) implements Serializable {

        Map<String, Object> asParameter() {
            Map<String, Object> withId = new HashMap<>(properties);
            withId.put("id", id);
            return Map.of("id", id, "label", label.label(), "properties", withId);
        }
    }

    /** One relationship with its properties and evidence. */
    record RelationshipRow(String from, RelationshipType type, String to, Map<String, Object> properties) implements Serializable {

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
}
