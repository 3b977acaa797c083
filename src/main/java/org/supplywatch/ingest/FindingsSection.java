package org.supplywatch.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/** {@code findings.csv}: what was found (human-rights findings, determinations), about whom, by whom. */
final class FindingsSection extends SeedSection {

    FindingsSection() {
        super("findings.csv",
                Set.of("id", "concerns", "foundBy", "summary", "statementKind", "date", "sourceId", "passage"),
                Set.of("id", "concerns", "summary", "statementKind", "sourceId", "passage"));
    }

    @Override
    void read(SeedRow row, SeedGraphBuilder graph) {
        FactRows.requireText(row, graph, "concerns", "summary");
        Evidence evidence = Evidence.of(row, graph, SourcesSection.factKinds());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("summary", row.text("summary"));
        properties.put("date", SeedDates.read(row, "date", graph));
        if (FactRows.node(row, graph, NodeLabel.FINDING, evidence, properties)) {
            FactRows.linkEach(row, graph, RelationshipType.CONCERNS, "concerns", evidence);
            FactRows.linkEach(row, graph, RelationshipType.FOUND_BY, "foundBy", evidence);
        }
    }
}
