package org.supplywatch.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.cypher.GraphReader;
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

    private final GraphReader reader;
    private final KnownResources resources;
    private final QueryProperties properties;
    private final Clock clock;

    public ExposureService(GraphReader reader, KnownResources resources, QueryProperties properties, Clock clock) {
        this.reader = reader;
        this.resources = resources;
        this.properties = properties;
        this.clock = clock;
    }

    public ExposureReport report(String listId, String kind, Integer page, TraversalParams params) {
        if (listId == null || listId.isBlank()) {
            throw new InvalidParameterException("list", "is required: a restriction list id such as list/us-bis-entity-list");
        }
        String exposedKind = kind == null ? NodeLabel.BRAND.label() : kind;
        if (NodeLabel.fromLabel(exposedKind).filter(EXPOSED_KINDS::contains).isEmpty()) {
            throw new InvalidParameterException("kind", "must be one of " + EXPOSED_KINDS.stream().map(NodeLabel::label).sorted().toList()
                    + ", was '" + exposedKind + "'");
        }
        int pageNumber = page == null ? 0 : page;
        if (pageNumber < 0 || pageNumber > MAX_PAGE) {
            throw new InvalidParameterException("page", "must be between 0 and " + MAX_PAGE + ", was " + pageNumber);
        }
        TraversalOptions options = TraversalOptions.from(params, TraversalKind.TRACE_ALLOWED, TraversalKind.TRACE_DEFAULT, 1,
                properties, clock);
        resources.require(listId, "list", NodeLabel.RESTRICTION_LIST);
        Map<String, Object> parameters = options.cypherParameters();
        parameters.put("listId", listId);
        parameters.put("exposedKind", exposedKind);
        parameters.put("skip", (long) pageNumber * options.limit());
        parameters.put("pathsPerEntity", PATHS_PER_ENTITY);
        // Supply is followed against its arrow, which only the undirected (slower) form can do.
        String query = options.follows(TraversalKind.SUPPLY) ? "queries/exposure-to-list-through-suppliers"
                : "queries/exposure-to-list";
        List<ExposureRow> rows = reader.list(query, parameters, row -> new ExposureRow(TraceRecordMapper.tracePath(row, "exposed"),
                row.get("fewestHops").asInt(), row.get("hasMore").asBoolean()));
        // Rows come entity by entity, in page order; the entity summaries keep that order.
        Map<String, ExposureReport.Exposed> entities = new LinkedHashMap<>();
        for (ExposureRow row : rows) {
            NamedRef start = row.path().start();
            entities.merge(start.id(), new ExposureReport.Exposed(start.id(), start.name(), row.fewestHops(), 1),
                    (seen, more) -> new ExposureReport.Exposed(seen.id(), seen.name(), seen.fewestHops(), seen.paths() + 1));
        }
        List<TracePath> paths = rows.stream().map(ExposureRow::path).toList();
        boolean hasMore = !rows.isEmpty() && rows.getFirst().hasMore();
        return new ExposureReport(listId, exposedKind, options.applied(), pageNumber, options.limit(), hasMore, entities.size(),
                List.copyOf(entities.values()), paths);
    }

    /** One row of the query: a path, its entity's fewest hops, and whether another page follows. */
    private record ExposureRow(TracePath path, int fewestHops, boolean hasMore) {
    }
}
