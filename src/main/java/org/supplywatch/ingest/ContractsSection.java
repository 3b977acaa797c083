package org.supplywatch.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/**
 * {@code contracts.csv}: purchases and contracts as their source states them. Figures that are
 * only reported (value, count) go to {@code claims.csv}, so a confirmed purchase and a reported
 * price never share one statement kind.
 */
final class ContractsSection extends SeedSection {

    ContractsSection() {
        super("contracts.csv",
                Set.of("id", "buyer", "supplier", "items", "date", "statementKind", "sourceId", "passage"),
                Set.of("id", "buyer", "supplier", "statementKind", "sourceId", "passage"));
    }

    @Override
    void read(SeedRow row, SeedGraphBuilder graph) {
        FactRows.requireText(row, graph, "buyer", "supplier");
        Evidence evidence = Evidence.of(row, graph, SourcesSection.factKinds());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", row.text("buyer") + " buys " + row.text("items") + " from " + row.text("supplier"));
        properties.put("items", row.text("items"));
        properties.put("date", SeedDates.read(row, "date", graph));
        if (FactRows.node(row, graph, NodeLabel.CONTRACT, evidence, properties)) {
            FactRows.link(row, graph, RelationshipType.HAS_BUYER, "buyer", evidence);
            FactRows.link(row, graph, RelationshipType.HAS_SUPPLIER, "supplier", evidence);
        }
    }
}
