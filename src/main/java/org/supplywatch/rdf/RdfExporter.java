package org.supplywatch.rdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.neo4j.driver.types.MapAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.supplywatch.config.RdfProperties;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.cypher.GraphStream;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/**
 * Exports the graph, or part of it, as RDF. The whole graph streams row by row from Neo4j into
 * Jena's streaming writers (N-Triples, N-Quads, Turtle and TriG blocks); parts of it are
 * gathered into a dataset and written in the readable layout of the syntax.
 */
@Service
public class RdfExporter {

    private static final Logger LOG = LoggerFactory.getLogger(RdfExporter.class);
    private static final int PROGRESS_EVERY = 100_000;

    private final GraphReader reader;
    private final GraphStream stream;
    private final GraphToRdf mapping;
    private final RdfProperties properties;

    public RdfExporter(GraphReader reader, GraphStream stream, GraphToRdf mapping, RdfProperties properties) {
        this.reader = reader;
        this.stream = stream;
        this.mapping = mapping;
        this.properties = properties;
    }

    /** The whole graph; streams when the syntax has a streaming writer, otherwise builds the dataset first. */
    public void exportAll(RdfFormat format, OutputStream out) {
        if (format.streamingFormat() == null) {
            DatasetGraph dataset = DatasetGraphFactory.create();
            writeAll(format, StreamRDFLib.dataset(dataset));
            write(dataset, format, out);
            return;
        }
        try (WriterThread writer = new WriterThread(StreamRDFWriter.getWriterStream(out, format.streamingFormat()))) {
            writeAll(format, writer);
        }
    }

    private void writeAll(RdfFormat format, StreamRDF writer) {
        writer.start();
        Prefixes.declare(writer);
        EvidenceNodes evidence = new EvidenceNodes();
        long[] count = {0};
        stream.forEachPlain("queries/rdf-all-nodes", Map.of(), properties.exportTimeout(), row -> {
            writeNode(row, evidence, writer);
            progress(++count[0], "nodes");
        });
        count[0] = 0;
        stream.forEachPlain("queries/rdf-all-relationships", Map.of(), properties.exportTimeout(), row -> {
            writeRelationship(row, format.isDataset(), evidence, writer);
            progress(++count[0], "relationships");
        });
        writer.finish();
    }

    /** One entity: itself, every relationship at it, the nodes at their other ends and the sources any of them cite. */
    public void exportEntity(String id, RdfFormat format, OutputStream out) {
        RdfSelection selection = new RdfSelection().node(id);
        reader.list("queries/rdf-incident-relationships", Map.of("id", id), row -> row).forEach(row ->
                selection.edge(row.get("from").asString(), row.get("type").asString(), row.get("to").asString()));
        exportSelection(selection, format, out);
    }

    /** The nodes and relationships of a result, with the sources they cite. */
    public void exportSelection(RdfSelection selection, RdfFormat format, OutputStream out) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        StreamRDF sink = StreamRDFLib.dataset(dataset);
        Prefixes.declare(sink);
        EvidenceNodes evidence = EvidenceNodes.forGraphs();
        Set<String> cited = new LinkedHashSet<>();
        List<Map<String, Object>> edges = selection.edges().stream().map(RdfSelection.Edge::asParameter).toList();
        if (!edges.isEmpty()) {
            for (Map<String, Object> row : reader.list("queries/rdf-relationships", Map.of("edges", edges), MapAccessor::asMap)) {
                cited.addAll(sourceIds(row));
                writeRelationship(row, format.isDataset(), evidence, sink);
            }
        }
        describe(selection.nodeIds(), cited, evidence, sink);
        write(dataset, format, out);
    }

    /**
     * The stored description of these nodes and of every source they, or the {@code cited} ids, cite; evidence nodes
     * come from {@code evidence}, the document's.
     */
    void describe(Set<String> ids, Set<String> cited, EvidenceNodes evidence, StreamRDF sink) {
        Set<String> citedSoFar = new LinkedHashSet<>(cited);
        Set<String> written = new LinkedHashSet<>();
        Set<String> pending = new LinkedHashSet<>(ids);
        while (!pending.isEmpty()) {
            for (Map<String, Object> row : reader.list("queries/rdf-nodes", Map.of("ids", List.copyOf(pending)), MapAccessor::asMap)) {
                citedSoFar.addAll(sourceIds(row));
                writeNode(row, evidence, sink);
            }
            written.addAll(pending);
            pending = new LinkedHashSet<>(citedSoFar);
            pending.removeAll(written);
        }
    }

    private void writeNode(Map<String, Object> row, EvidenceNodes evidence, StreamRDF sink) {
        NodeLabel label = row.get("label") instanceof String name ? NodeLabel.fromLabel(name).orElse(NodeLabel.RESOURCE)
                : NodeLabel.RESOURCE;
        mapping.node((String) row.get("id"), label, properties(row), evidence, sink);
    }

    private void writeRelationship(Map<String, Object> row, boolean dataset, EvidenceNodes evidence, StreamRDF sink) {
        RelationshipType type = RelationshipType.valueOf((String) row.get("type"));
        mapping.relationship((String) row.get("from"), type, (String) row.get("to"), properties(row), dataset, evidence, sink);
    }

    @SuppressWarnings("unchecked") // the queries return a node's or relationship's properties as a map
    private static Map<String, Object> properties(Map<String, Object> row) {
        return (Map<String, Object>) row.get("properties");
    }

    private static List<String> sourceIds(Map<String, Object> row) {
        List<String> ids = new ArrayList<>();
        Object value = properties(row).get("sourceIds");
        if (value instanceof List<?> list) {
            list.forEach(item -> ids.add(item.toString()));
        }
        return ids;
    }

    private static void write(DatasetGraph dataset, RdfFormat format, OutputStream out) {
        if (format.isDataset()) {
            RDFDataMgr.write(out, dataset, format.prettyFormat());
        } else {
            RDFDataMgr.write(out, dataset.getDefaultGraph(), format.prettyFormat());
        }
    }

    private static void progress(long count, String what) {
        if (count % PROGRESS_EVERY == 0) {
            LOG.info("RDF export: {} {} written", count, what);
        }
    }
}
