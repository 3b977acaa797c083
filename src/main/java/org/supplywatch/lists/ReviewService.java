package org.supplywatch.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Service;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.cypher.GraphWriter;
import org.supplywatch.query.InvalidParameterException;
import org.supplywatch.query.TraceResults.NamedRef;
import org.supplywatch.query.UnknownResourceException;

/**
 * The review queue of entity resolutions. Confirming points the designation at the existing
 * candidate; rejecting points it (back) at the provisional entity made from the listed name, so
 * a wrong merge, automatic or confirmed, is undone without losing anything.
 */
@Service
public class ReviewService {

    private static final Set<String> STATUSES = Set.of("automatic", "pending", "confirmed", "rejected");

    private final GraphReader reader;
    private final GraphWriter writer;
    private final Clock clock;

    public ReviewService(GraphReader reader, GraphWriter writer, Clock clock) {
        this.reader = reader;
        this.writer = writer;
        this.clock = clock;
    }

    public List<ReviewItem> list(String status, Integer limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidParameterException("status", "must be one of " + STATUSES + ", was '" + status + "'");
        }
        int rows = limit == null ? 100 : limit;
        if (rows < 1 || rows > 1000) {
            throw new InvalidParameterException("limit", "must be between 1 and 1000, was " + rows);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("status", status);
        parameters.put("id", null);
        parameters.put("limit", rows);
        return reader.list("queries/resolutions", parameters, ReviewService::item);
    }

    public ReviewItem confirm(String id) {
        ReviewItem item = find(id);
        if (!"pending".equals(item.status())) {
            throw new ReviewConflictException("Only a pending resolution can be confirmed; " + id + " is " + item.status());
        }
        decide(item, "confirmed", item.candidate().id(), item.candidate().id());
        return find(id);
    }

    public ReviewItem reject(String id) {
        ReviewItem item = find(id);
        if ("rejected".equals(item.status())) {
            throw new ReviewConflictException(id + " is already rejected");
        }
        decide(item, "rejected", item.provisionalEntity(), null);
        return find(id);
    }

    private void decide(ReviewItem item, String status, String targetId, String mergedInto) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("resolutionId", item.id());
        parameters.put("status", status);
        parameters.put("decidedOn", LocalDate.now(clock).toString());
        parameters.put("targetId", targetId);
        parameters.put("provisional", provisional(item));
        parameters.put("mergedInto", mergedInto);
        writer.inOneTransaction(batch -> {
            batch.run("ingest/redirect-designation", parameters);
            if (mergedInto != null) {
                batch.unwind("ingest/add-imported-aliases", List.of(Map.of("id", mergedInto, "aliases", List.of(item.listedName()))));
            }
        });
    }

    /** The provisional entity as it is created if an automatic match never needed one. */
    private Map<String, Object> provisional(ReviewItem item) {
        String label = item.provisionalEntity().startsWith("person/") ? "Person" : "ListedParty";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", item.provisionalEntity());
        properties.put("name", item.listedName());
        properties.put("origin", "csl");
        properties.put("sourceIds", sourceIdsOf(item.id()));
        properties.put("passages", List.of(item.listedName()));
        return Map.of("id", item.provisionalEntity(), "label", label, "properties", properties);
    }

    private List<String> sourceIdsOf(String id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("status", null);
        parameters.put("id", id);
        parameters.put("limit", 1);
        List<List<String>> ids = reader.list("queries/resolutions", parameters, row -> row.get("sourceIds").asList(Value::asString));
        return ids.isEmpty() || ids.getFirst().isEmpty() ? List.of() : List.of(ids.getFirst().getFirst());
    }

    private ReviewItem find(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidParameterException("id", "is required: a resolution id such as resolution/csl/el/...");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("status", null);
        parameters.put("id", id);
        parameters.put("limit", 1);
        List<ReviewItem> items = reader.list("queries/resolutions", parameters, ReviewService::item);
        if (items.isEmpty()) {
            throw new UnknownResourceException(id);
        }
        return items.getFirst();
    }

    private static ReviewItem item(MapAccessor row) {
        return new ReviewItem(row.get("id").asString(), row.get("status").asString(),
                row.get("score").isNull() ? null : row.get("score").asDouble(), text(row.get("reason")), text(row.get("decidedOn")),
                text(row.get("listedName")), text(row.get("designationId")), named(row.get("candidate")),
                named(row.get("designatedEntity")), text(row.get("provisional").get("id")));
    }

    private static NamedRef named(Value value) {
        return value.isNull() ? null : new NamedRef(text(value.get("id")), text(value.get("name")));
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
