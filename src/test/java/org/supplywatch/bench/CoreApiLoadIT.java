package org.supplywatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.supplywatch.cypher.CypherCatalog;
import org.supplywatch.ingest.RowSource;

/**
 * The bulk load's transactional baseline does the bulk load's work, no less: the same rows written by it and by the
 * service's own ingest files (in-process, the same batches, the Designated label kept at the end of each) leave the
 * same graph, property for property, rows that repeat a node or a relationship included.
 */
class CoreApiLoadIT {

    private static final int BATCH = 500;
    private static final long PAGE_CACHE = 32L * 1024 * 1024;
    private final CypherCatalog catalog = new CypherCatalog();

    @TempDir
    Path folder;

    @Test
    void theJavaApiLoadLeavesTheGraphTheIngestFilesLeave() {
        SyntheticGraph graph = SyntheticGraph.generate(0.05, 3);
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> relationships = new ArrayList<>();
        graph.forEach(nodes::add, relationships::add);
        // A node and a link given twice, the second time with other properties, in later batches: the last row wins.
        Map<String, Object> firstLink = relationships.getFirst();
        nodes.add(Map.of("id", nodes.getFirst().get("id"), "label", nodes.getFirst().get("label"),
                "properties", Map.of("id", nodes.getFirst().get("id"), "name", "Renamed", "sourceIds", List.of("source/x", "source/y"))));
        relationships.add(Map.of("from", firstLink.get("from"), "type", firstLink.get("type"), "to", firstLink.get("to"),
                "properties", Map.of("statementKind", "reported", "heldFrom", LocalDate.of(2020, 2, 1))));
        RowSource rows = RowSource.of(nodes, relationships);

        CoreApiLoad.Result core = CoreApiLoad.run(rows, folder.resolve("core"), schema(), PAGE_CACHE, BATCH, nodes.size() + relationships.size());
        GraphDump byJavaApi = dump(folder.resolve("core"));
        GraphDump byCypher = loadWithIngestFiles(rows, folder.resolve("cypher"));

        assertThat(core.counts().nodes()).isEqualTo(graph.nodeCount());
        assertThat(core.counts().relationships()).isEqualTo(graph.relationshipCount());
        assertThat(core.counts().designated()).isPositive().isEqualTo(byCypher.designated());
        assertThat(byJavaApi.nodes()).hasSize(graph.nodeCount());
        assertThat(byJavaApi.nodes().get(nodes.getFirst().get("id"))).contains("name=String(Renamed)")
                .contains("sourceIds=String[][source/x, source/y]");
        assertThat(byJavaApi.relationships()).hasSize(graph.relationshipCount())
                .contains(firstLink.get("from") + " " + firstLink.get("type") + " " + firstLink.get("to")
                        + " {heldFrom=LocalDate(2020-02-01), statementKind=String(reported)}");
        assertThat(byJavaApi).isEqualTo(byCypher);
    }

    private List<String> schema() {
        return catalog.schemaStatements();
    }

    /** What GraphWriter runs for BulkLoader, without Spring: each batch, then mark-designated, in one transaction. */
    private GraphDump loadWithIngestFiles(RowSource rows, Path home) {
        DatabaseManagementService dbms = open(home);
        try {
            GraphDatabaseService database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            for (String statement : schema()) {
                try (Transaction tx = database.beginTx()) {
                    tx.execute(statement).close();
                    tx.commit();
                }
            }
            List<Map<String, Object>> nodeRows = new ArrayList<>();
            List<Map<String, Object>> relationshipRows = new ArrayList<>();
            rows.forEach(nodeRows::add, relationshipRows::add);
            write(database, "ingest/merge-nodes", nodeRows);
            write(database, "ingest/merge-relationships", relationshipRows);
        } finally {
            dbms.shutdown();
        }
        return dump(home);
    }

    private void write(GraphDatabaseService database, String file, List<Map<String, Object>> rows) {
        for (int start = 0; start < rows.size(); start += BATCH) {
            try (Transaction tx = database.beginTx()) {
                tx.execute(catalog.get(file).statement(), Map.of("rows", rows.subList(start, Math.min(rows.size(), start + BATCH)))).close();
                tx.execute(catalog.get("ingest/mark-designated").statement()).close();
                tx.commit();
            }
        }
    }

    /** Every node by id (labels and properties) and every relationship (ends, type, properties), as sorted text. */
    record GraphDump(Map<Object, String> nodes, TreeSet<String> relationships, long designated) {
    }

    private static GraphDump dump(Path home) {
        DatabaseManagementService dbms = open(home);
        try (Transaction tx = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx()) {
            Map<Object, String> nodes = new TreeMap<>();
            for (Node node : tx.getAllNodes()) {
                TreeSet<String> labels = new TreeSet<>();
                node.getLabels().forEach(label -> labels.add(label.name()));
                nodes.put(node.getProperty("id"), labels + " " + text(node.getAllProperties()));
            }
            TreeSet<String> relationships = new TreeSet<>();
            for (Relationship link : tx.getAllRelationships()) {
                relationships.add(link.getStartNode().getProperty("id") + " " + link.getType().name() + " " + link.getEndNode().getProperty("id")
                        + " " + text(link.getAllProperties()));
            }
            return new GraphDump(nodes, relationships, tx.findNodes(Label.label("Designated")).stream().count());
        } finally {
            dbms.shutdown();
        }
    }

    /** Properties by key, each value with its type shown, so a date and a string, or a String[] and a long[], never read alike. */
    private static String text(Map<String, Object> properties) {
        Map<String, Object> sorted = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (value.getClass().isArray()) {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < Array.getLength(value); i++) {
                    items.add(Array.get(value, i));
                }
                sorted.put(key, value.getClass().getSimpleName() + items);
            } else {
                sorted.put(key, value.getClass().getSimpleName() + "(" + value + ")");
            }
        });
        return sorted.toString();
    }

    private static DatabaseManagementService open(Path home) {
        return new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE)
                .build();
    }
}
