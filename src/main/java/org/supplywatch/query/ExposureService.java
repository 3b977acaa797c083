package org.supplywatch.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.neo4j.driver.types.MapAccessor;

import org.springframework.stereotype.Service;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.cypher.GraphStream;
import org.supplywatch.cypher.InProcessDatabase;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.TraversalKind;
import org.supplywatch.query.TraceResults.NamedRef;
import org.supplywatch.query.TraceResults.TracePath;

/**
 * The exposure report for a restriction list, page by page ({@code cypher/queries/exposure-to-list.cypher}): a page is
 * {@code limit} exposed entities in order of name, each with its paths to the list's designees. One query per page; its
 * cost is one walk of what the list reaches plus the page's own paths.
 */
@Service
public class ExposureService {

    private static final Set<NodeLabel> EXPOSED_KINDS = Set.of(NodeLabel.BRAND, NodeLabel.COMPANY, NodeLabel.PRODUCT,
            NodeLabel.GOVERNMENT_BODY);
    private static final int MAX_PAGE = 100_000;
    /** Paths listed per exposed entity, shortest first; its trace gives all of them. */
    static final int PATHS_PER_ENTITY = 100;
    private static final String PAGE_QUERY = "queries/exposure-to-list";
    /**
     * The same paths as all pages of {@link #PAGE_QUERY}, from one walk of the reach instead of one walk up per entity;
     * the cards of the sources its hops cite are read apart ({@link ReportSources}).
     */
    private static final String WHOLE_REPORT_QUERY = "queries/exposure-to-list-all";
    /** The same rows as {@link #WHOLE_REPORT_QUERY}, walked by {@link ExposureWalk} where the database has it. */
    private static final String WALK_QUERY = "queries/exposure-to-list-walk";

    private final GraphReader reader;
    private final GraphStream stream;
    private final KnownResources resources;
    private final QueryProperties properties;
    private final Clock clock;
    private final Optional<ExposureWalk.Registration> walk;
    private final Optional<InProcessDatabase> inProcess;
    private final Optional<WalkMemory> memory;

    /**
     * {@code walk} is present when the database has the {@link ExposureWalk} procedure, {@code inProcess} when it runs
     * in this process (the embedded one has both): the whole report is then walked here ({@link WalkPaths}), else by
     * the procedure, else by the Cypher query. {@code memory} is what walks in this process read of the store, kept
     * between reports and forgotten on write (present on the embedded database, as a listener of it); without it each
     * report reads the store afresh.
     */
    public ExposureService(GraphReader reader, GraphStream stream, KnownResources resources, QueryProperties properties,
            Clock clock, Optional<ExposureWalk.Registration> walk, Optional<InProcessDatabase> inProcess,
            Optional<WalkMemory> memory) {
        this.reader = reader;
        this.stream = stream;
        this.resources = resources;
        this.properties = properties;
        this.clock = clock;
        this.walk = walk;
        this.inProcess = inProcess;
        this.memory = memory;
    }

    /** This service with the whole report from the Cypher query, as against an external Neo4j (benchmarks compare the ways). */
    public ExposureService withCypherReport() {
        return new ExposureService(reader, stream, resources, properties, clock, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This service with the whole report from the procedure behind its Cypher file, as with read-in-process off. */
    public ExposureService withProcedureReport() {
        return new ExposureService(reader, stream, resources, properties, clock, walk, Optional.empty(), Optional.empty());
    }

    public ExposureReport report(String listId, String kind, Integer page, TraversalParams params) {
        int pageNumber = page == null ? 0 : page;
        if (pageNumber < 0 || pageNumber > MAX_PAGE) {
            throw new InvalidParameterException("page", "must be between 0 and " + MAX_PAGE + ", was " + pageNumber);
        }
        Request request = request(listId, kind, params);
        request.parameters().put("skip", (long) pageNumber * request.options().limit());
        List<ExposureRow> rows = reader.list(request.query(), request.parameters(), ExposureService::row);
        // Rows come entity by entity, in page order; the entity summaries keep that order.
        Map<String, ExposureReport.Exposed> entities = new LinkedHashMap<>();
        for (ExposureRow row : rows) {
            NamedRef start = row.path().start();
            entities.merge(start.id(), new ExposureReport.Exposed(start.id(), start.name(), row.fewestHops(), 1),
                    (seen, more) -> new ExposureReport.Exposed(seen.id(), seen.name(), seen.fewestHops(), seen.paths() + 1));
        }
        List<TracePath> paths = rows.stream().map(ExposureRow::path).toList();
        boolean hasMore = !rows.isEmpty() && rows.getFirst().hasMore();
        return new ExposureReport(listId, request.exposedKind(), request.options().applied(), pageNumber, request.options().limit(),
                hasMore, entities.size(), List.copyOf(entities.values()), paths);
    }

    /**
     * The whole report in one query, each path handed on as Neo4j sends it: the rows of every page in page order, from
     * one walk of the list's reach however many entities it holds ({@code exposure-to-list-walk.cypher} where the
     * database has the walk procedure, else {@code exposure-to-list-all.cypher}; when supply is
     * followed, the suppliers query with every exposed entity on one page). The filters' {@code limit} is not used; the
     * time budget is {@code supplywatch.query.report-timeout}.
     */
    public void streamAll(String listId, String kind, TraversalParams params, Consumer<TracePath> sink) {
        prepareAll(listId, kind, params).accept(sink);
    }

    /**
     * {@link #streamAll}, checked now and run later: a bad list, kind or filter is refused before a response starts,
     * and the returned stream runs the query when it is given a sink.
     */
    public Consumer<Consumer<TracePath>> prepareAll(String listId, String kind, TraversalParams params) {
        TraversalParams unpaged = new TraversalParams(params.asOf(), params.minEvidence(), params.excludeDisputed(), params.follow(),
                params.maxHops(), null);
        Request request = request(listId, kind, unpaged);
        if (!request.query().equals(PAGE_QUERY)) {
            // The suppliers query has no whole-report form: it runs as one page holding every entity.
            request.parameters().put("skip", 0L);
            request.parameters().put("limit", (long) Integer.MAX_VALUE);
            return sink -> stream.forEach(request.query(), request.parameters(), properties.reportTimeout(),
                    row -> sink.accept(row(row).path()));
        }
        Map<String, Object> parameters = request.parameters();
        return sink -> {
            ReportSources sources = new ReportSources(reader, sink);
            if (inProcess.isPresent()) {
                @SuppressWarnings("unchecked") // the traversal parameters, as TraversalOptions makes them
                HopFilter filter = new HopFilter((LocalDate) parameters.get("asOf"), (List<String>) parameters.get("evidenceKinds"),
                        (List<String>) parameters.get("followTypes"), (Boolean) parameters.get("excludeDisputed"));
                WalkPaths.stream(inProcess.get(), properties.reportTimeout(), listId, request.exposedKind(), filter,
                        request.options().maxHops(), PATHS_PER_ENTITY, memory.orElseGet(WalkMemory::forOneReport), sources);
            } else {
                stream.forEach(walk.isPresent() ? WALK_QUERY : WHOLE_REPORT_QUERY, parameters, properties.reportTimeout(),
                        row -> sources.accept(TraceRecordMapper.tracePath(row, "exposed", "designationSources")));
            }
            sources.flush();
        };
    }

    private Request request(String listId, String kind, TraversalParams params) {
        if (listId == null || listId.isBlank()) {
            throw new InvalidParameterException("list", "is required: a restriction list id such as list/us-bis-entity-list");
        }
        String exposedKind = kind == null ? NodeLabel.BRAND.label() : kind;
        if (NodeLabel.fromLabel(exposedKind).filter(EXPOSED_KINDS::contains).isEmpty()) {
            throw new InvalidParameterException("kind", "must be one of " + EXPOSED_KINDS.stream().map(NodeLabel::label).sorted().toList()
                    + ", was '" + exposedKind + "'");
        }
        TraversalOptions options = TraversalOptions.from(params, TraversalKind.TRACE_ALLOWED, TraversalKind.TRACE_DEFAULT, 1,
                properties, clock);
        resources.require(listId, "list", NodeLabel.RESTRICTION_LIST);
        Map<String, Object> parameters = options.cypherParameters();
        parameters.put("listId", listId);
        parameters.put("exposedKind", exposedKind);
        parameters.put("pathsPerEntity", PATHS_PER_ENTITY);
        // Supply is followed against its arrow, which only the undirected (slower) form can do.
        String query = options.follows(TraversalKind.SUPPLY) ? "queries/exposure-to-list-through-suppliers" : PAGE_QUERY;
        return new Request(query, exposedKind, options, parameters);
    }

    private static ExposureRow row(MapAccessor row) {
        return new ExposureRow(TraceRecordMapper.tracePath(row, "exposed"), row.get("fewestHops").asInt(), row.get("hasMore").asBoolean());
    }

    /** A validated request: the query to run, with its parameters. */
    private record Request(String query, String exposedKind, TraversalOptions options, Map<String, Object> parameters) {
    }

    /** One row of the query: a path, its entity's fewest hops, and whether another page follows. */
    private record ExposureRow(TracePath path, int fewestHops, boolean hasMore) {
    }
}
