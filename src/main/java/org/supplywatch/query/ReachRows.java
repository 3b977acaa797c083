package org.supplywatch.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.neo4j.kernel.impl.util.ValueUtils;
import org.neo4j.values.AnyValue;
import org.neo4j.values.AnyValues;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.UTF8StringValue;
import org.neo4j.values.virtual.MapValue;
import org.neo4j.values.virtual.VirtualValues;
import org.supplywatch.query.ExposureWalk.Row;
import org.supplywatch.query.ListReach.Candidate;
import org.supplywatch.query.ReachValues.Named;

/**
 * The paths of a walked reach in the order of {@code exposure-to-list-all.cypher}'s rows: exposed entities by name and
 * id, each one's paths shortest first, then by designation date, designation id, the ids along the path and the links'
 * types (Cypher's own ordering of values, so nulls and strings sort as ORDER BY sorts them), at most
 * {@code pathsPerEntity}; as the procedure's rows, or each path with its entity's fewest hops for the service.
 */
final class ReachRows<H> {

    private static final Comparator<AnyValue> CYPHER_ORDER = AnyValues.COMPARATOR;
    private final Comparator<Candidate<H>> pathOrder = Comparator.<Candidate<H>>comparingInt(candidate -> candidate.hops().size())
            .thenComparing(candidate -> ValueUtils.of(candidate.listing().heldFrom()), CYPHER_ORDER)
            .thenComparing(candidate -> ValueUtils.of(candidate.listing().id()), CYPHER_ORDER)
            .thenComparing(ReachRows::nodeIds, CYPHER_ORDER)
            .thenComparing(candidate -> VirtualValues.list(candidate.types()), CYPHER_ORDER);

    /** An exposed entity's paths, with what entities are ordered by taken out, close at hand for the sort. */
    private record Entity<H>(SortKey name, SortKey id, List<Candidate<H>> paths) {
    }

    private final Comparator<Entity<H>> entityOrder = Comparator.<Entity<H>, SortKey>comparing(Entity::name).thenComparing(Entity::id);

    /**
     * A name or id as the report's sort compares it: in Cypher's order, decoded once. Why not {@link AnyValues#COMPARATOR}
     * on the values: it compares two strings the store gave as UTF-8 a code point at a time, which was half the time of
     * ordering a report of 25,000 entities; Java's comparison of the decoded strings gives the same answer unless both
     * are UTF-8 and one holds a unit from U+D800 up (a code point above U+FFFF sorts after U+E000-U+FFFF by code point,
     * before them by UTF-16 unit), which is looked for once per key.
     */
    private record SortKey(AnyValue value, String text, boolean utf8, boolean fromD800) implements Comparable<SortKey> {

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

    /** A path in report order, with the fewest hops of any path of its entity. */
    record Ordered<H>(Candidate<H> path, long fewestHops) {

        Named exposed() {
            return path.nodes()[0];
        }
    }

    private final ListReach<H> reach;
    private final int pathsPerEntity;

    ReachRows(ListReach<H> reach, int pathsPerEntity) {
        this.reach = reach;
        this.pathsPerEntity = pathsPerEntity;
    }

    /**
     * The paths in report order, each entity's sorted as it is pulled. An iterator rather than a stream per entity
     * (flatMap): a whole report has tens of thousands of entities, most with one path.
     */
    Stream<Ordered<H>> ordered() {
        if (pathsPerEntity < 1) {
            return Stream.empty();
        }
        List<Entity<H>> entities = new ArrayList<>(reach.byExposed().size());
        for (List<Candidate<H>> found : reach.byExposed().values()) {
            Named exposed = found.getFirst().nodes()[0];
            entities.add(new Entity<>(SortKey.of(exposed.name()), SortKey.of(exposed.id()), found));
        }
        entities.sort(entityOrder);
        Iterator<Ordered<H>> paths = new Iterator<>() {
            private int entity;
            private List<Candidate<H>> current = List.of();
            private int next;
            private long fewestHops;

            @Override
            public boolean hasNext() {
                if (next < current.size()) {
                    return true;
                }
                if (entity == entities.size()) {
                    return false;
                }
                current = entities.get(entity++).paths();
                if (current.size() > 1) {
                    current = new ArrayList<>(current);
                    current.sort(pathOrder);
                    current = current.subList(0, Math.min(current.size(), pathsPerEntity));
                }
                next = 0;
                fewestHops = current.getFirst().hops().size();
                return true;
            }

            @Override
            public Ordered<H> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return new Ordered<>(current.get(next++), fewestHops);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(paths, totalPaths(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** How many paths {@link #ordered} gives at most (the spliterator's estimate). */
    private long totalPaths() {
        long total = 0;
        for (List<Candidate<H>> found : reach.byExposed().values()) {
            total += Math.min(found.size(), pathsPerEntity);
        }
        return total;
    }

    /** The procedure's rows, made as they are pulled. */
    static Stream<Row> rows(ListReach<MapValue> reach, int pathsPerEntity) {
        if (reach.list() == null) {
            return Stream.empty();
        }
        MapValue list = Named.of(reach.list()).projection();
        return new ReachRows<>(reach, pathsPerEntity).ordered().map(ordered -> {
            Candidate<MapValue> candidate = ordered.path();
            Row row = new Row();
            row.exposed = ordered.exposed().projection();
            row.fewestHops = ordered.fewestHops();
            row.hasMore = false;
            row.designatedEntity = candidate.designee().projection();
            row.hops = VirtualValues.list(candidate.hops().toArray(AnyValue[]::new));
            row.designation = candidate.listing().card();
            row.list = list;
            row.designationSources = candidate.listing().sources();
            return row;
        });
    }

    /** Two strings as the report's sort compares them (tests hold it to Neo4j's ordering of values). */
    static int compareText(TextValue left, TextValue right) {
        return SortKey.of(left).compareTo(SortKey.of(right));
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

    private static AnyValue nodeIds(Candidate<?> candidate) {
        AnyValue[] ids = new AnyValue[candidate.nodes().length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = candidate.nodes()[i].id();
        }
        return VirtualValues.list(ids);
    }
}
