package org.supplywatch.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.TerminationGuard;
import org.neo4j.values.storable.Value;
import org.neo4j.values.virtual.ListValue;
import org.neo4j.values.virtual.MapValue;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/**
 * What a restriction list reaches, for {@link ExposureWalk}: the list's designations in force and the entities they
 * name, then every path of 1 to maxHops links against the arrows from such an entity to an entity of the exposed kind,
 * no node twice, every link passing the filter (the MATCH clauses of {@code exposure-to-list-all.cypher}). The
 * designees are walked by one or more {@link ReachWalker}s, each taking the next designee not yet taken, each in a
 * transaction of its own thread; their paths are then kept together, by exposed entity in report order. Hops are
 * made in the form of the way the report is handed out ({@link HopForm}).
 */
final class ListReach<H> {

    static final int MAX_HOPS = 8;
    /** The links an exposure path may take, upwards from the exposed entity (the types of the Cypher pattern). */
    static final List<RelationshipType> UPWARD = List.of(RelationshipType.BRAND_OF, RelationshipType.SUBSIDIARY_OF,
            RelationshipType.OWNED_BY, RelationshipType.SUBORDINATE_TO, RelationshipType.MANUFACTURED_BY, RelationshipType.PRODUCT_OF);

    /**
     * A designation in force naming a designee: what paths to the designee are ordered by (read with the designees), and
     * its card and sources, read by the first walker that finds a path to its designee ({@link #readWith}). Why then:
     * the designees are read on one thread before any walk starts, and reading every designation's card there was a
     * tenth of a million-company report; the walkers read them on both cores, and a designation no path reaches is never
     * read.
     */
    static final class Listing {
        private final LocalDate heldFrom;
        private final String id;
        private final long designation;
        private final AtomicReference<Shown> shown = new AtomicReference<>();

        /** What a report shows of the designation. */
        private record Shown(MapValue card, ListValue sources) {
        }

        Listing(LocalDate heldFrom, String id, long designation) {
            this.heldFrom = heldFrom;
            this.id = id;
            this.designation = designation;
        }

        /** A listing whose card and sources are known already (for tests of the ordering). */
        static Listing shown(LocalDate heldFrom, String id, MapValue card, ListValue sources) {
            Listing listing = new Listing(heldFrom, id, -1);
            listing.shown.set(new Shown(card, sources));
            return listing;
        }

        LocalDate heldFrom() {
            return heldFrom;
        }

        String id() {
            return id;
        }

        /**
         * Reads the card and sources in the reader's transaction unless a walker has already: when two walkers read it
         * at once, the first to finish is kept, so every path to the designation shares one value (the records map a
         * card once by identity).
         */
        void readWith(ReachValues values) {
            if (shown.get() == null) {
                Node node = values.node(designation);
                shown.compareAndSet(null, new Shown(values.card(node), values.sources(node)));
            }
        }

        /** The card; read by a walker before its first path was kept (the walk has ended when this is asked). */
        MapValue card() {
            return read().card();
        }

        ListValue sources() {
            return read().sources();
        }

        private Shown read() {
            Shown read = shown.get();
            if (read == null) {
                throw new IllegalStateException("designation " + id + " was not read by the walk that reached it");
            }
            return read;
        }
    }

    /** An entity a designation in force names, with its designations in the order they were read. */
    record Designee(long node, List<Listing> listings) {
    }

    /**
     * One path: its nodes (named) from the exposed entity up to the designee, and the hops and link types between them
     * in that order.
     */
    record Candidate<H>(Listing listing, ReachValues.Named[] nodes, List<H> hops, Value[] types) {

        ReachValues.Named designee() {
            return nodes[nodes.length - 1];
        }
    }

    private final Node list;
    private final List<Designee> designees;
    private final AtomicInteger nextDesignee = new AtomicInteger();
    private final HopFilter filter;
    private final String exposedKind;
    private final int maxHops;
    private final HopForm<H> form;
    private final WalkMemory memory;
    /** The memory's count of commits before anything was read: what the walkers may keep ({@link WalkMemory#keep}). */
    private final long since;
    private ExposedEntities<H> exposed = ExposedEntities.none();

    private ListReach(Node list, List<Designee> designees, HopFilter filter, String exposedKind, int maxHops, HopForm<H> form,
            WalkMemory memory, long since) {
        this.list = list;
        this.memory = memory;
        this.since = since;
        this.designees = designees;
        this.filter = filter;
        this.exposedKind = exposedKind;
        this.maxHops = maxHops;
        this.form = form;
    }

    /**
     * The list and its designees in force (nothing walked yet); a list no node has gives an empty reach. Its walkers read
     * the nodes and links they pass from the memory, the store where it has not got them.
     */
    static <H> ListReach<H> of(Transaction transaction, String listId, String exposedKind, HopFilter filter,
            int maxHops, HopForm<H> form, WalkMemory memory) {
        long since = memory.writes();
        try (ResourceIterator<Node> lists = transaction.findNodes(label(NodeLabel.RESTRICTION_LIST), "id", listId)) {
            if (!lists.hasNext()) {
                return new ListReach<>(null, List.of(), filter, exposedKind, maxHops, form, memory, since);
            }
            Node list = lists.next();
            return new ListReach<>(list, designees(list, filter), filter, exposedKind, maxHops, form, memory, since);
        }
    }

    /**
     * The whole reach walked on the caller's thread, in the given transaction (the procedure's way: its memory lasts
     * the one walk, as no listener tells it of writes).
     */
    static <H> ListReach<H> walk(Transaction transaction, TerminationGuard guard, String listId, String exposedKind,
            HopFilter filter, int maxHops, HopForm<H> form) {
        ListReach<H> reach = of(transaction, listId, exposedKind, filter, maxHops, form, WalkMemory.forOneReport());
        reach.add(reach.walkOn(transaction, guard));
        return reach;
    }

    /**
     * Walks designees not yet taken by another walker, until none is left; the paths found, by exposed entity in report
     * order (ordered on the walker's thread, while another may still walk).
     */
    ExposedEntities<H> walkOn(Transaction transaction, TerminationGuard guard) {
        try (ReachWalker<H> walker = new ReachWalker<>(transaction, guard, filter, exposedKind, maxHops, form, memory, since)) {
            for (int next = nextDesignee.getAndIncrement(); next < designees.size(); next = nextDesignee.getAndIncrement()) {
                walker.walkFrom(designees.get(next));
            }
            return ExposedEntities.ordered(walker.byExposed());
        }
    }

    /** Keeps a walker's paths with the others'. */
    void add(ExposedEntities<H> found) {
        exposed = exposed.merge(found);
    }

    /** The list's node (null when no list has the id), and the paths found, by exposed entity. */
    Node list() {
        return list;
    }

    ExposedEntities<H> exposed() {
        return exposed;
    }

    private static List<Designee> designees(Node list, HopFilter filter) {
        Map<Long, List<Listing>> designees = new LinkedHashMap<>();
        for (Relationship onList : iterate(list.getRelationships(Direction.INCOMING, type(RelationshipType.ON_LIST)))) {
            Node designation = onList.getStartNode();
            if (!designation.hasLabel(label(NodeLabel.DESIGNATION)) || !filter.holds(designation)
                    || filter.excludeDisputed() && ReachValues.disputed(designation)) {
                continue;
            }
            Listing listing = new Listing(designation.getProperty("heldFrom", null) instanceof LocalDate date ? date : null,
                    (String) designation.getProperty("id", null), designation.getId());
            for (Relationship designates : iterate(designation.getRelationships(Direction.OUTGOING, type(RelationshipType.DESIGNATES)))) {
                designees.computeIfAbsent(designates.getEndNode().getId(), node -> new ArrayList<>()).add(listing);
            }
        }
        List<Designee> listed = new ArrayList<>(designees.size());
        designees.forEach((node, listings) -> listed.add(new Designee(node, List.copyOf(listings))));
        return listed;
    }

    static Label label(NodeLabel label) {
        return Label.label(label.label());
    }

    static org.neo4j.graphdb.RelationshipType type(RelationshipType type) {
        return org.neo4j.graphdb.RelationshipType.withName(type.name());
    }

    /** Relationships of a node, closed once read. */
    static List<Relationship> iterate(ResourceIterable<Relationship> relationships) {
        try (relationships) {
            return relationships.stream().toList();
        }
    }
}
