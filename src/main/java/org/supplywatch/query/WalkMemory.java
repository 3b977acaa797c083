package org.supplywatch.query;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.values.storable.Value;

/**
 * What exposure walks read of the store, kept between reports and forgotten on write: for each node a walk reached, its
 * id and name, its labels and its incoming upward links (each with its other node and type); for each link it
 * passed, the values the filter and a hop read ({@link WalkCursors#LINK_READ_KEYS}). A walk reads a node or link from
 * the store only when this has not got it, so a list's second report walks memory, not store records.
 *
 * <p>Why: at a million companies a report reads about eight store records for each brand it reports (the link, its
 * property and evidence records, the brand's node, its id and name, its relationship chain), one after another in a
 * store of several gigabytes, and that latency to memory was half the walk's time (BENCHMARKS, session 24). The
 * issue's answer is the reach kept in memory and maintained on write; this keeps what the walks have read, so its
 * size follows the reports asked for rather than the graph, within {@code supplywatch.query.walk-memory-entries}.
 *
 * <p>Maintained on write: registered as a transaction listener of the embedded database, it forgets, after every
 * commit, each node and link the transaction created, deleted, relabelled or changed a property of, and both ends of
 * every link it created or deleted (a node's entry lists its links). A walk only keeps what it read when no commit has
 * ended since it began ({@link #writes}), and checks again after keeping it, so a value read before a write is never
 * kept after the write's listener ran. A walk reads as a transaction of Neo4j's read-committed isolation does: a commit
 * that ends while it walks may or may not be seen.
 */
public final class WalkMemory implements TransactionEventListener<Void> {

    /** A node as a walk reads it: id and name, its label token ids, and its incoming upward links by id, other node and type. */
    record NodeReads(ReachValues.Named named, int[] labels, long[] links, long[] others, int[] types) {

        boolean hasLabel(int label) {
            for (int own : labels) {
                if (own == label) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Changes a commit may make before its entries are forgotten one by one; beyond, everything is forgotten at once. */
    private static final int FORGET_ONE_BY_ONE = 100_000;

    private final int capacity;
    private final ConcurrentHashMap<Long, NodeReads> nodes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Value[]> links = new ConcurrentHashMap<>();
    /** Commits that changed the graph since this memory began: a walk keeps nothing once this moved on. */
    private final AtomicLong writes = new AtomicLong();

    private WalkMemory(int capacity) {
        this.capacity = capacity;
    }

    /** A memory shared by every report, to be registered as a listener of the database it reads ({@code 0} keeps nothing). */
    public static WalkMemory shared(int capacity) {
        return new WalkMemory(capacity);
    }

    /**
     * A memory for one report only, where no listener tells of writes (the procedure, or no shared memory configured):
     * nothing it holds outlives the report's walk.
     */
    static WalkMemory forOneReport() {
        return new WalkMemory(Integer.MAX_VALUE);
    }

    /** The commits counted so far: what a walk passes back to {@link #keep} whatever it read after this. */
    long writes() {
        return writes.get();
    }

    NodeReads node(long id) {
        return nodes.get(id);
    }

    Value[] link(long id) {
        return links.get(id);
    }

    /** Keeps a node read by a walk that began when {@link #writes} was {@code since}, unless a commit has ended since. */
    void keep(long since, long id, NodeReads read) {
        keep(nodes, since, id, read);
    }

    /** The same for a link's values (never changed once kept: a write makes a new entry). */
    void keep(long since, long id, Value[] read) {
        keep(links, since, id, read);
    }

    /** Kept, then dropped again if a commit ended meanwhile (its listener may have run before the entry was put). */
    private <T> void keep(ConcurrentHashMap<Long, T> entries, long since, long id, T read) {
        if (room(entries, since)) {
            entries.put(id, read);
            if (writes.get() != since) {
                entries.remove(id);
            }
        }
    }

    /**
     * Whether a walk may keep one more entry: none after a commit; when full, everything kept is dropped (the reports
     * asked for now fill it again: simpler than an eviction order, and no dearer than reading the store).
     */
    private boolean room(ConcurrentHashMap<Long, ?> entries, long since) {
        if (capacity == 0 || writes.get() != since) {
            return false;
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        return true;
    }

    /** How many nodes and links are kept (for the benchmark's notes and tests). */
    public long entries() {
        return nodes.size() + (long) links.size();
    }

    /** Forgets everything (the benchmark times a report from an empty memory this way). */
    public void clear() {
        nodes.clear();
        links.clear();
    }

    @Override
    public Void beforeCommit(TransactionData data, org.neo4j.graphdb.Transaction transaction, GraphDatabaseService database) {
        return null;
    }

    /**
     * Counts the commit, then forgets what it changed: in that order, so a walk keeping a value read before the commit
     * either sees the count move and drops it, or kept it before this forgets it.
     */
    @Override
    public void afterCommit(TransactionData data, Void state, GraphDatabaseService database) {
        writes.incrementAndGet();
        if (nodes.isEmpty() && links.isEmpty()) {
            return; // a bulk load before any report: nothing to look through
        }
        Forgetting forgetting = new Forgetting();
        for (Relationship link : data.createdRelationships()) {
            forgetting.link(link);
        }
        for (Relationship link : data.deletedRelationships()) {
            forgetting.link(link);
        }
        for (PropertyEntry<Relationship> entry : data.assignedRelationshipProperties()) {
            forgetting.linkValues(entry.entity().getId());
        }
        for (PropertyEntry<Relationship> entry : data.removedRelationshipProperties()) {
            forgetting.linkValues(entry.entity().getId());
        }
        for (Node node : data.createdNodes()) {
            forgetting.node(node.getId());
        }
        for (Node node : data.deletedNodes()) {
            forgetting.node(node.getId());
        }
        for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
            forgetting.node(entry.entity().getId());
        }
        for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
            forgetting.node(entry.entity().getId());
        }
        for (LabelEntry entry : data.assignedLabels()) {
            forgetting.node(entry.node().getId());
        }
        for (LabelEntry entry : data.removedLabels()) {
            forgetting.node(entry.node().getId());
        }
    }

    @Override
    public void afterRollback(TransactionData data, Void state, GraphDatabaseService database) {
        // nothing was written
    }

    /** One commit's forgetting: entry by entry, until so many changes that forgetting everything is cheaper. */
    private final class Forgetting {
        private int changes;

        void link(Relationship link) {
            linkValues(link.getId());
            node(link.getStartNode().getId());
            node(link.getEndNode().getId());
        }

        void linkValues(long id) {
            if (counted()) {
                links.remove(id);
            }
        }

        void node(long id) {
            if (counted()) {
                nodes.remove(id);
            }
        }

        private boolean counted() {
            if (changes < 0) {
                return false;
            }
            if (++changes > FORGET_ONE_BY_ONE) {
                clear();
                changes = -1;
                return false;
            }
            return true;
        }
    }
}
