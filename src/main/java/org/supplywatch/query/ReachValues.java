package org.supplywatch.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.impl.util.ValueUtils;
import org.neo4j.values.AnyValue;
import org.neo4j.values.storable.Values;
import org.neo4j.values.virtual.ListValue;
import org.neo4j.values.virtual.MapValue;
import org.neo4j.values.virtual.MapValueBuilder;
import org.neo4j.values.virtual.VirtualValues;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/**
 * The values an exposure walk hands out, as the map projections of {@code exposure-to-list-all.cypher} make them, and
 * as Neo4j's own values, so rows go out without conversion: each designation's card and sources read once however
 * many paths end at it, each source's card once (the walk itself names the nodes and makes the hops, {@link WalkCursors}).
 */
final class ReachValues {

    private static final String[] CARD_KEYS = {"id", "statementKind", "announced", "effective", "removed", "legalCitation", "scope",
        "scopeReachesSubsidiaries", "reason", "sourceIds", "passages", "note"};
    private static final String[] SOURCE_KEYS = {"id", "title", "published", "url"};

    private final Transaction transaction;
    private final Map<Node, MapValue> cards = new HashMap<>();
    private final Map<Node, ListValue> cardSources = new HashMap<>();
    /** Each source's cards by its id, looked up once: designations cite few sources between them. */
    private final Map<String, List<AnyValue>> sourceCards = new HashMap<>();

    /**
     * A node's id and name as the store gives them (what the report orders by), and in the form each way of the report
     * hands it out, made when first asked for: {@code n {.id, .name}} for the procedure's rows, the service's reference
     * for the walk in its process. Kept in a {@link WalkMemory}, one may be read by several reports at once: a form made
     * twice at once is made equal twice, and either is kept (the forms are immutable, their fields volatile so a form
     * is seen whole).
     */
    static final class Named {
        private final AnyValue id;
        private final AnyValue name;
        private volatile MapValue projection;
        private volatile TraceResults.NamedRef ref;

        private Named(AnyValue id, AnyValue name) {
            this.id = id;
            this.name = name;
        }

        static Named of(AnyValue id, AnyValue name) {
            return new Named(id, name);
        }

        /** Read through the embedded API, for the few nodes the walk does not meet (the list). */
        static Named of(Node node) {
            Map<String, Object> values = node.getProperties("id", "name");
            return of(ValueUtils.of(values.get("id")), ValueUtils.of(values.get("name")));
        }

        AnyValue id() {
            return id;
        }

        AnyValue name() {
            return name;
        }

        MapValue projection() {
            if (projection == null) {
                MapValueBuilder made = new MapValueBuilder(2);
                made.add("id", id);
                made.add("name", name);
                projection = made.build();
            }
            return projection;
        }

        TraceResults.NamedRef ref() {
            if (ref == null) {
                ref = new TraceResults.NamedRef(WalkRecords.text(id), WalkRecords.text(name));
            }
            return ref;
        }
    }

    ReachValues(Transaction transaction) {
        this.transaction = transaction;
    }

    /** A node of this transaction, by the id the walk read it under. */
    Node node(long id) {
        return transaction.getNodeById(id);
    }

    MapValue card(Node designation) {
        return cards.computeIfAbsent(designation, key -> {
            MapValueBuilder card = projection(key, CARD_KEYS, 1);
            card.add("disputed", Values.booleanValue(disputed(key)));
            return card.build();
        });
    }

    /** {@code EXISTS { (:Denial)-[:DISPUTES]->(designation) }}. */
    static boolean disputed(Node designation) {
        return ListReach.iterate(designation.getRelationships(Direction.INCOMING, ListReach.type(RelationshipType.DISPUTES))).stream()
                .anyMatch(link -> link.getStartNode().hasLabel(ListReach.label(NodeLabel.DENIAL)));
    }

    /** The designation's sources, each id once in the order cited, one card per publisher (none: publisher null). */
    ListValue sources(Node designation) {
        return cardSources.computeIfAbsent(designation, key -> {
            Set<String> sourceIds = new LinkedHashSet<>();
            if (key.getProperty("sourceIds", null) instanceof String[] cited) {
                Collections.addAll(sourceIds, cited);
            }
            List<AnyValue> sources = new ArrayList<>();
            for (String sourceId : sourceIds) {
                sources.addAll(sourceCards.computeIfAbsent(sourceId, this::sourceCards));
            }
            return VirtualValues.fromList(sources);
        });
    }

    /** {@code MATCH (source:Resource {id: $id}) WHERE source:Source OPTIONAL MATCH (source)-[:PUBLISHED_BY]->(publisher)}: a card a row. */
    private List<AnyValue> sourceCards(String sourceId) {
        Node source = transaction.findNode(ListReach.label(NodeLabel.RESOURCE), "id", sourceId);
        if (source == null || !source.hasLabel(ListReach.label(NodeLabel.SOURCE))) {
            return List.of();
        }
        List<Relationship> publishers = ListReach.iterate(source.getRelationships(Direction.OUTGOING,
                ListReach.type(RelationshipType.PUBLISHED_BY)));
        List<AnyValue> cards = new ArrayList<>();
        for (int i = 0; i < Math.max(1, publishers.size()); i++) {
            MapValueBuilder card = projection(source, SOURCE_KEYS, 1);
            card.add("publisher", publishers.isEmpty() ? Values.NO_VALUE
                    : ValueUtils.of(publishers.get(i).getEndNode().getProperty("name", null)));
            cards.add(card.build());
        }
        return cards;
    }

    /** A map projection {@code entity {.a, .b}}: every key present, null where the entity has no such property; room for more. */
    private static MapValueBuilder projection(Entity entity, String[] keys, int more) {
        Map<String, Object> values = entity.getProperties(keys);
        MapValueBuilder projected = new MapValueBuilder(keys.length + more);
        for (String key : keys) {
            projected.add(key, ValueUtils.of(values.get(key)));
        }
        return projected;
    }
}
