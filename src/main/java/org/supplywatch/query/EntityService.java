package org.supplywatch.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Service;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.TraversalKind;
import org.supplywatch.query.EntityCard.DenialView;
import org.supplywatch.query.EntityCard.FindingView;
import org.supplywatch.query.EntityCard.Link;
import org.supplywatch.query.TraceResults.NamedRef;

/** The entity card, from {@code cypher/queries/entity-card.cypher}. */
@Service
public class EntityService {

    /** Most relationships each way, designations and findings on one card. */
    static final int CARD_LIMIT = 500;

    private final GraphReader reader;

    public EntityService(GraphReader reader) {
        this.reader = reader;
    }

    public EntityCard card(String id) {
        List<EntityCard> cards = reader.list("queries/entity-card", Map.of("id", id, "limit", CARD_LIMIT), row -> card(id, row));
        if (cards.isEmpty()) {
            throw new UnknownResourceException(id);
        }
        return cards.getFirst();
    }

    private static EntityCard card(String id, MapAccessor row) {
        Map<String, Object> properties = new LinkedHashMap<>(row.get("properties").asMap(EntityService::plain));
        // Filter bounds are internal; the card shows the dates as the sources give them.
        properties.remove("heldFrom");
        properties.remove("heldUntil");
        return new EntityCard(id, TraceRecordMapper.strings(row.get("kinds")), properties,
                row.get("outgoing").asList(EntityService::link), row.get("incoming").asList(EntityService::link),
                row.get("designations").asList(value -> TraceRecordMapper.designation(value, TraceRecordMapper.named(value.get("list")))),
                row.get("findings").asList(EntityService::finding), row.get("sources").asList(TraceRecordMapper::source));
    }

    private static Object plain(Value value) {
        return value.asObject() instanceof java.time.temporal.TemporalAccessor ? value.toString() : value.asObject();
    }

    private static Link link(Value link) {
        String type = TraceRecordMapper.text(link.get("type"));
        return new Link(type, TraversalKind.of(RelationshipType.valueOf(type)).map(TraversalKind::value).orElse(null),
                new NamedRef(TraceRecordMapper.text(link.get("other")), TraceRecordMapper.text(link.get("otherName"))),
                TraceRecordMapper.text(link.get("otherKind")), TraceRecordMapper.text(link.get("statementKind")),
                TraceRecordMapper.evidence(link, TraceRecordMapper.text(link.get("statementKind"))),
                TraceRecordMapper.text(link.get("validFrom")), TraceRecordMapper.text(link.get("validTo")),
                link.get("share").isNull() ? null : link.get("share").asDouble(), TraceRecordMapper.strings(link.get("notes")));
    }

    private static FindingView finding(Value finding) {
        String kind = TraceRecordMapper.text(finding.get("statementKind"));
        return new FindingView(TraceRecordMapper.text(finding.get("id")), TraceRecordMapper.text(finding.get("summary")), kind,
                TraceRecordMapper.text(finding.get("date")), finding.get("foundBy").asList(TraceRecordMapper::named),
                TraceRecordMapper.evidence(finding, kind), finding.get("denials").asList(EntityService::denial));
    }

    private static DenialView denial(Value denial) {
        return new DenialView(TraceRecordMapper.text(denial.get("id")), TraceRecordMapper.text(denial.get("summary")),
                TraceRecordMapper.strings(denial.get("by")),
                TraceRecordMapper.evidence(denial, TraceRecordMapper.text(denial.get("statementKind"))));
    }
}
