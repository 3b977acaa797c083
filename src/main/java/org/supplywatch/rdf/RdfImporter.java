package org.supplywatch.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.supplywatch.config.RdfProperties;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.cypher.GraphWriter;
import org.supplywatch.rdf.ImportRows.NodeRow;
import org.supplywatch.rdf.ImportRows.RelationshipRow;
import org.supplywatch.rdf.RdfTranslator.ImportSource;

/**
 * Imports an RDF file: parse it into a disk-backed staging store (sorted files, {@link StagedRdf}), translate it entity by entity to
 * rows, check every batch of rows against the graph and the SHACL shapes, and only when the whole
 * file passes write the rows, in batches, each merged with what the graph holds. A refused file
 * writes nothing; the same file twice changes nothing; memory stays flat whatever the file's size.
 */
@Service
public class RdfImporter {

    private static final int LISTED_UNMAPPED = 100;
    private static final long PROGRESS_EVERY = 100_000;

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
        try (InputStream in = new DigestInputStream(input.getInputStream(), digest);
                StagedRdf staged = StagedRdf.stage(name, in, format, properties.maxImportTriples(), run::triplesRead,
                        step -> run.phase("staging: " + step))) {
            String hash = HexFormat.of().formatHex(digest.digest());
            ImportSource source = new ImportSource("source/rdf-import-" + hash.substring(0, 16), "RDF import: " + name,
                    "Imported as " + format.parameter() + "; SHA-256 " + hash);
            return checkThenWrite(run, name, format, staged, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Translates and checks the whole staged file, refusing it at any problem; only then writes. */
    private RdfImportReport checkThenWrite(RdfImportRuns.Run run, String name, RdfFormat format, StagedRdf staged, ImportSource source) {
        run.phase("translating and validating");
        RdfTranslator translator = new RdfTranslator(staged, ontology, source);
        try (ImportCheck check = new ImportCheck(translator, ontology, shapes, mapping, exporter, reader, properties.importBatch())) {
            long[] described = {0};
            translator.translate(description -> {
                check.add(description);
                if (++described[0] % PROGRESS_EVERY == 0) {
                    run.phase("translating and validating: " + described[0] + " entity descriptions");
                }
            });
            translator.sourceRow().ifPresent(check::add);
            check.finish();
            translator.problems().refuseIfAny(name + " cannot be imported");
            check.conflicts().refuseIfAny(name + " contradicts the graph");
            check.violations().refuseIfAny(name + " does not conform to the Supplywatch shapes");

            Counts counts = write(run, source.id(), check.nodes(), check.relationships());
            Map<String, Long> unmapped = translator.unmapped().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(LISTED_UNMAPPED)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            long unmappedTotal = translator.unmapped().values().stream().mapToLong(Long::longValue).sum();
            return new RdfImportReport(run.id(), name, format.parameter(), translator.triples(), translator.mapped(),
                    counts.nodesAdded, counts.nodesChanged, counts.nodesUnchanged, counts.relationshipsAdded,
                    counts.relationshipsChanged, counts.relationshipsUnchanged,
                    translator.sourceRow().isPresent() ? source.id() : null, unmappedTotal, unmapped);
        }
    }

    /**
     * Writes the rows in batches, one transaction each. Every batch but the last also records the
     * run's progress (ingest/record-import-progress) in its own transaction; the last removes the
     * record (ingest/forget-finished-import). A crash between batches so leaves a record of the
     * unfinished import in the graph, and importing the same file again completes it.
     */
    private Counts write(RdfImportRuns.Run run, String sourceId, RowSpill<NodeRow> nodes, RowSpill<RelationshipRow> relationships) {
        Counts counts = new Counts();
        ProgressRecord progress = new ProgressRecord(run, sourceId, nodes.count() + relationships.count());
        nodes.forEachBatch(properties.importBatch(), batch -> progress.write(batch.size(), tx -> writeNodes(tx, batch, counts)));
        relationships.forEachBatch(properties.importBatch(),
                batch -> progress.write(batch.size(), tx -> writeRelationships(tx, batch, counts)));
        return counts;
    }

    /** How far the writes have got: each batch commits together with the graph's record of it. */
    private final class ProgressRecord {

        private final RdfImportRuns.Run run;
        private final String sourceId;
        private final long total;
        private long written;

        ProgressRecord(RdfImportRuns.Run run, String sourceId, long total) {
            this.run = run;
            this.sourceId = sourceId;
            this.total = total;
            run.writing(total);
        }

        void write(int rows, Consumer<GraphWriter.Batch> work) {
            long after = written + rows;
            writer.inOneTransaction(tx -> {
                work.accept(tx);
                recordProgress(tx, run, sourceId, total, after);
            });
            written = after;
            run.written(after);
        }
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

    private void writeRelationships(GraphWriter.Batch tx, List<RelationshipRow> rows, Counts counts) {
        Collection<RelationshipRow> batch = sameRelationshipMerged(rows);
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

    /** Two entity descriptions may bring the same relationship (a triple and its inverse): one row, both evidences. */
    private Collection<RelationshipRow> sameRelationshipMerged(List<RelationshipRow> rows) {
        Map<ImportRows.Key, RelationshipRow> merged = new LinkedHashMap<>();
        rows.forEach(row -> merged.merge(row.key(), row, (earlier, later) -> new RelationshipRow(earlier.from(), earlier.type(),
                earlier.to(), EvidenceMerge.merge(earlier.properties(), later.properties(), ontology::isList))));
        return merged.values();
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
