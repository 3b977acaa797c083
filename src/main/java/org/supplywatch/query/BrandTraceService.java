package org.supplywatch.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.query.TraceResults.BrandTrace;
import org.supplywatch.query.TraceResults.BrandTraceReport;

/**
 * Answers "which retail brands trace back to a designated parent?" with
 * {@code cypher/queries/brands-traced-to-designated-parents.cypher}, after checking its bounds.
 */
@Service
public class BrandTraceService {

    /** The literal upper bound written in the Cypher pattern; requests above it are refused. */
    public static final int MAX_HOPS_CEILING = 8;

    private final GraphReader reader;
    private final QueryProperties properties;

    public BrandTraceService(GraphReader reader, QueryProperties properties) {
        this.reader = reader;
        this.properties = properties;
    }

    public BrandTraceReport trace(String brandId, String listId, Integer maxHops, Integer limit) {
        int hops = maxHops == null ? MAX_HOPS_CEILING : maxHops;
        int rows = limit == null ? properties.defaultLimit() : limit;
        if (hops < 1 || hops > MAX_HOPS_CEILING) {
            throw new InvalidParameterException("maxHops", "must be between 1 and " + MAX_HOPS_CEILING + ", was " + hops);
        }
        if (rows < 1 || rows > properties.maxLimit()) {
            throw new InvalidParameterException("limit", "must be between 1 and " + properties.maxLimit() + ", was " + rows);
        }
        requireKnown(brandId, "Brand", "brand");
        requireKnown(listId, "RestrictionList", "list");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("brandId", brandId);
        parameters.put("listId", listId);
        parameters.put("maxHops", hops);
        parameters.put("limit", rows);
        List<BrandTrace> paths = reader.list("queries/brands-traced-to-designated-parents", parameters,
                TraceRecordMapper::brandTrace);
        return new BrandTraceReport(brandId, listId, hops, rows, paths.size(), paths);
    }

    private void requireKnown(String id, String label, String parameter) {
        if (id == null) {
            return;
        }
        List<List<String>> labels = reader.list("queries/resource-exists", Map.of("id", id),
                row -> row.get("labels").asList(value -> value.asString()));
        if (labels.isEmpty()) {
            throw new UnknownResourceException(id);
        }
        if (!labels.getFirst().contains(label)) {
            throw new InvalidParameterException(parameter, "must name a " + label + ", but '" + id + "' is a "
                    + labels.getFirst().stream().filter(l -> !"Resource".equals(l)).toList());
        }
    }
}
