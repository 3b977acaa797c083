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
import org.neo4j.values.virtual.MapValue;
import org.neo4j.values.virtual.VirtualValues;
import org.supplywatch.query.ExposedEntities.Entity;
import org.supplywatch.query.ExposureWalk.Row;
import org.supplywatch.query.ListReach.Candidate;
import org.supplywatch.query.ReachValues.Named;

/**
 * The paths of a walked reach in the order of {@code exposure-to-list-all.cypher}'s rows: exposed entities by name and
 * id, each one's paths shortest first, then by designation date, designation id, the ids along the path and the links'
 * types (Cypher's own ordering of values, so nulls and strings sort as ORDER BY sorts them), at most
 * {@code pathsPerEntity}; as the procedure's rows, or each path with its entity's fewest hops for the service. The
 * entities come ordered from the walkers ({@link ExposedEntities}); each one's paths are ordered here, as they are pulled.
 */
final class ReachRows<H> {

    private static final Comparator<AnyValue> CYPHER_ORDER = AnyValues.COMPARATOR;
    private final Comparator<Candidate<H>> pathOrder = Comparator.<Candidate<H>>comparingInt(candidate -> candidate.hops().size())
            .thenComparing(candidate -> ValueUtils.of(candidate.listing().heldFrom()), CYPHER_ORDER)
            .thenComparing(candidate -> ValueUtils.of(candidate.listing().id()), CYPHER_ORDER)
            .thenComparing(ReachRows::nodeIds, CYPHER_ORDER)
            .thenComparing(candidate -> VirtualValues.list(candidate.types()), CYPHER_ORDER);

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
        List<Entity<H>> entities = reach.exposed().entities();
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
        for (Entity<H> entity : reach.exposed().entities()) {
            total += Math.min(entity.paths().size(), pathsPerEntity);
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

    private static AnyValue nodeIds(Candidate<?> candidate) {
        AnyValue[] ids = new AnyValue[candidate.nodes().length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = candidate.nodes()[i].id();
        }
        return VirtualValues.list(ids);
    }
}
