package org.supplywatch.query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipScanCursor;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.token.api.TokenConstants;
import org.neo4j.io.pagecache.context.CursorContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.values.AnyValue;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;

/**
 * The exposure walk's reads of the store, through Neo4j's kernel cursors: a node (its id and name, labels and
 * incoming upward links) or a link (its filter's and hop's values) by id, each in one pass, with cursors reused for
 * every read and only the properties asked for read. What it reads, the walk keeps in its {@link WalkMemory}. Why not
 * the embedded API: it makes an entity object, a cursor and a map for every node or link read, and at a million
 * companies that was most of the walk's time. These are Neo4j's internal interfaces (org.neo4j.internal.kernel.api),
 * pinned with the Neo4j version; the walk's tests compare it with the Cypher report, so a change in them shows.
 */
final class WalkCursors implements AutoCloseable {

    /** What the filter reads of a link. */
    private static final String[] FILTER_KEYS = {"statementKind", "heldFrom", "heldUntil"};
    /** What the walk reads of a link, in one pass over its properties: the filter's keys, then the rest of a hop's. */
    static final String[] LINK_READ_KEYS = Stream.concat(Arrays.stream(FILTER_KEYS), Arrays.stream(HopForm.LINK_KEYS))
            .distinct().toArray(String[]::new);
    /** Where each of {@link HopForm#LINK_KEYS} is in {@link #LINK_READ_KEYS}. */
    private static final int[] HOP_KEY_PLACES = Arrays.stream(HopForm.LINK_KEYS)
            .mapToInt(key -> Arrays.asList(LINK_READ_KEYS).indexOf(key)).toArray();
    private static final long[] NO_LINKS = {};
    private static final int[] NO_TYPES = {};

    private final Read read;
    private final TokenRead tokens;
    private final NodeCursor node;
    private final RelationshipTraversalCursor incoming;
    private final RelationshipScanCursor link;
    private final PropertyCursor properties;
    private final int[] linkKeys;
    private final PropertySelection linkSelection;
    private final int idKey;
    private final int nameKey;
    private final PropertySelection namedSelection;
    /** Every upward type a link has had by the time the walk began: a node's entry lists all of them, whatever a filter follows. */
    private final RelationshipSelection upward;
    private final Map<Integer, Value> typeNames = new HashMap<>();
    /** A node's links as they are read, before they are copied to its entry. */
    private long[] linkIds = new long[16];
    private long[] others = new long[16];
    private int[] types = new int[16];

    WalkCursors(Transaction transaction) {
        KernelTransaction kernel = ((InternalTransaction) transaction).kernelTransaction();
        this.read = kernel.dataRead();
        this.tokens = kernel.tokenRead();
        CursorFactory cursors = kernel.cursors();
        CursorContext context = kernel.cursorContext();
        MemoryTracker memory = kernel.memoryTracker();
        this.node = cursors.allocateNodeCursor(context, memory);
        this.incoming = cursors.allocateRelationshipTraversalCursor(context, memory);
        this.link = cursors.allocateRelationshipScanCursor(context, memory);
        this.properties = cursors.allocatePropertyCursor(context, memory);
        this.linkKeys = Arrays.stream(LINK_READ_KEYS).mapToInt(tokens::propertyKey).toArray();
        this.linkSelection = selection(linkKeys);
        this.idKey = tokens.propertyKey("id");
        this.nameKey = tokens.propertyKey("name");
        this.namedSelection = selection(new int[] {idKey, nameKey});
        this.upward = RelationshipSelection.selection(typeIds(ListReach.UPWARD.stream().map(Enum::name).toList()), Direction.INCOMING);
    }

    /** The type ids of the named relationship types; a type no link has yet is left out. */
    int[] typeIds(List<String> names) {
        return names.stream().mapToInt(tokens::relationshipType).filter(id -> id != TokenConstants.NO_TOKEN).toArray();
    }

    int labelId(String label) {
        return tokens.nodeLabel(label);
    }

    /**
     * A node's id and name, labels and incoming upward links, in one read of its record; null if there is no such node
     * (deleted since a link to it was read).
     */
    WalkMemory.NodeReads node(long id) {
        read.singleNode(id, node);
        if (!node.next()) {
            return null;
        }
        int[] labels = node.labels().all();
        AnyValue idValue = Values.NO_VALUE;
        AnyValue name = Values.NO_VALUE;
        node.properties(properties, namedSelection);
        while (properties.next()) {
            if (properties.propertyKey() == idKey) {
                idValue = properties.propertyValue();
            } else if (properties.propertyKey() == nameKey) {
                name = properties.propertyValue();
            }
        }
        int count = 0;
        node.relationships(incoming, upward);
        while (incoming.next()) {
            if (count == linkIds.length) {
                linkIds = Arrays.copyOf(linkIds, count * 2);
                others = Arrays.copyOf(others, count * 2);
                types = Arrays.copyOf(types, count * 2);
            }
            linkIds[count] = incoming.relationshipReference();
            others[count] = incoming.otherNodeReference();
            types[count++] = incoming.type();
        }
        return new WalkMemory.NodeReads(ReachValues.Named.of(idValue, name), labels,
                count == 0 ? NO_LINKS : Arrays.copyOf(linkIds, count), count == 0 ? NO_LINKS : Arrays.copyOf(others, count),
                count == 0 ? NO_TYPES : Arrays.copyOf(types, count));
    }

    /**
     * A link's values by {@link #LINK_READ_KEYS}: what the filter needs and what a hop over it shows, in one pass over
     * its properties; null if there is no such link. Why both at once: almost every link the walk passes is on a
     * reported path (most lead to a brand), and reading the filter's values first and a hop's later walked each such
     * link's property records twice.
     */
    Value[] link(long id) {
        read.singleRelationship(id, link);
        if (!link.next()) {
            return null;
        }
        Value[] values = new Value[linkKeys.length];
        Arrays.fill(values, Values.NO_VALUE);
        link.properties(properties, linkSelection);
        while (properties.next()) {
            int key = properties.propertyKey();
            for (int i = 0; i < linkKeys.length; i++) {
                if (linkKeys[i] == key) {
                    values[i] = properties.propertyValue();
                    break;
                }
            }
        }
        return values;
    }

    static Value statementKind(Value[] link) {
        return link[0];
    }

    static Value heldFrom(Value[] link) {
        return link[1];
    }

    static Value heldUntil(Value[] link) {
        return link[2];
    }

    /** The hop over a link with these values (from {@link #link}), from {@code start} up to {@code end}, in the given form. */
    static <H> H hop(Value[] link, HopForm<H> form, ReachValues.Named start, Value type, ReachValues.Named end) {
        Value[] hopValues = new Value[HOP_KEY_PLACES.length];
        for (int i = 0; i < HOP_KEY_PLACES.length; i++) {
            hopValues[i] = link[HOP_KEY_PLACES[i]];
        }
        return form.hop(start, type, end, hopValues);
    }

    Value typeName(int type) {
        return typeNames.computeIfAbsent(type, id -> {
            try {
                return Values.stringValue(tokens.relationshipTypeName(id));
            } catch (KernelException e) {
                throw new IllegalStateException("relationship type " + id + " has no name", e);
            }
        });
    }

    private static PropertySelection selection(int[] keys) {
        int[] known = Arrays.stream(keys).filter(key -> key != TokenConstants.NO_TOKEN).toArray();
        return known.length == 0 ? PropertySelection.NO_PROPERTIES : PropertySelection.selection(known);
    }

    @Override
    public void close() {
        node.close();
        incoming.close();
        link.close();
        properties.close();
    }
}
