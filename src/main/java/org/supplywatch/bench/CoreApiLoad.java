package org.supplywatch.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.ingest.RowSource;

/**
 * The bulk load's transactional baseline: the same rows written through Neo4j's own Java API (no Cypher, no Bolt, no
 * Spring) into a new embedded database of its own with the service's schema, in transactions of the bulk load's size,
 * by the rules of {@code ingest/merge-nodes}, {@code ingest/merge-relationships} and {@code ingest/mark-designated}:
 * a node found by its id or created, its properties replaced but for the list aliases, its kind added as a label; at
 * most one relationship of a type between two nodes, its properties replaced; the Designated label on what a
 * designation names. Why: the offline import tool writes store files without transactions, so it says what an empty
 * store can take, not what a load into a running database can; this says what Neo4j's transactional write path costs
 * on the machine with nothing of ours on top (BENCHMARKS.md has what it measured against the Cypher load).
 */
final class CoreApiLoad {

    private static final Logger LOG = LoggerFactory.getLogger(CoreApiLoad.class);
    private static final Label RESOURCE = Label.label(NodeLabel.RESOURCE.label());
    private static final Label DESIGNATION = Label.label(NodeLabel.DESIGNATION.label());
    private static final Label DESIGNATED = Label.label(NodeLabel.DESIGNATED.label());
    private static final RelationshipType DESIGNATES = RelationshipType.withName("DESIGNATES");
    /** Kept when a node's properties are replaced, as {@code ingest/merge-nodes} keeps it (the lists add it). */
    private static final String IMPORTED_ALIASES = "cslAliases";
    private static final String PROGRESS = "Core API load (baseline)";

    /** What a graph holds: nodes, relationships, and nodes with the Designated label. */
    record Counts(long nodes, long relationships, long designated) {
    }

    /** What the store holds afterwards, and how long the writes took (the schema and the count not included). */
    record Result(Counts counts, double seconds) {
    }

    private CoreApiLoad() {
    }

    /**
     * Creates a database under {@code home} (a new folder), applies the schema statements to it, writes the rows in
     * transactions of {@code batch} rows, nodes first, counts what landed and shuts it down.
     */
    static Result run(RowSource rows, Path home, List<String> schema, long pageCacheBytes, int batch, long expectedTotal) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .build();
        try {
            GraphDatabaseService database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            applySchema(database, schema);
            long started = System.nanoTime();
            RowBatches nodes = new RowBatches(batch, expectedTotal, 0, rows(database, CoreApiLoad::mergeNode), LOG, PROGRESS);
            rows.forEach(nodes::add, RowSource.skip());
            nodes.flush();
            RowBatches relationships = new RowBatches(batch, expectedTotal, nodes.written(), rows(database, CoreApiLoad::mergeRelationship),
                    LOG, PROGRESS);
            rows.forEach(RowSource.skip(), relationships::add);
            relationships.flush();
            double seconds = (System.nanoTime() - started) / 1e9;
            return count(database, seconds);
        } finally {
            dbms.shutdown();
        }
    }

    /** Writes a batch of rows in one transaction, each by {@code write}. */
    private static Consumer<List<Map<String, Object>>> rows(GraphDatabaseService database,
            BiConsumer<Transaction, Map<String, Object>> write) {
        return batch -> {
            try (Transaction tx = database.beginTx()) {
                for (Map<String, Object> row : batch) {
                    write.accept(tx, row);
                }
                tx.commit();
            }
        };
    }

    private static void applySchema(GraphDatabaseService database, List<String> schema) {
        for (String statement : schema) {
            try (Transaction tx = database.beginTx()) {
                tx.execute(statement).close();
                tx.commit();
            }
        }
        try (Transaction tx = database.beginTx()) {
            tx.schema().awaitIndexesOnline(5, TimeUnit.MINUTES);
        }
    }

    /** {@code MERGE (node:Resource {id: row.id}) SET node = row.properties (but cslAliases) SET node:$(row.label)}. */
    private static void mergeNode(Transaction tx, Map<String, Object> row) {
        String id = (String) row.get("id");
        Map<String, Object> properties = properties(row);
        Node found = tx.findNode(RESOURCE, "id", id);
        Node node = found != null ? found : tx.createNode(RESOURCE);
        if (found != null) {
            for (String key : node.getPropertyKeys()) {
                if (!key.equals(IMPORTED_ALIASES) && properties.get(key) == null) {
                    node.removeProperty(key);
                }
            }
        }
        // merge-nodes puts back the aliases the node had, whatever the row holds: a row never sets them.
        properties.forEach((key, value) -> {
            if (value != null && !key.equals(IMPORTED_ALIASES)) {
                node.setProperty(key, storable(key, value));
            }
        });
        node.addLabel(Label.label((String) row.get("label")));
    }

    /**
     * The relationship of the row's type between its two nodes, looked up from the end with fewer such links (as
     * Neo4j's own expand-into does) and created if there is none; its properties replaced.
     */
    private static void mergeRelationship(Transaction tx, Map<String, Object> row) {
        Node from = endNode(tx, row, "from");
        Node to = endNode(tx, row, "to");
        RelationshipType type = RelationshipType.withName((String) row.get("type"));
        Relationship link = existing(from, type, to);
        if (link == null) {
            link = from.createRelationshipTo(to, type);
        } else {
            for (String key : link.getPropertyKeys()) {
                link.removeProperty(key);
            }
        }
        setAll(link, properties(row));
        if (type.name().equals(DESIGNATES.name()) && from.hasLabel(DESIGNATION)) {
            to.addLabel(DESIGNATED);
        }
    }

    private static Node endNode(Transaction tx, Map<String, Object> row, String end) {
        Node node = tx.findNode(RESOURCE, "id", row.get(end));
        if (node == null) {
            // merge-relationships' MATCH would drop the row; the rows of a load never name a missing node.
            throw new IllegalArgumentException(row.get("from") + " -" + row.get("type") + "-> " + row.get("to") + ": no node has the id "
                    + row.get(end));
        }
        return node;
    }

    private static Relationship existing(Node from, RelationshipType type, Node to) {
        boolean fromOutgoing = from.getDegree(type, Direction.OUTGOING) <= to.getDegree(type, Direction.INCOMING);
        Node side = fromOutgoing ? from : to;
        Node other = fromOutgoing ? to : from;
        try (ResourceIterable<Relationship> links = side.getRelationships(fromOutgoing ? Direction.OUTGOING : Direction.INCOMING, type)) {
            for (Relationship link : links) {
                if (link.getOtherNode(side).equals(other)) {
                    return link;
                }
            }
        }
        return null;
    }

    private static void setAll(Relationship link, Map<String, Object> properties) {
        properties.forEach((key, value) -> {
            if (value != null) {
                link.setProperty(key, storable(key, value));
            }
        });
    }

    /** What Cypher stores for a parameter value: lists as arrays of their one element type, integers as longs. */
    private static Object storable(String key, Object value) {
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (!(value instanceof List<?> list)) {
            return value;
        }
        if (list.isEmpty() || list.getFirst() instanceof String) {
            return list.toArray(String[]::new);
        }
        if (list.getFirst() instanceof LocalDate) {
            return list.toArray(LocalDate[]::new);
        }
        if (list.getFirst() instanceof Number) {
            return list.stream().mapToLong(item -> ((Number) item).longValue()).toArray();
        }
        throw new IllegalArgumentException("property " + key + ": a list of " + list.getFirst().getClass().getSimpleName()
                + " has no array form here");
    }

    @SuppressWarnings("unchecked") // rows hold their properties as a map
    private static Map<String, Object> properties(Map<String, Object> row) {
        return (Map<String, Object>) row.get("properties");
    }

    private static Result count(GraphDatabaseService database, double seconds) {
        try (Transaction tx = database.beginTx()) {
            return new Result(new Counts(tx.getAllNodes().stream().count(), tx.getAllRelationships().stream().count(),
                    tx.findNodes(DESIGNATED).stream().count()), seconds);
        }
    }
}
