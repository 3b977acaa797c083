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
 * The exposure walk's reads, through Neo4j's kernel cursors: one node cursor and one link cursor per depth, one
 * property cursor, all reused for every node and link, and only the properties asked for read. Why not the embedded
 * API: it makes an entity object, a cursor and a map for every node or link read, and at a million companies that was
 * most of the walk's time. These are Neo4j's internal interfaces (org.neo4j.internal.kernel.api), pinned with the
 * Neo4j version; the walk's tests compare it with the Cypher report, so a change in them shows.
 */
final class WalkCursors implements AutoCloseable {

    /** What the filter reads of a link. */
    private static final String[] FILTER_KEYS = {"statementKind", "heldFrom", "heldUntil"};
    /** What the walk reads of a link, in one pass over its properties: the filter's keys, then the rest of a hop's. */
    private static final String[] LINK_READ_KEYS = Stream.concat(Arrays.stream(FILTER_KEYS), Arrays.stream(HopForm.LINK_KEYS))
            .distinct().toArray(String[]::new);
    /** Where each of {@link HopForm#LINK_KEYS} is in {@link #LINK_READ_KEYS}. */
    private static final int[] HOP_KEY_PLACES = Arrays.stream(HopForm.LINK_KEYS)
            .mapToInt(key -> Arrays.asList(LINK_READ_KEYS).indexOf(key)).toArray();

    private final Read read;
    private final TokenRead tokens;
    private final NodeCursor[] nodes;
    private final RelationshipTraversalCursor[] links;
    private final PropertyCursor properties;
    private final int[] linkKeys;
    private final PropertySelection linkSelection;
    private final int idKey;
    private final int nameKey;
    private final PropertySelection namedSelection;
    private final Map<Integer, Value> typeNames = new HashMap<>();
    private final Map<Long, ReachValues.Named> named = new HashMap<>();
    /** The values of the link under the cursor of each depth, by {@link #LINK_READ_KEYS}. */
    private final Value[][] linkValues;
    /** A hop's values of a link, by {@link HopForm#LINK_KEYS}; handed to a form, which keeps what it needs. */
    private final Value[] hopValues = new Value[HopForm.LINK_KEYS.length];

    WalkCursors(Transaction transaction, int depths) {
        KernelTransaction kernel = ((InternalTransaction) transaction).kernelTransaction();
        this.read = kernel.dataRead();
        this.tokens = kernel.tokenRead();
        CursorFactory cursors = kernel.cursors();
        CursorContext context = kernel.cursorContext();
        MemoryTracker memory = kernel.memoryTracker();
        this.nodes = new NodeCursor[depths];
        this.links = new RelationshipTraversalCursor[depths];
        for (int depth = 0; depth < depths; depth++) {
            nodes[depth] = cursors.allocateNodeCursor(context, memory);
            links[depth] = cursors.allocateRelationshipTraversalCursor(context, memory);
        }
        this.properties = cursors.allocatePropertyCursor(context, memory);
        this.linkKeys = Arrays.stream(LINK_READ_KEYS).mapToInt(tokens::propertyKey).toArray();
        this.linkSelection = selection(linkKeys);
        this.linkValues = new Value[depths][LINK_READ_KEYS.length];
        this.idKey = tokens.propertyKey("id");
        this.nameKey = tokens.propertyKey("name");
        this.namedSelection = selection(new int[] {idKey, nameKey});
    }

    /** The type ids of the named relationship types; a type no link has yet is left out. */
    int[] typeIds(List<String> names) {
        return names.stream().mapToInt(tokens::relationshipType).filter(id -> id != TokenConstants.NO_TOKEN).toArray();
    }

    int labelId(String label) {
        return tokens.nodeLabel(label);
    }

    /** The incoming links of the given types, for {@link #incoming} (made once per walk). */
    static RelationshipSelection incomingOf(int[] types) {
        return RelationshipSelection.selection(types, Direction.INCOMING);
    }

    /**
     * Places the node cursor of {@code depth} on a node, for {@link #hasLabel} and {@link #incoming}; false if there is
     * no such node. One read of the node for both: the walk reads every node it reaches this way.
     */
    boolean place(int depth, long node) {
        read.singleNode(node, nodes[depth]);
        return nodes[depth].next();
    }

    /** Whether the node placed at {@code depth} has the label (none has a label no node had when the walk began). */
    boolean hasLabel(int depth, int label) {
        return label != TokenConstants.NO_TOKEN && nodes[depth].hasLabel(label);
    }

    /** Places the link cursor of {@code depth} on the links of the selection of the node placed at that depth. */
    void incoming(int depth, RelationshipSelection selection) {
        nodes[depth].relationships(links[depth], selection);
    }

    RelationshipTraversalCursor link(int depth) {
        return links[depth];
    }

    /**
     * Reads the link under the cursor of {@code depth}: what the filter needs and what a hop over it shows, in one pass
     * over its properties. Why both at once: almost every link the walk passes is on a reported path (most lead to a
     * brand), and reading the filter's values first and a hop's later walked each such link's property records twice.
     */
    void readLink(int depth) {
        read(links[depth], linkSelection, linkKeys, linkValues[depth]);
    }

    Value statementKind(int depth) {
        return linkValues[depth][0];
    }

    Value heldFrom(int depth) {
        return linkValues[depth][1];
    }

    Value heldUntil(int depth) {
        return linkValues[depth][2];
    }

    /**
     * The hop over the link read at {@code depth} ({@link #readLink}), from {@code start} up to {@code end}, in the given
     * form. A path's hops are made when it is found, from the values each depth keeps while the walk goes deeper.
     */
    <H> H hop(int depth, HopForm<H> form, ReachValues.Named start, Value type, ReachValues.Named end) {
        for (int i = 0; i < HOP_KEY_PLACES.length; i++) {
            hopValues[i] = linkValues[depth][HOP_KEY_PLACES[i]];
        }
        return form.hop(start, type, end, hopValues);
    }

    private void read(RelationshipTraversalCursor link, PropertySelection selection, int[] keys, Value[] values) {
        Arrays.fill(values, Values.NO_VALUE);
        link.properties(properties, selection);
        while (properties.next()) {
            int key = properties.propertyKey();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key) {
                    values[i] = properties.propertyValue();
                    break;
                }
            }
        }
    }

    /** The {@code {.id, .name}} of the node placed at {@code depth}, read once. */
    ReachValues.Named named(int depth, long node) {
        ReachValues.Named known = named.get(node);
        if (known != null) {
            return known;
        }
        AnyValue id = Values.NO_VALUE;
        AnyValue name = Values.NO_VALUE;
        nodes[depth].properties(properties, namedSelection);
        while (properties.next()) {
            if (properties.propertyKey() == idKey) {
                id = properties.propertyValue();
            } else if (properties.propertyKey() == nameKey) {
                name = properties.propertyValue();
            }
        }
        ReachValues.Named made = ReachValues.Named.of(id, name);
        named.put(node, made);
        return made;
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
        for (int depth = 0; depth < nodes.length; depth++) {
            nodes[depth].close();
            links[depth].close();
        }
        properties.close();
    }

}
