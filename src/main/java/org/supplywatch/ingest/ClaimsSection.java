package org.supplywatch.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/** {@code claims.csv}: one attributed value of a contract's attribute (value, count, date), with its own evidence. */
final class ClaimsSection extends SeedSection {

    private static final Set<String> ATTRIBUTES = Set.of("value", "count", "date", "items");

    ClaimsSection() {
        super("claims.csv",
                Set.of("id", "about", "attribute", "value", "unit", "qualifier", "statementKind", "sourceId", "passage"),
                Set.of("id", "about", "attribute", "value", "statementKind", "sourceId", "passage"));
    }

    @Override
    void read(SeedRow row, SeedGraphBuilder graph) {
        FactRows.requireText(row, graph, "about", "value");
        if (!ATTRIBUTES.contains(row.text("attribute"))) {
            graph.problem(row, "attribute", "unknown attribute '" + row.text("attribute") + "' (expected one of " + ATTRIBUTES + ")");
        }
        Evidence evidence = Evidence.of(row, graph, SourcesSection.factKinds());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("attribute", row.text("attribute"));
        properties.put("value", row.text("value"));
        properties.put("unit", row.text("unit"));
        properties.put("qualifier", row.text("qualifier"));
        if (FactRows.node(row, graph, NodeLabel.CLAIM, evidence, properties)) {
            FactRows.link(row, graph, RelationshipType.CLAIM_ABOUT, "about", evidence);
        }
    }
}
