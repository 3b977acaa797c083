package org.supplywatch.ingest;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.StatementKind;

/**
 * {@code designations/*.csv}: an entity put on a restriction list, with its dates (announced,
 * effective, removed), legal citation, the list's own scope wording and the stated reason.
 */
final class DesignationsSection extends SeedSection {

    DesignationsSection() {
        super("designations/*.csv",
                Set.of("id", "entity", "list", "statementKind", "announced", "effective", "removed", "legalCitation",
                "scope", "reason", "sourceId", "passage", "note"),
                Set.of("id", "entity", "list", "statementKind", "legalCitation", "sourceId", "passage"));
    }

    @Override
    void read(SeedRow row, SeedGraphBuilder graph) {
        FactRows.requireText(row, graph, "legalCitation");
        Evidence evidence = Evidence.of(row, graph, EnumSet.of(StatementKind.OFFICIAL_ACT));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("announced", SeedDates.read(row, "announced", graph));
        properties.put("effective", SeedDates.read(row, "effective", graph));
        properties.put("removed", SeedDates.read(row, "removed", graph));
        properties.put("legalCitation", row.text("legalCitation"));
        properties.put("scope", row.text("scope"));
        properties.put("reason", row.text("reason"));
        properties.put("note", row.text("note"));
        if (FactRows.node(row, graph, NodeLabel.DESIGNATION, evidence, properties)) {
            FactRows.link(row, graph, RelationshipType.DESIGNATES, "entity", evidence);
            FactRows.link(row, graph, RelationshipType.ON_LIST, "list", evidence);
        }
    }
}
