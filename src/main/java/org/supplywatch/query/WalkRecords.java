package org.supplywatch.query;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.values.AnyValue;
import org.neo4j.values.SequenceValue;
import org.neo4j.values.storable.BooleanValue;
import org.neo4j.values.storable.TextValue;
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
 * {@code exposure-to-list-all.cypher} (tests hold the two to the same records): each node, hop, designation and list of
 * sources mapped once, however many paths share it, since the walk shares one value among them.
 */
final class WalkRecords {

    private final NamedRef list;
    private final Map<Named, NamedRef> refs = new IdentityHashMap<>();
    private final Map<MapValue, Hop> hops = new IdentityHashMap<>();
    private final Map<MapValue, DesignationView> designations = new IdentityHashMap<>();
    private final Map<ListValue, List<SourceView>> sources = new IdentityHashMap<>();
    /** Each link type's enum and kind of traversal, by the type's value (the walk makes one value a type). */
    private final Map<AnyValue, RelationshipType> types = new IdentityHashMap<>();

    WalkRecords(Named list) {
        this.list = ref(list);
    }

    TracePath path(Ordered ordered) {
        Candidate candidate = ordered.path();
        Hop[] path = new Hop[candidate.hops().length];
        List<RelationshipType> linkTypes = new ArrayList<>(path.length);
        for (int i = 0; i < path.length; i++) {
            path[i] = hops.computeIfAbsent(candidate.hops()[i], WalkRecords::hop);
            linkTypes.add(types.computeIfAbsent(candidate.types()[i], type -> RelationshipType.valueOf(text(type))));
        }
        return new TracePath(refs.computeIfAbsent(ordered.exposed(), WalkRecords::ref),
                refs.computeIfAbsent(candidate.designee(), WalkRecords::ref), TraversalKind.ofPath(linkTypes).value(), List.of(path),
                designations.computeIfAbsent(candidate.listing().card(), this::designation),
                sources.computeIfAbsent(candidate.listing().sources(), WalkRecords::sources));
    }

    private static NamedRef ref(Named node) {
        return new NamedRef(text(node.id()), text(node.name()));
    }

    private static Hop hop(MapValue hop) {
        String type = text(hop.get("type"));
        String kind = TraversalKind.of(RelationshipType.valueOf(type)).map(TraversalKind::value).orElse(null);
        String statementKind = text(hop.get("statementKind"));
        return new Hop(new NamedRef(text(hop.get("from")), text(hop.get("fromName"))), type, kind,
                new NamedRef(text(hop.get("to")), text(hop.get("toName"))), statementKind, evidence(hop, statementKind),
                text(hop.get("validFrom")), text(hop.get("validTo")));
    }

    private DesignationView designation(MapValue card) {
        String removed = text(card.get("removed"));
        String statementKind = text(card.get("statementKind"));
        return new DesignationView(text(card.get("id")), list, statementKind, text(card.get("announced")), text(card.get("effective")),
                removed, removed == null, flag(card.get("disputed")), text(card.get("legalCitation")), text(card.get("scope")),
                flag(card.get("scopeReachesSubsidiaries")), text(card.get("reason")), text(card.get("note")),
                evidence(card, statementKind));
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
    private static List<EvidenceItem> evidence(MapValue fact, String fallbackKind) {
        List<String> sourceIds = strings(fact.get("sourceIds"));
        List<String> passages = strings(fact.get("passages"));
        List<String> kinds = strings(fact.get("statementKinds"));
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
    private static String text(AnyValue value) {
        if (value == Values.NO_VALUE) {
            return null;
        }
        if (value instanceof TextValue text) {
            return text.stringValue();
        }
        throw new IllegalStateException("not a string in an exposure path: " + value.getTypeName());
    }

    private static boolean flag(AnyValue value) {
        return value instanceof BooleanValue flag && flag.booleanValue();
    }
}
