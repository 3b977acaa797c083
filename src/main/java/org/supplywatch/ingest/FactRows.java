package org.supplywatch.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/**
 * Shared steps of the fact files (designations, findings, denials, contracts, claims): the fact
 * becomes a node carrying its evidence, and each link from it carries the same evidence.
 */
final class FactRows {

    private FactRows() {
    }

    static boolean node(SeedRow row, SeedGraphBuilder graph, NodeLabel label, Evidence evidence, Map<String, Object> properties) {
        if (evidence == null) {
            return false;
        }
        Map<String, Object> withEvidence = new LinkedHashMap<>(properties);
        withEvidence.put("statementKind", evidence.kind().value());
        withEvidence.put("sourceIds", List.of(evidence.sourceId()));
        withEvidence.put("passages", List.of(evidence.passage()));
        return graph.node(row, "id", label, withEvidence);
    }

    static void link(SeedRow row, SeedGraphBuilder graph, RelationshipType type, String toField, Evidence evidence) {
        link(row, graph, type, toField, row.text(toField), evidence);
    }

    static void link(SeedRow row, SeedGraphBuilder graph, RelationshipType type, String toField, String to, Evidence evidence) {
        graph.relationship(row, "id", row.text("id"), type, toField, to, evidence, Map.of());
    }

    static void linkEach(SeedRow row, SeedGraphBuilder graph, RelationshipType type, String toField, Evidence evidence) {
        for (String to : row.list(toField)) {
            link(row, graph, type, toField, to, evidence);
        }
    }

    static void requireText(SeedRow row, SeedGraphBuilder graph, String... fields) {
        for (String field : fields) {
            if (row.text(field).isEmpty()) {
                graph.problem(row, field, "is required");
            }
        }
    }
}
