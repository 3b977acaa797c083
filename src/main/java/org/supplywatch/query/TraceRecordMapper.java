package org.supplywatch.query;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.supplywatch.query.TraceResults.BrandTrace;
import org.supplywatch.query.TraceResults.DesignationView;
import org.supplywatch.query.TraceResults.EvidenceItem;
import org.supplywatch.query.TraceResults.Hop;
import org.supplywatch.query.TraceResults.NamedRef;
import org.supplywatch.query.TraceResults.SourceView;

/** Maps rows of {@code queries/brands-traced-to-designated-parents} into {@link BrandTrace} records. */
final class TraceRecordMapper {

    private TraceRecordMapper() {
    }

    static BrandTrace brandTrace(Record row) {
        return new BrandTrace(named(row.get("brand")), named(row.get("designatedEntity")),
                row.get("hops").asList(TraceRecordMapper::hop), designation(row.get("designation"), named(row.get("list"))),
                row.get("sources").asList(TraceRecordMapper::source));
    }

    private static NamedRef named(Value value) {
        return new NamedRef(text(value.get("id")), text(value.get("name")));
    }

    private static Hop hop(Value hop) {
        List<String> kinds = strings(hop.get("statementKinds"));
        return new Hop(new NamedRef(text(hop.get("from")), text(hop.get("fromName"))), text(hop.get("type")),
                new NamedRef(text(hop.get("to")), text(hop.get("toName"))), text(hop.get("statementKind")),
                evidence(strings(hop.get("sourceIds")), strings(hop.get("passages")), kinds, text(hop.get("statementKind"))),
                text(hop.get("validFrom")), text(hop.get("validTo")));
    }

    private static DesignationView designation(Value designation, NamedRef list) {
        String kind = text(designation.get("statementKind"));
        String removed = text(designation.get("removed"));
        return new DesignationView(text(designation.get("id")), list, kind, text(designation.get("announced")),
                text(designation.get("effective")), removed, removed == null, text(designation.get("legalCitation")),
                text(designation.get("scope")), text(designation.get("reason")), text(designation.get("note")),
                evidence(strings(designation.get("sourceIds")), strings(designation.get("passages")), List.of(), kind));
    }

    private static SourceView source(Value source) {
        return new SourceView(text(source.get("id")), text(source.get("title")), text(source.get("publisher")),
                text(source.get("published")), text(source.get("url")));
    }

    private static List<EvidenceItem> evidence(List<String> sourceIds, List<String> passages, List<String> kinds, String fallbackKind) {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < sourceIds.size(); i++) {
            items.add(new EvidenceItem(sourceIds.get(i), i < passages.size() ? passages.get(i) : null,
                    i < kinds.size() ? kinds.get(i) : fallbackKind));
        }
        return items;
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
