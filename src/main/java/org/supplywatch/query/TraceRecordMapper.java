package org.supplywatch.query;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.Value;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.TraversalKind;
import org.supplywatch.query.TraceResults.DesignationView;
import org.supplywatch.query.TraceResults.EvidenceItem;
import org.supplywatch.query.TraceResults.Hop;
import org.supplywatch.query.TraceResults.NamedRef;
import org.supplywatch.query.TraceResults.SourceView;
import org.supplywatch.query.TraceResults.TracePath;

/** Maps the rows of the trace queries (hops, designation, list, sources) into {@link TracePath} records. */
final class TraceRecordMapper {

    private TraceRecordMapper() {
    }

    static TracePath tracePath(MapAccessor row, String startColumn) {
        return tracePath(row, startColumn, "sources");
    }

    /** A path whose source cards are in {@code sourcesColumn}; the whole exposure report names only its designation's. */
    static TracePath tracePath(MapAccessor row, String startColumn, String sourcesColumn) {
        List<Hop> hops = row.get("hops").asList(TraceRecordMapper::hop);
        List<RelationshipType> types = hops.stream().map(hop -> RelationshipType.valueOf(hop.type())).toList();
        return new TracePath(named(row.get(startColumn)), named(row.get("designatedEntity")),
                hops.isEmpty() ? "designated" : TraversalKind.ofPath(types).value(), hops,
                designation(row.get("designation"), named(row.get("list"))),
                row.get(sourcesColumn).asList(TraceRecordMapper::source));
    }

    static NamedRef named(Value value) {
        return new NamedRef(text(value.get("id")), text(value.get("name")));
    }

    static Hop hop(Value hop) {
        String type = text(hop.get("type"));
        String kind = TraversalKind.of(RelationshipType.valueOf(type)).map(TraversalKind::value).orElse(null);
        return new Hop(new NamedRef(text(hop.get("from")), text(hop.get("fromName"))), type, kind,
                new NamedRef(text(hop.get("to")), text(hop.get("toName"))), text(hop.get("statementKind")),
                evidence(hop, text(hop.get("statementKind"))), text(hop.get("validFrom")), text(hop.get("validTo")));
    }

    static DesignationView designation(Value designation, NamedRef list) {
        String removed = text(designation.get("removed"));
        return new DesignationView(text(designation.get("id")), list, text(designation.get("statementKind")),
                text(designation.get("announced")), text(designation.get("effective")), removed, removed == null,
                designation.get("disputed").asBoolean(false), text(designation.get("legalCitation")),
                text(designation.get("scope")), designation.get("scopeReachesSubsidiaries").asBoolean(false),
                text(designation.get("reason")), text(designation.get("note")),
                evidence(designation, text(designation.get("statementKind"))));
    }

    static SourceView source(Value source) {
        return new SourceView(text(source.get("id")), text(source.get("title")), text(source.get("publisher")),
                text(source.get("published")), text(source.get("url")));
    }

    /** The sources, passages and per-source kinds of a fact, side by side. */
    static List<EvidenceItem> evidence(Value fact, String fallbackKind) {
        List<String> sourceIds = strings(fact.get("sourceIds"));
        List<String> passages = strings(fact.get("passages"));
        List<String> kinds = strings(fact.get("statementKinds"));
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < sourceIds.size(); i++) {
            items.add(new EvidenceItem(sourceIds.get(i), i < passages.size() ? passages.get(i) : null,
                    i < kinds.size() ? kinds.get(i) : fallbackKind));
        }
        return items;
    }

    static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
