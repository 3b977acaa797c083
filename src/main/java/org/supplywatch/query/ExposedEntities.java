package org.supplywatch.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.values.AnyValue;
import org.neo4j.values.AnyValues;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.UTF8StringValue;
import org.supplywatch.query.ListReach.Candidate;
import org.supplywatch.query.ReachValues.Named;

/**
 * Exposed entities of a reach, each with its paths, in the report's order of entities: by name, then id (Cypher's
 * ordering of values), then node (so that no two entities tie). Each walker orders what it found on its own thread;
 * the runs are then merged, an entity two walkers reached keeping the paths of both. Why not one sort at the end: at a
 * million companies ordering tens of thousands of entities was a sixth of the whole report, and done on one core.
 */
final class ExposedEntities<H> {

    /** An exposed entity (its node) and its paths, with what entities are ordered by taken out, close at hand for the sort. */
    record Entity<H>(long node, SortKey name, SortKey id, List<Candidate<H>> paths) {
    }

    private static final Comparator<AnyValue> CYPHER_ORDER = AnyValues.COMPARATOR;
    private final Comparator<Entity<H>> order = Comparator.<Entity<H>, SortKey>comparing(Entity::name).thenComparing(Entity::id)
            .thenComparingLong(Entity::node);
    private final List<Entity<H>> entities;

    private ExposedEntities(List<Entity<H>> entities) {
        this.entities = entities;
    }

    static <H> ExposedEntities<H> none() {
        return new ExposedEntities<>(List.of());
    }

    /** The paths one walker found, by exposed node, in report order. */
    static <H> ExposedEntities<H> ordered(Map<Long, List<Candidate<H>>> byExposed) {
        List<Entity<H>> entities = new ArrayList<>(byExposed.size());
        byExposed.forEach((node, found) -> {
            Named exposed = found.getFirst().nodes()[0];
            entities.add(new Entity<>(node, SortKey.of(exposed.name()), SortKey.of(exposed.id()), found));
        });
        ExposedEntities<H> ordered = new ExposedEntities<>(entities);
        entities.sort(ordered.order);
        return ordered;
    }

    /** This run and another merged in order; an entity both hold has this run's paths, then the other's. */
    ExposedEntities<H> merge(ExposedEntities<H> other) {
        if (other.entities.isEmpty()) {
            return this;
        }
        if (entities.isEmpty()) {
            return other;
        }
        List<Entity<H>> merged = new ArrayList<>(entities.size() + other.entities.size());
        int left = 0;
        int right = 0;
        while (left < entities.size() && right < other.entities.size()) {
            Entity<H> one = entities.get(left);
            Entity<H> two = other.entities.get(right);
            int compared = order.compare(one, two);
            if (compared == 0) {
                List<Candidate<H>> paths = new ArrayList<>(one.paths().size() + two.paths().size());
                paths.addAll(one.paths());
                paths.addAll(two.paths());
                merged.add(new Entity<>(one.node(), one.name(), one.id(), paths));
                left++;
                right++;
            } else if (compared < 0) {
                merged.add(one);
                left++;
            } else {
                merged.add(two);
                right++;
            }
        }
        merged.addAll(entities.subList(left, entities.size()));
        merged.addAll(other.entities.subList(right, other.entities.size()));
        return new ExposedEntities<>(merged);
    }

    List<Entity<H>> entities() {
        return entities;
    }

    /** Two strings as the report's sort compares them (tests hold it to Neo4j's ordering of values). */
    static int compareText(TextValue left, TextValue right) {
        return SortKey.of(left).compareTo(SortKey.of(right));
    }

    /**
     * A name or id as the report's sort compares it: in Cypher's order, decoded once. Why not {@link AnyValues#COMPARATOR}
     * on the values: it compares two strings the store gave as UTF-8 a code point at a time, which was half the time of
     * ordering a report of 25,000 entities; Java's comparison of the decoded strings gives the same answer unless both
     * are UTF-8 and one holds a unit from U+D800 up (a code point above U+FFFF sorts after U+E000-U+FFFF by code point,
     * before them by UTF-16 unit), which is looked for once per key.
     */
    record SortKey(AnyValue value, String text, boolean utf8, boolean fromD800) implements Comparable<SortKey> {

        static SortKey of(AnyValue value) {
            if (!(value instanceof TextValue textValue)) {
                return new SortKey(value, null, false, false);
            }
            String text = textValue.stringValue();
            boolean fromD800 = false;
            for (int i = 0; i < text.length() && !fromD800; i++) {
                fromD800 = text.charAt(i) >= 0xD800;
            }
            return new SortKey(value, text, value instanceof UTF8StringValue, fromD800);
        }

        @Override
        public int compareTo(SortKey other) {
            if (text == null || other.text == null) {
                return CYPHER_ORDER.compare(value, other.value);
            }
            if (utf8 && other.utf8 && (fromD800 || other.fromD800)) {
                return codePointOrder(text, other.text);
            }
            return text.compareTo(other.text);
        }
    }

    /** UTF-16 strings in the order of their code points (UTF-8's byte order). */
    private static int codePointOrder(String one, String two) {
        int length = Math.min(one.length(), two.length());
        for (int i = 0; i < length; i++) {
            char a = one.charAt(i);
            char b = two.charAt(i);
            if (a != b) {
                return codePointRank(a) - codePointRank(b);
            }
        }
        return one.length() - two.length();
    }

    /** Places surrogates (code points above U+FFFF) after every other UTF-16 unit, as their code points sort. */
    private static int codePointRank(char unit) {
        if (unit < 0xD800) {
            return unit;
        }
        return unit >= 0xE000 ? unit - 0x800 : unit + 0x2000;
    }
}
