package org.supplywatch.ingest;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.StatementKind;

/** {@code sources.csv}: the documents and lists every fact cites, each with its publisher. */
final class SourcesSection extends SeedSection {

    SourcesSection() {
        super("sources.csv",
                Set.of("id", "title", "publisher", "published", "url", "note"),
                Set.of("id", "title", "publisher"));
    }

    @Override
    void read(SeedRow row, SeedGraphBuilder graph) {
        if (row.text("title").isEmpty()) {
            graph.problem(row, "title", "is required");
        }
        String url = row.text("url");
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
            graph.problem(row, "url", "'" + url + "' is not an http(s) URL");
        }
        if (!row.text("id").startsWith("source/")) {
            graph.problem(row, "id", "a source id starts with 'source/'");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", row.text("title"));
        properties.put("published", SeedDates.read(row, "published", graph));
        properties.put("url", url);
        properties.put("note", row.text("note"));
        if (graph.node(row, "id", NodeLabel.SOURCE, properties)) {
            // The source's own imprint is the evidence that its publisher published it.
            Evidence imprint = new Evidence(StatementKind.COMPANY_STATEMENT, row.text("id"), row.text("title"));
            graph.relationship(row, "id", row.text("id"), RelationshipType.PUBLISHED_BY, "publisher", row.text("publisher"),
                    imprint, Map.of());
        }
    }

    static Set<StatementKind> factKinds() {
        return EnumSet.of(StatementKind.OFFICIAL_ACT, StatementKind.COMPANY_STATEMENT, StatementKind.REPORTED);
    }
}
