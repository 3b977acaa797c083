package org.supplywatch.query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.neo4j.values.virtual.MapValue;
import org.neo4j.values.virtual.MapValueBuilder;

/**
 * The exposure walk's reads, through Neo4j's kernel cursors: one node cursor and one link cursor per depth, one
 * property cursor, all reused for every node and link, and only the properties asked for read. Why not the embedded
 * API: it makes an entity object, a cursor and a map for every node or link read, and at a million companies that was
 * most of the walk's time. These are Neo4j's internal interfaces (org.neo4j.internal.kernel.api), pinned with the
 * Neo4j version; the walk's tests compare it with the Cypher report, so a change in them shows.
 */
final class WalkCursors implements AutoCloseable {

    /** What the filter reads of a link and what its hop shows. */
    private static final String[] LINK_KEYS = {"statementKind", "heldFrom", "heldUntil", "statementKinds", "sourceIds", "passages",
        "validFrom", "validTo"};
    /** The keys of a hop taken from its link, in {@link #LINK_KEYS}' order from the fourth on (the first is statementKind). */
    private static final String[] HOP_KEYS = {"statementKind", "statementKinds", "sourceIds", "passages", "validFrom", "validTo"};
    private static final int[] HOP_FROM_LINK = {0, 3, 4, 5, 6, 7};

    private final Read read;
    private final TokenRead tokens;
    private final NodeCursor[] nodes;
    private final RelationshipTraversalCursor[] links;
    private final PropertyCursor properties;
    /** For reading a node other than those whose links are being walked. */
    private final NodeCursor lookup;
    private final int[] linkKeys;
    private final PropertySelection linkSelection;
    private final int idKey;
    private final int nameKey;
    private final PropertySelection namedSelection;
    private final Map<Integer, Value> typeNames = new HashMap<>();
    private final Map<Long, ReachValues.Named> named = new HashMap<>();
    /** The values of the link under the cursor, by {@link #LINK_KEYS}. */
    private final Value[] linkValues = new Value[LINK_KEYS.length];

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
        this.lookup = cursors.allocateNodeCursor(context, memory);
        this.linkKeys = Arrays.stream(LINK_KEYS).mapToInt(tokens::propertyKey).toArray();
        this.linkSelection = selection(linkKeys);
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

    /** Places the link cursor of {@code depth} on the incoming links of the given types of a node; false if there is no such node. */
    boolean incoming(int depth, long node, int[] types) {
        read.singleNode(node, nodes[depth]);
        if (!nodes[depth].next()) {
            return false;
        }
        nodes[depth].relationships(links[depth], RelationshipSelection.selection(types, Direction.INCOMING));
        return true;
    }

    RelationshipTraversalCursor link(int depth) {
        return links[depth];
    }

    /** Reads the properties the filter and the hop need of the link under the cursor of {@code depth}. */
    void readLink(int depth) {
        Arrays.fill(linkValues, Values.NO_VALUE);
        links[depth].properties(properties, linkSelection);
        while (properties.next()) {
            int key = properties.propertyKey();
            for (int i = 0; i < linkKeys.length; i++) {
                if (linkKeys[i] == key) {
                    linkValues[i] = properties.propertyValue();
                    break;
                }
            }
        }
    }

    Value statementKind() {
        return linkValues[0];
    }

    Value heldFrom() {
        return linkValues[1];
    }

    Value heldUntil() {
        return linkValues[2];
    }

    /** The hop of the link just read, from {@code start} to {@code end}, as {@code exposure-to-list-all.cypher} projects it. */
    MapValue hop(ReachValues.Named start, Value type, ReachValues.Named end) {
        MapValueBuilder hop = new MapValueBuilder(HOP_KEYS.length + 5);
        for (int i = 0; i < HOP_KEYS.length; i++) {
            hop.add(HOP_KEYS[i], linkValues[HOP_FROM_LINK[i]]);
        }
        hop.add("from", start.id());
        hop.add("fromName", start.name());
        hop.add("type", type);
        hop.add("to", end.id());
        hop.add("toName", end.name());
        return hop.build();
    }

    boolean hasLabel(long node, int label) {
        read.singleNode(node, lookup);
        return lookup.next() && label != TokenConstants.NO_TOKEN && lookup.hasLabel(label);
    }

    /** A node's {@code {.id, .name}}, read once. */
    ReachValues.Named named(long node) {
        ReachValues.Named known = named.get(node);
        if (known != null) {
            return known;
        }
        AnyValue id = Values.NO_VALUE;
        AnyValue name = Values.NO_VALUE;
        read.singleNode(node, lookup);
        if (lookup.next()) {
            lookup.properties(properties, namedSelection);
            while (properties.next()) {
                if (properties.propertyKey() == idKey) {
                    id = properties.propertyValue();
                } else if (properties.propertyKey() == nameKey) {
                    name = properties.propertyValue();
                }
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
        lookup.close();
    }

}
