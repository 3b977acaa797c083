package org.supplywatch.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.ResourceId;

/**
 * Collects nodes and relationships from all seed files, and every problem on the way.
 * References are checked at the end, once every file has been read, so files can refer to
 * one another in any order.
 */
final class SeedGraphBuilder {

    private final Map<String, NodeLabel> labels = new LinkedHashMap<>();
    private final List<Map<String, Object>> nodes = new ArrayList<>();
    private final Map<String, RelationshipAccumulator> relationships = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<SeedProblem> problems;

    SeedGraphBuilder(List<SeedProblem> problems) {
        this.problems = problems;
    }

    void problem(SeedRow row, String field, String message) {
        problems.add(row.problem(field, message));
    }

    /** Adds a node unless its id is malformed or already taken. */
    boolean node(SeedRow row, String idField, NodeLabel label, Map<String, Object> properties) {
        String id = row.text(idField);
        if (!ResourceId.isWellFormed(id)) {
            problem(row, idField, "'" + id + "' is not a well-formed id (kind/slug, e.g. company/dahua-technology)");
            return false;
        }
        if (labels.containsKey(id)) {
            problem(row, idField, "duplicate id '" + id + "'");
            return false;
        }
        labels.put(id, label);
        Map<String, Object> withId = new LinkedHashMap<>(properties);
        withId.put("id", id);
        withId.values().removeIf(SeedGraphBuilder::isEmpty);
        nodes.add(Map.of("id", id, "label", label.label(), "properties", withId));
        return true;
    }

    /** Adds evidence for a relationship; rows stating the same (from, type, to) become one relationship. */
    void relationship(SeedRow row, String fromField, String from, RelationshipType type, String toField, String to,
            Evidence evidence, Map<String, Object> properties) {
        references.add(new Reference(row, fromField, from, type.from()));
        references.add(new Reference(row, toField, to, type.to()));
        relationships.computeIfAbsent(from + " " + type + " " + to, key -> new RelationshipAccumulator(from, type, to))
                .add(row, evidence, properties, problems);
    }

    void reference(SeedRow row, String field, String id, Set<NodeLabel> expected) {
        references.add(new Reference(row, field, id, expected));
    }

    void sourceReference(SeedRow row, String field, String id) {
        reference(row, field, id, EnumSet.of(NodeLabel.SOURCE));
    }

    SeedGraph build() {
        for (Reference reference : references) {
            NodeLabel actual = labels.get(reference.id());
            if (reference.id().isEmpty()) {
                problem(reference.row(), reference.field(), "is required");
            } else if (actual == null) {
                problem(reference.row(), reference.field(), "unknown reference '" + reference.id() + "'");
            } else if (!reference.expected().contains(actual)) {
                problem(reference.row(), reference.field(), "'" + reference.id() + "' is a " + actual.label()
                        + ", expected one of " + reference.expected().stream().map(NodeLabel::label).toList());
            }
        }
        return new SeedGraph(nodes, relationships.values().stream().map(RelationshipAccumulator::toRow).toList());
    }

    static boolean isEmpty(Object value) {
        return value == null || (value instanceof String text && text.isEmpty()) || (value instanceof List<?> list && list.isEmpty());
    }

    private record Reference(SeedRow row, String field, String id, Set<NodeLabel> expected) {
    }
}
