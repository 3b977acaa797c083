package org.supplywatch.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.neo4j.kernel.impl.util.ValueUtils;
import org.neo4j.values.AnyValue;
import org.neo4j.values.AnyValues;
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
final class ReachRows {

    private static final Comparator<AnyValue> CYPHER_ORDER = AnyValues.COMPARATOR;
    private static final Comparator<Candidate> PATH_ORDER = Comparator.<Candidate>comparingInt(candidate -> candidate.hops().length)
            .thenComparing(candidate -> ValueUtils.of(candidate.listing().heldFrom()), CYPHER_ORDER)
            .thenComparing(candidate -> ValueUtils.of(candidate.listing().id()), CYPHER_ORDER)
            .thenComparing(ReachRows::nodeIds, CYPHER_ORDER)
            .thenComparing(candidate -> VirtualValues.list(candidate.types()), CYPHER_ORDER);
    /** An exposed entity's paths, with what entities are ordered by taken out, close at hand for the sort. */
    private record Entity(AnyValue name, AnyValue id, List<Candidate> paths) {
    }

    private static final Comparator<Entity> ENTITY_ORDER = Comparator.<Entity, AnyValue>comparing(Entity::name, CYPHER_ORDER)
            .thenComparing(Entity::id, CYPHER_ORDER);

    /** A path in report order, with the fewest hops of any path of its entity. */
    record Ordered(Candidate path, long fewestHops) {

        Named exposed() {
            return path.nodes()[0];
        }
    }

    private final ListReach reach;
    private final int pathsPerEntity;

    ReachRows(ListReach reach, int pathsPerEntity) {
        this.reach = reach;
        this.pathsPerEntity = pathsPerEntity;
    }

    /** The paths in report order, each entity's sorted as it is pulled. */
    Stream<Ordered> ordered() {
        List<Entity> entities = new ArrayList<>(reach.byExposed().size());
        for (List<Candidate> found : reach.byExposed().values()) {
            Named exposed = found.getFirst().nodes()[0];
            entities.add(new Entity(exposed.name(), exposed.id(), found));
        }
        entities.sort(ENTITY_ORDER);
        return entities.stream().flatMap(entity -> {
            List<Candidate> paths = new ArrayList<>(entity.paths());
            paths.sort(PATH_ORDER);
            long fewestHops = paths.getFirst().hops().length;
            return paths.stream().limit(pathsPerEntity).map(path -> new Ordered(path, fewestHops));
        });
    }

    /** The procedure's rows, made as they are pulled. */
    Stream<Row> rows() {
        if (reach.list() == null) {
            return Stream.empty();
        }
        MapValue list = Named.of(reach.list()).projection();
        return ordered().map(ordered -> {
            Candidate candidate = ordered.path();
            Row row = new Row();
            row.exposed = ordered.exposed().projection();
            row.fewestHops = ordered.fewestHops();
            row.hasMore = false;
            row.designatedEntity = candidate.designee().projection();
            row.hops = VirtualValues.list(candidate.hops());
            row.designation = candidate.listing().card();
            row.list = list;
            row.designationSources = candidate.listing().sources();
            return row;
        });
    }

    private static AnyValue nodeIds(Candidate candidate) {
        AnyValue[] ids = new AnyValue[candidate.nodes().length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = candidate.nodes()[i].id();
        }
        return VirtualValues.list(ids);
    }
}
