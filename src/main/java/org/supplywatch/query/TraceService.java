package org.supplywatch.query;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.TraversalKind;
import org.supplywatch.query.TraceResults.TracePath;
import org.supplywatch.query.TraceResults.TraceReport;

/**
 * Traces up to designated entities: from one entity ({@code trace-to-designated-ancestors}) or
 * from every brand ({@code brands-traced-to-designated-parents}), with the traversal filters.
 */
@Service
public class TraceService {

    private final GraphReader reader;
    private final KnownResources resources;
    private final QueryProperties properties;
    private final Clock clock;

    public TraceService(GraphReader reader, KnownResources resources, QueryProperties properties, Clock clock) {
        this.reader = reader;
        this.resources = resources;
        this.properties = properties;
        this.clock = clock;
    }

    public TraceReport traceFrom(String fromId, String listId, TraversalParams params) {
        if (fromId == null || fromId.isBlank()) {
            throw new InvalidParameterException("from", "is required: the id of a brand, product or company");
        }
        TraversalOptions options = options(params, 0);
        resources.require(listId, "list", NodeLabel.RESTRICTION_LIST);
        Map<String, Object> parameters = options.cypherParameters();
        parameters.put("fromId", fromId);
        parameters.put("listId", listId);
        String query = options.follows(TraversalKind.SUPPLY) ? "queries/trace-to-designated-ancestors-through-suppliers"
                : "queries/trace-to-designated-ancestors";
        List<TracePath> paths = reader.list(query, parameters, row -> TraceRecordMapper.tracePath(row, "start"));
        if (paths.isEmpty()) {
            // A path names its start, so only an empty answer needs the id checked (unknown → 404):
            // the common case costs one query, not two.
            resources.labelsOf(fromId);
        }
        return new TraceReport(fromId, listId, options.applied(), paths.size(), paths);
    }

    public TraceReport brandsToDesignatedParents(String brandId, String listId, TraversalParams params) {
        TraversalOptions options = options(params, 1);
        resources.require(brandId, "brand", NodeLabel.BRAND);
        resources.require(listId, "list", NodeLabel.RESTRICTION_LIST);
        Map<String, Object> parameters = options.cypherParameters();
        parameters.put("brandId", brandId);
        parameters.put("listId", listId);
        List<TracePath> paths = reader.list("queries/brands-traced-to-designated-parents", parameters,
                row -> TraceRecordMapper.tracePath(row, "brand"));
        return new TraceReport(brandId, listId, options.applied(), paths.size(), paths);
    }

    private TraversalOptions options(TraversalParams params, int minHops) {
        return TraversalOptions.from(params, TraversalKind.TRACE_ALLOWED, TraversalKind.TRACE_DEFAULT, minHops, properties, clock);
    }
}
