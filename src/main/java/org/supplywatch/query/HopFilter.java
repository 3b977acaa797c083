package org.supplywatch.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.graphdb.Entity;
import org.neo4j.kernel.impl.util.ValueUtils;
import org.neo4j.values.AnyValue;
import org.neo4j.values.storable.DateValue;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Values;

/**
 * Which links and designations an exposure walk counts, as the WHERE clauses of the exposure queries say: a statement
 * kind among the chosen ones, held on the day ({@code heldFrom <= asOf < heldUntil}, either end open), and for links a
 * type among those followed; a designation with a denial on record only when disputed ones are kept.
 */
record HopFilter(LocalDate asOf, Set<String> kinds, List<String> followed, boolean excludeDisputed) {

    HopFilter(LocalDate asOf, List<String> kinds, List<String> followTypes, boolean excludeDisputed) {
        this(asOf, Set.copyOf(kinds), followed(followTypes), excludeDisputed);
    }

    /** Whether a designation (or link) counts on the day: read in one pass over its properties. */
    boolean holds(Entity fact) {
        return holds(fact.getProperties("statementKind", "heldFrom", "heldUntil"));
    }

    /** Whether a fact with these properties (statementKind, heldFrom, heldUntil among them) counts on the day. */
    boolean holds(Map<String, Object> values) {
        return holds(ValueUtils.of(values.get("statementKind")), ValueUtils.of(values.get("heldFrom")), ValueUtils.of(values.get("heldUntil")));
    }

    /** The same, from the values as Neo4j's store gives them. */
    boolean holds(AnyValue kind, AnyValue from, AnyValue until) {
        if (!(kind instanceof TextValue text) || !kinds.contains(text.stringValue())) {
            return false;
        }
        // Cypher's comparison of a date with anything else is null, which a WHERE treats as false.
        return (from == Values.NO_VALUE || from instanceof DateValue start && !start.asObjectCopy().isAfter(asOf))
                && (until == Values.NO_VALUE || until instanceof DateValue end && asOf.isBefore(end.asObjectCopy()));
    }

    /** The followed types among those the walk may take at all (the fixed bound of the Cypher pattern). */
    private static List<String> followed(List<String> followTypes) {
        return ListReach.UPWARD.stream().map(Enum::name).filter(followTypes::contains).toList();
    }
}
