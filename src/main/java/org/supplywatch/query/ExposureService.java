package org.supplywatch.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.TraversalKind;
import org.supplywatch.query.TraceResults.TracePath;

/** The exposure report for a restriction list, page by page ({@code cypher/queries/exposure-to-list.cypher}). */
@Service
public class ExposureService {

    private static final Set<NodeLabel> EXPOSED_KINDS = Set.of(NodeLabel.BRAND, NodeLabel.COMPANY, NodeLabel.PRODUCT,
            NodeLabel.GOVERNMENT_BODY);
    private static final int MAX_PAGE = 100_000;

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
        // One row more than the page tells whether another page follows, without counting them all.
        parameters.put("limit", options.limit() + 1);
        List<TracePath> rows = new ArrayList<>(reader.list("queries/exposure-to-list", parameters,
                row -> TraceRecordMapper.tracePath(row, "exposed")));
        boolean hasMore = rows.size() > options.limit();
        if (hasMore) {
            rows.removeLast();
        }
        return new ExposureReport(listId, exposedKind, options.applied(), pageNumber, options.limit(), hasMore, rows.size(), rows);
    }
}
