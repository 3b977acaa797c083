package org.supplywatch.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.supplywatch.config.RdfProperties;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.cypher.GraphWriter;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.rdf.ImportRows.NodeRow;
import org.supplywatch.rdf.ImportRows.RelationshipRow;
import org.supplywatch.rdf.RdfTranslator.ImportSource;
import org.supplywatch.rdf.RdfTranslator.Translation;

/**
 * Imports an RDF file: parse it whole, translate it to rows, check it against the graph and the
 * SHACL shapes, and only then write, in batches, each row merged with what the graph holds.
 * A refused file writes nothing; the same file twice changes nothing.
 */
@Service
public class RdfImporter {

    private static final int LISTED_UNMAPPED = 100;

    private final OntologyModel ontology;
    private final RdfShapes shapes;
    private final GraphToRdf mapping;
    private final RdfExporter exporter;
    private final GraphReader reader;
    private final GraphWriter writer;
    private final RdfImportRuns runs;
    private final RdfProperties properties;

    public RdfImporter(OntologyModel ontology, RdfShapes shapes, GraphToRdf mapping, RdfExporter exporter, GraphReader reader,
            GraphWriter writer, RdfImportRuns runs, RdfProperties properties) {
        this.ontology = ontology;
        this.shapes = shapes;
        this.mapping = mapping;
        this.exporter = exporter;
        this.reader = reader;
        this.writer = writer;
        this.runs = runs;
        this.properties = properties;
    }

    public RdfImportReport importFile(String name, InputStreamSource input, RdfFormat format) {
        RdfImportRuns.Run run = runs.start(name);
        try {
            RdfImportReport report = importRun(run, name, input, format);
            run.finish("imported: " + report.nodesAdded() + " nodes and " + report.relationshipsAdded()
                    + " relationships added, " + report.unmappedTriples() + " triples unmapped");
            return report;
        } catch (RdfRejectedException e) {
            run.finish("refused, nothing written: " + e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            run.finish("failed: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    private RdfImportReport importRun(RdfImportRuns.Run run, String name, InputStreamSource input, RdfFormat format) {
        MessageDigest digest = sha256();
        DatasetGraph dataset;
        try (InputStream in = new DigestInputStream(input.getInputStream(), digest)) {
            dataset = RdfReader.read(name, in, format, properties.maxImportTriples(), run::triplesRead);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        ImportSource source = new ImportSource("source/rdf-import-" + hash.substring(0, 16), "RDF import: " + name,
                "Imported as " + format.parameter() + "; SHA-256 " + hash);
        run.phase("translating");
        Translation translation = RdfTranslator.translate(dataset, ontology, source);
        refuseIf(translation.problems(), name + " cannot be imported");
        ImportRows rows = translation.rows();

        run.phase("checking against the graph");
        Map<String, NodeLabel> existingKinds = existingKinds(rows);
        List<RdfProblem> problems = new ArrayList<>(conflicts(rows, existingKinds));
        refuseIf(problems, name + " contradicts the graph");

        run.phase("validating against the SHACL shapes");
        List<RdfProblem> violations = shapes.validate(validationGraph(rows, existingKinds.keySet())).stream()
                .map(violation -> new RdfProblem("focus node " + violation.focusNode() + ", path " + violation.path()
                        + ", shape " + violation.shape(), violation.message()))
                .toList();
        refuseIf(violations, name + " does not conform to the Supplywatch shapes");

        Counts counts = write(run, source.id(), rows);
        Map<String, Long> unmapped = translation.unmapped().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(LISTED_UNMAPPED)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        long unmappedTotal = translation.unmapped().values().stream().mapToLong(Long::longValue).sum();
        return new RdfImportReport(run.id(), name, format.parameter(), translation.triples(), translation.mapped(),
                counts.nodesAdded, counts.nodesChanged, counts.nodesUnchanged, counts.relationshipsAdded,
                counts.relationshipsChanged, counts.relationshipsUnchanged,
                rows.nodes.containsKey(source.id()) ? source.id() : null, unmappedTotal, unmapped);
    }

    private Map<String, NodeLabel> existingKinds(ImportRows rows) {
        Set<String> ids = new LinkedHashSet<>(rows.nodes.keySet());
        rows.relationships.values().forEach(row -> {
            ids.add(row.from());
            ids.add(row.to());
        });
        Map<String, NodeLabel> kinds = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int start = 0; start < all.size(); start += properties.importBatch()) {
            List<String> batch = all.subList(start, Math.min(all.size(), start + properties.importBatch()));
            reader.list("queries/rdf-nodes", Map.of("ids", batch), row -> row).forEach(row -> kinds.put(row.get("id").asString(),
                    NodeLabel.fromLabel(row.get("label").asString("")).orElse(NodeLabel.RESOURCE)));
        }
        return kinds;
    }

    private static List<RdfProblem> conflicts(ImportRows rows, Map<String, NodeLabel> existingKinds) {
        List<RdfProblem> problems = new ArrayList<>();
        for (NodeRow node : rows.nodes.values()) {
            NodeLabel existing = existingKinds.get(node.id());
            if (existing != null && existing != node.label()) {
                problems.add(new RdfProblem("<" + Vocabulary.ID + node.id() + ">", "is a " + node.label().label()
                        + " in the file but a " + existing.label() + " in the graph"));
            }
        }
        for (RelationshipRow relationship : rows.relationships.values()) {
            for (String end : List.of(relationship.from(), relationship.to())) {
                if (!rows.nodes.containsKey(end) && !existingKinds.containsKey(end)) {
                    problems.add(new RdfProblem("<" + Vocabulary.ID + end + ">", "is used by a " + relationship.type().name()
                            + " relationship but is neither described in the file nor in the graph"));
                }
            }
        }
        return problems;
    }

    /** The rows as RDF, with the graph's own description of the nodes they point at but do not describe. */
    private Graph validationGraph(ImportRows rows, Set<String> existing) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF sink = StreamRDFLib.graph(graph);
        rows.nodes.values().forEach(node -> mapping.node(node.id(), node.label(), node.properties(), sink));
        rows.relationships.values().forEach(row -> mapping.relationship(row.from(), row.type(), row.to(), row.properties(), false, sink));
        Set<String> described = new LinkedHashSet<>(existing);
        described.removeAll(rows.nodes.keySet());
        Set<String> cited = new LinkedHashSet<>();
        rows.nodes.values().forEach(node -> cited.addAll(strings(node.properties().get("sourceIds"))));
        rows.relationships.values().forEach(row -> cited.addAll(strings(row.properties().get("sourceIds"))));
        cited.removeAll(rows.nodes.keySet());
        exporter.describe(described, cited, sink);
        return graph;
    }

    /**
     * Writes the rows in batches, one transaction each. Every batch but the last also records the
     * run's progress (ingest/record-import-progress) in its own transaction; the last removes the
     * record (ingest/forget-finished-import). A crash between batches so leaves a record of the
     * unfinished import in the graph, and importing the same file again completes it.
     */
    private Counts write(RdfImportRuns.Run run, String sourceId, ImportRows rows) {
        Counts counts = new Counts();
        List<NodeRow> nodes = rows.nodeList();
        List<RelationshipRow> relationships = rows.relationshipList();
        long total = nodes.size() + (long) relationships.size();
        run.writing(total);
        int batchSize = properties.importBatch();
        long written = 0;
        for (int start = 0; start < nodes.size(); start += batchSize) {
            List<NodeRow> batch = nodes.subList(start, Math.min(nodes.size(), start + batchSize));
            long after = written + batch.size();
            writer.inOneTransaction(tx -> {
                writeNodes(tx, batch, counts);
                recordProgress(tx, run, sourceId, total, after);
            });
            written = after;
            run.written(written);
        }
        for (int start = 0; start < relationships.size(); start += batchSize) {
            List<RelationshipRow> batch = relationships.subList(start, Math.min(relationships.size(), start + batchSize));
            long after = written + batch.size();
            writer.inOneTransaction(tx -> {
                writeRelationships(tx, batch, counts);
                recordProgress(tx, run, sourceId, total, after);
            });
            written = after;
            run.written(written);
        }
        return counts;
    }

    private static void recordProgress(GraphWriter.Batch tx, RdfImportRuns.Run run, String sourceId, long total, long written) {
        if (written < total) {
            tx.run("ingest/record-import-progress", Map.of("run", Map.of("id", RdfImportRuns.RUN_PREFIX + run.id(), "name", run.name(),
                    "sourceId", sourceId, "rowsToWrite", total, "rowsWritten", written,
                    "startedAt", run.startedAt().atZone(java.time.ZoneOffset.UTC))));
        } else {
            tx.run("ingest/forget-finished-import", Map.of("sourceId", sourceId, "runId", RdfImportRuns.RUN_PREFIX + run.id()));
        }
    }

    private void writeNodes(GraphWriter.Batch tx, List<NodeRow> batch, Counts counts) {
        Map<String, Map<String, Object>> existing = new HashMap<>();
        tx.read("queries/rdf-nodes", Map.of("ids", batch.stream().map(NodeRow::id).toList()))
                .forEach(row -> existing.put((String) row.get("id"), properties(row.get("properties"))));
        List<Map<String, Object>> changed = new ArrayList<>();
        for (NodeRow node : batch) {
            Map<String, Object> before = existing.get(node.id());
            Map<String, Object> incoming = new LinkedHashMap<>(node.properties());
            incoming.put("id", node.id());
            Map<String, Object> after = before == null ? incoming : EvidenceMerge.merge(before, incoming, ontology::isList);
            if (before == null) {
                counts.nodesAdded++;
            } else if (same(before, after)) {
                counts.nodesUnchanged++;
                continue;
            } else {
                counts.nodesChanged++;
            }
            changed.add(new NodeRow(node.id(), node.label(), after).asParameter());
        }
        tx.unwind("ingest/merge-imported-nodes", changed);
    }

    private void writeRelationships(GraphWriter.Batch tx, List<RelationshipRow> batch, Counts counts) {
        Map<ImportRows.Key, Map<String, Object>> existing = new HashMap<>();
        List<Map<String, Object>> edges = batch.stream()
                .map(row -> Map.<String, Object>of("from", row.from(), "type", row.type().name(), "to", row.to())).toList();
        tx.read("queries/rdf-relationships", Map.of("edges", edges)).forEach(row -> existing.put(
                new ImportRows.Key((String) row.get("from"), org.supplywatch.graph.RelationshipType.valueOf((String) row.get("type")),
                        (String) row.get("to")), properties(row.get("properties"))));
        List<Map<String, Object>> changed = new ArrayList<>();
        for (RelationshipRow row : batch) {
            Map<String, Object> before = existing.get(row.key());
            Map<String, Object> after = before == null ? row.properties() : EvidenceMerge.merge(before, row.properties(), ontology::isList);
            if (before == null) {
                counts.relationshipsAdded++;
            } else if (same(before, after)) {
                counts.relationshipsUnchanged++;
                continue;
            } else {
                counts.relationshipsChanged++;
            }
            changed.add(new RelationshipRow(row.from(), row.type(), row.to(), after).asParameter());
        }
        tx.unwind("ingest/merge-relationships", changed);
    }

    private static boolean same(Map<String, Object> before, Map<String, Object> after) {
        if (!before.keySet().equals(after.keySet())) {
            return false;
        }
        return before.entrySet().stream().allMatch(entry -> Objects.equals(normal(entry.getValue()), normal(after.get(entry.getKey()))));
    }

    /** Neo4j hands lists back as lists of its own; compare them as plain lists. */
    private static Object normal(Object value) {
        return value instanceof List<?> list ? List.copyOf(list) : value;
    }

    @SuppressWarnings("unchecked") // the query returns properties(node), a map of property values
    private static Map<String, Object> properties(Object value) {
        return value instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : new LinkedHashMap<>();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static void refuseIf(List<RdfProblem> problems, String summary) {
        if (!problems.isEmpty()) {
            throw new RdfRejectedException(summary + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + "; nothing was written", problems);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Counts {
        long nodesAdded;
        long nodesChanged;
        long nodesUnchanged;
        long relationshipsAdded;
        long relationshipsChanged;
        long relationshipsUnchanged;
    }
}
