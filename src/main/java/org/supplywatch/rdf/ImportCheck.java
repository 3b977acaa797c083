package org.supplywatch.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.rdf.ImportRows.NodeRow;
import org.supplywatch.rdf.ImportRows.RelationshipRow;

/**
 * Checks an import's rows against the graph and the SHACL shapes, a batch at a time, as the
 * translator hands them over, and keeps the rows on disk for the writes that follow only if the
 * whole file passes. A batch is validated as RDF together with what its rows point at: the graph's
 * own description of nodes it already holds, and the type of nodes the file describes in another
 * batch (enough for the constraints on relationships; their own shapes are checked in their batch).
 */
final class ImportCheck implements AutoCloseable {

    private final RdfTranslator translator;
    private final OntologyModel ontology;
    private final RdfShapes shapes;
    private final GraphToRdf mapping;
    private final RdfExporter exporter;
    private final GraphReader reader;
    private final int batchSize;
    private final RowSpill<NodeRow> nodes = new RowSpill<>("nodes");
    private final RowSpill<RelationshipRow> relationships = new RowSpill<>("relationships");
    private final List<NodeRow> nodeBatch = new ArrayList<>();
    private final List<RelationshipRow> relationshipBatch = new ArrayList<>();
    private final Map<String, NodeLabel> endKinds = new HashMap<>();
    private final ProblemList conflicts = new ProblemList();
    private final ProblemList violations = new ProblemList();

    ImportCheck(RdfTranslator translator, OntologyModel ontology, RdfShapes shapes, GraphToRdf mapping, RdfExporter exporter,
            GraphReader reader, int batchSize) {
        this.translator = translator;
        this.ontology = ontology;
        this.shapes = shapes;
        this.mapping = mapping;
        this.exporter = exporter;
        this.reader = reader;
        this.batchSize = batchSize;
    }

    void add(RdfTranslator.Description description) {
        nodeBatch.addAll(description.nodes());
        relationshipBatch.addAll(description.relationships());
        endKinds.putAll(description.endKinds());
        if (nodeBatch.size() + relationshipBatch.size() >= batchSize) {
            checkBatch();
        }
    }

    void add(NodeRow node) {
        nodeBatch.add(node);
    }

    /** Checks what is left; call once the translator is done. */
    void finish() {
        if (!nodeBatch.isEmpty() || !relationshipBatch.isEmpty()) {
            checkBatch();
        }
    }

    /** Nodes or relationships that contradict the graph or point at nothing. */
    ProblemList conflicts() {
        return conflicts;
    }

    /** Shape violations. */
    ProblemList violations() {
        return violations;
    }

    RowSpill<NodeRow> nodes() {
        return nodes;
    }

    RowSpill<RelationshipRow> relationships() {
        return relationships;
    }

    @Override
    public void close() {
        nodes.close();
        relationships.close();
    }

    private void checkBatch() {
        Set<String> nodeIds = new HashSet<>();
        nodeBatch.forEach(node -> nodeIds.add(node.id()));
        Set<String> ends = new LinkedHashSet<>();
        relationshipBatch.forEach(row -> {
            ends.add(row.from());
            ends.add(row.to());
        });
        Set<String> cited = new LinkedHashSet<>();
        nodeBatch.forEach(node -> cited.addAll(strings(node.properties().get("sourceIds"))));
        relationshipBatch.forEach(row -> cited.addAll(strings(row.properties().get("sourceIds"))));
        ends.removeAll(nodeIds);
        cited.removeAll(nodeIds);

        Map<String, NodeLabel> inFile = new HashMap<>();
        for (String id : union(ends, cited)) {
            Optional.ofNullable(endKinds.get(id)).or(() -> translator.fileKind(id)).ifPresent(kind -> inFile.put(id, kind));
        }
        Set<String> lookedUp = new LinkedHashSet<>(nodeIds);
        lookedUp.addAll(ends);
        lookedUp.removeAll(inFile.keySet());
        Map<String, NodeLabel> existing = existingKinds(lookedUp);

        checkAgainstGraph(existing, inFile.keySet());
        validate(ends, cited, inFile, existing);

        nodeBatch.forEach(nodes::append);
        relationshipBatch.forEach(relationships::append);
        nodeBatch.clear();
        relationshipBatch.clear();
        endKinds.clear();
    }

    private void checkAgainstGraph(Map<String, NodeLabel> existing, Set<String> inFile) {
        for (NodeRow node : nodeBatch) {
            NodeLabel before = existing.get(node.id());
            if (before != null && before != node.label()) {
                conflicts.add(new RdfProblem("<" + Vocabulary.ID + node.id() + ">", "is a " + node.label().label()
                        + " in the file but a " + before.label() + " in the graph"));
            }
        }
        Set<String> inBatch = new HashSet<>();
        nodeBatch.forEach(node -> inBatch.add(node.id()));
        for (RelationshipRow relationship : relationshipBatch) {
            for (String end : List.of(relationship.from(), relationship.to())) {
                if (!inBatch.contains(end) && !inFile.contains(end) && !existing.containsKey(end)) {
                    conflicts.add(new RdfProblem("<" + Vocabulary.ID + end + ">", "is used by a " + relationship.type().name()
                            + " relationship but is neither described in the file nor in the graph"));
                }
            }
        }
    }

    /** The batch as RDF, with the context its relationships and evidence point at, against the shapes. */
    private void validate(Set<String> ends, Set<String> cited, Map<String, NodeLabel> inFile, Map<String, NodeLabel> existing) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(graph);
        nodeBatch.forEach(node -> mapping.node(node.id(), node.label(), node.properties(), sink));
        relationshipBatch.forEach(row -> mapping.relationship(row.from(), row.type(), row.to(), row.properties(), false, sink));
        Set<Node> typeOnly = new HashSet<>();
        inFile.forEach((id, kind) -> {
            Node iri = Vocabulary.entity(id);
            graph.add(Triple.create(iri, RDF.type.asNode(), ontology.classOf(kind)));
            typeOnly.add(iri);
        });
        Set<String> described = new LinkedHashSet<>(ends);
        described.retainAll(existing.keySet());
        Set<String> citedFromGraph = new LinkedHashSet<>(cited);
        citedFromGraph.removeAll(inFile.keySet());
        exporter.describe(described, citedFromGraph, sink);
        shapes.validate(graph, typeOnly).forEach(violation -> violations.add(new RdfProblem("focus node " + violation.focusNode()
                + ", path " + violation.path() + ", shape " + violation.shape(), violation.message())));
    }

    private Map<String, NodeLabel> existingKinds(Set<String> ids) {
        Map<String, NodeLabel> kinds = new HashMap<>();
        if (!ids.isEmpty()) {
            reader.list("queries/rdf-nodes", Map.of("ids", List.copyOf(ids)), row -> row).forEach(row -> kinds.put(row.get("id").asString(),
                    NodeLabel.fromLabel(row.get("label").asString("")).orElse(NodeLabel.RESOURCE)));
        }
        return kinds;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new LinkedHashSet<>(first);
        union.addAll(second);
        return union;
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
