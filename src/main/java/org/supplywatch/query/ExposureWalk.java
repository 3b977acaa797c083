package org.supplywatch.query;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.TerminationGuard;
import org.neo4j.values.virtual.MapValue;

/**
 * The whole exposure report as a procedure of the database, {@code supplywatch.exposureWalk}: the same rows, in the
 * same order, as {@code cypher/queries/exposure-to-list-all.cypher} (tests hold the two to that), walked by Java code
 * inside Neo4j. Why: Community's Cypher runtime interprets every path of that query row by row (about 40 µs a path
 * for the walk alone and as much again for its projection on this project's 2-core machine, whatever the plan), so at
 * a million companies the report took about 9 times as long as a BFS over the same links; here each link is read
 * once per report, each hop's evidence projected once however many paths cross it. The embedded database registers it
 * ({@link #register}) and the service then runs {@code cypher/queries/exposure-to-list-walk.cypher}; with an external
 * Neo4j, where it is not installed, the service runs the Cypher query instead.
 */
public class ExposureWalk {

    /** The procedure's name, as {@code cypher/queries/exposure-to-list-walk.cypher} calls it. */
    public static final String NAME = "supplywatch.exposureWalk";

    @Context
    public Transaction transaction;

    @Context
    public TerminationGuard guard;

    /** Says that the database at hand has the procedure, so the service may call it. */
    public record Registration(String procedure) {
    }

    /** Registers the procedure on a running database (what a plugin folder would do on a server). */
    public static Registration register(GraphDatabaseService database) {
        try {
            ((GraphDatabaseAPI) database).getDependencyResolver().resolveDependency(GlobalProcedures.class)
                    .registerProcedure(ExposureWalk.class);
        } catch (ProcedureException e) {
            throw new IllegalStateException("cannot register " + NAME + ": " + e.getMessage(), e);
        }
        return new Registration(NAME);
    }

    @Procedure(name = NAME, mode = Mode.READ)
    @Description("Every path from an entity of exposedKind to an entity the list designates, with its evidence, as the rows "
            + "of cypher/queries/exposure-to-list-all.cypher.")
    public Stream<Row> exposureWalk(@Name("listId") String listId, @Name("exposedKind") String exposedKind,
            @Name("asOf") LocalDate asOf, @Name("evidenceKinds") List<String> evidenceKinds,
            @Name("excludeDisputed") boolean excludeDisputed, @Name("followTypes") List<String> followTypes,
            @Name("maxHops") long maxHops, @Name("pathsPerEntity") long pathsPerEntity) {
        HopFilter filter = new HopFilter(asOf, evidenceKinds, followTypes, excludeDisputed);
        ListReach<MapValue> reach = ListReach.walk(transaction, guard, listId, exposedKind, filter,
                (int) Math.min(maxHops, ListReach.MAX_HOPS), HopForm.MAPS);
        return ReachRows.rows(reach, (int) Math.min(pathsPerEntity, Integer.MAX_VALUE));
    }

    /**
     * One row, with the columns of {@code exposure-to-list-all.cypher}. The maps and lists are Neo4j's own values, made
     * once per node, link and designation and shared by every row that shows them (declared as any value, so Neo4j
     * takes them as they are instead of converting a Java map for every row).
     */
    public static final class Row {
        public Object exposed;
        public long fewestHops;
        public boolean hasMore;
        public Object designatedEntity;
        public Object hops;
        public Object designation;
        public Object list;
        public Object designationSources;
    }
}
