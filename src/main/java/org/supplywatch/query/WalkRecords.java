package org.supplywatch.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.values.AnyValue;
import org.neo4j.values.SequenceValue;
import org.neo4j.values.storable.BooleanValue;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;
import org.neo4j.values.virtual.ListValue;
import org.neo4j.values.virtual.MapValue;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.TraversalKind;
import org.supplywatch.query.ListReach.Candidate;
import org.supplywatch.query.ReachRows.Ordered;
import org.supplywatch.query.ReachValues.Named;
import org.supplywatch.query.TraceResults.DesignationView;
import org.supplywatch.query.TraceResults.EvidenceItem;
import org.supplywatch.query.TraceResults.Hop;
import org.supplywatch.query.TraceResults.NamedRef;
import org.supplywatch.query.TraceResults.SourceView;
import org.supplywatch.query.TraceResults.TracePath;

/**
 * The walk's paths as the service's records, as {@link TraceRecordMapper} makes them from the rows of
 * {@code exposure-to-list-all.cypher} (tests hold the two to the same records): the walkers make the hops
 * ({@link HopForm#RECORDS}, {@link #hop}) and the nodes' references; each designation and list of sources is mapped
 * here once, however many paths share it, since the walk shares one value among them.
 */
final class WalkRecords {

    private final NamedRef list;
    private final Map<MapValue, DesignationView> designations = new IdentityHashMap<>();
    private final Map<ListValue, List<SourceView>> sources = new IdentityHashMap<>();
    /** Each link type's enum, by the type's value (the walk makes one value a type). */
    private final Map<AnyValue, RelationshipType> types = new IdentityHashMap<>();
    /** Each relationship type's kind of traversal, as a hop names it (none for types no traversal follows). */
    private static final Map<RelationshipType, String> KINDS = kinds();

    WalkRecords(Named list) {
        this.list = list.ref();
    }

    TracePath path(Ordered<Hop> ordered) {
        Candidate<Hop> candidate = ordered.path();
        List<RelationshipType> linkTypes = new ArrayList<>(candidate.types().length);
        for (Value type : candidate.types()) {
            linkTypes.add(types.computeIfAbsent(type, name -> RelationshipType.valueOf(text(name))));
        }
        return new TracePath(ordered.exposed().ref(), candidate.designee().ref(), TraversalKind.ofPath(linkTypes).value(),
                candidate.hops(), designations.computeIfAbsent(candidate.listing().card(), this::designation),
                sources.computeIfAbsent(candidate.listing().sources(), WalkRecords::sources));
    }

    /** A hop as {@link TraceRecordMapper} makes it, from a link's values by {@link HopForm#LINK_KEYS} (the walkers' form). */
    static Hop hop(Named from, Value type, Named to, Value[] link) {
        String typeName = text(type);
        String statementKind = text(link[0]);
        return new Hop(from.ref(), typeName, KINDS.get(RelationshipType.valueOf(typeName)), to.ref(), statementKind,
                evidence(link[2], link[3], link[1], statementKind), text(link[4]), text(link[5]));
    }

    private DesignationView designation(MapValue card) {
        String removed = text(card.get("removed"));
        String statementKind = text(card.get("statementKind"));
        return new DesignationView(text(card.get("id")), list, statementKind, text(card.get("announced")), text(card.get("effective")),
                removed, removed == null, flag(card.get("disputed")), text(card.get("legalCitation")), text(card.get("scope")),
                flag(card.get("scopeReachesSubsidiaries")), text(card.get("reason")), text(card.get("note")),
                evidence(card.get("sourceIds"), card.get("passages"), card.get("statementKinds"), statementKind));
    }

    private static List<SourceView> sources(ListValue cards) {
        List<SourceView> views = new ArrayList<>(cards.intSize());
        for (AnyValue value : cards) {
            MapValue card = (MapValue) value;
            views.add(new SourceView(text(card.get("id")), text(card.get("title")), text(card.get("publisher")),
                    text(card.get("published")), text(card.get("url"))));
        }
        return List.copyOf(views);
    }

    /** The sources, passages and per-source kinds of a fact, side by side (as {@link TraceRecordMapper#evidence}). */
    private static List<EvidenceItem> evidence(AnyValue sourceIdValues, AnyValue passageValues, AnyValue kindValues, String fallbackKind) {
        List<String> sourceIds = strings(sourceIdValues);
        List<String> passages = strings(passageValues);
        List<String> kinds = strings(kindValues);
        List<EvidenceItem> items = new ArrayList<>(sourceIds.size());
        for (int i = 0; i < sourceIds.size(); i++) {
            items.add(new EvidenceItem(sourceIds.get(i), i < passages.size() ? passages.get(i) : null,
                    i < kinds.size() ? kinds.get(i) : fallbackKind));
        }
        return List.copyOf(items);
    }

    private static List<String> strings(AnyValue value) {
        if (value == Values.NO_VALUE) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        for (AnyValue item : (SequenceValue) value) {
            strings.add(text(item));
        }
        return strings;
    }

    /** A text value as a string, null for none; anything else is refused, as the driver's {@code asString} refuses it. */
    static String text(AnyValue value) {
        if (value == Values.NO_VALUE) {
            return null;
        }
        if (value instanceof TextValue text) {
            return text.stringValue();
        }
        throw new IllegalStateException("not a string in an exposure path: " + value.getTypeName());
    }

    private static Map<RelationshipType, String> kinds() {
        Map<RelationshipType, String> kinds = new EnumMap<>(RelationshipType.class);
        for (RelationshipType type : RelationshipType.values()) {
            TraversalKind.of(type).ifPresent(kind -> kinds.put(type, kind.value()));
        }
        return kinds;
    }

    private static boolean flag(AnyValue value) {
        return value instanceof BooleanValue flag && flag.booleanValue();
    }
}
