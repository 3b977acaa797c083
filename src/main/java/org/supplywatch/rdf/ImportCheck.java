package org.supplywatch.rdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
 * The translator's thread only gathers a batch and what the staged file says of its ends (the
 * staging store and the translator's caches are read by that thread alone); the checks against the graph and the
 * shapes run on a thread of their own ("rdf-import-check"), one batch at a time and in order, at
 * most {@value #BATCHES_IN_FLIGHT} batches behind, so translation and checking use both cores
 * (checking was a third of the translation phase, on one core).
 */
final class ImportCheck implements AutoCloseable {

    static final int BATCHES_IN_FLIGHT = 2;
    private static final AtomicInteger THREADS = new AtomicInteger();

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
    /** Touched by the checking thread only until {@link #finish} has waited for it. */
    private final ProblemList conflicts = new ProblemList();
    private final ProblemList violations = new ProblemList();
    private final ExecutorService checker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "rdf-import-check-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Future<?>> inFlight = new ArrayDeque<>();

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

    /** Checks what is left and waits for every check; call once the translator is done, before reading the results. */
    void finish() {
        if (!nodeBatch.isEmpty() || !relationshipBatch.isEmpty()) {
            checkBatch();
        }
        while (!inFlight.isEmpty()) {
            await(inFlight.removeFirst());
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
        checker.shutdownNow();
        try {
            // A check still running writes to the spill files; let it stop before they go.
            checker.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            nodes.close();
            relationships.close();
        }
    }

    /** Gathers the batch and its ends' kinds in the file on this thread, and hands the rest to the checking thread. */
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
        Batch batch = new Batch(List.copyOf(nodeBatch), List.copyOf(relationshipBatch));
        nodeBatch.clear();
        relationshipBatch.clear();
        endKinds.clear();

        inFlight.addLast(checker.submit(() -> {
            Map<String, NodeLabel> existing = existingKinds(lookedUp);
            checkAgainstGraph(batch, existing, inFile.keySet());
            validate(batch, ends, cited, inFile, existing);
            batch.nodes().forEach(nodes::append);
            batch.relationships().forEach(relationships::append);
        }));
        if (inFlight.size() > BATCHES_IN_FLIGHT) {
            await(inFlight.removeFirst());
        }
    }

    /** Waits for a check, failing as it failed. */
    private static void await(Future<?> check) {
        try {
            check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the import's rows were checked", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One batch's rows, as handed to the checking thread. */
    private record Batch(List<NodeRow> nodes, List<RelationshipRow> relationships) {
    }

    private void checkAgainstGraph(Batch batch, Map<String, NodeLabel> existing, Set<String> inFile) {
        for (NodeRow node : batch.nodes()) {
            NodeLabel before = existing.get(node.id());
            if (before != null && before != node.label()) {
                conflicts.add(new RdfProblem("<" + Vocabulary.ID + node.id() + ">", "is a " + node.label().label()
                        + " in the file but a " + before.label() + " in the graph"));
            }
        }
        Set<String> inBatch = new HashSet<>();
        batch.nodes().forEach(node -> inBatch.add(node.id()));
        for (RelationshipRow relationship : batch.relationships()) {
            for (String end : List.of(relationship.from(), relationship.to())) {
                if (!inBatch.contains(end) && !inFile.contains(end) && !existing.containsKey(end)) {
                    conflicts.add(new RdfProblem("<" + Vocabulary.ID + end + ">", "is used by a " + relationship.type().name()
                            + " relationship but is neither described in the file nor in the graph"));
                }
            }
        }
    }

    /** The batch as RDF, with the context its relationships and evidence point at, against the shapes. */
    private void validate(Batch batch, Set<String> ends, Set<String> cited, Map<String, NodeLabel> inFile,
            Map<String, NodeLabel> existing) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(graph);
        EvidenceNodes evidence = EvidenceNodes.forGraphs();
        batch.nodes().forEach(node -> mapping.node(node.id(), node.label(), node.properties(), evidence, sink));
        batch.relationships().forEach(row -> mapping.relationship(row.from(), row.type(), row.to(), row.properties(), false,
                evidence, sink));
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
        exporter.describe(described, citedFromGraph, evidence, sink);
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
