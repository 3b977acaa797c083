package org.supplywatch.ingest;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.Period;
import org.supplywatch.graph.ScopeWording;
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
        String announced = SeedDates.read(row, "announced", graph);
        String effective = SeedDates.read(row, "effective", graph);
        String removed = SeedDates.read(row, "removed", graph);
        properties.put("announced", announced);
        properties.put("effective", effective);
        properties.put("removed", removed);
        // A designation counts from its effective date (or its announcement when that is all the source gives).
        properties.put("heldFrom", Period.start(effective == null || effective.isEmpty() ? announced : effective));
        properties.put("heldUntil", Period.endExclusive(removed));
        properties.put("legalCitation", row.text("legalCitation"));
        properties.put("scope", row.text("scope"));
        properties.put("scopeReachesSubsidiaries", ScopeWording.reachesSubsidiaries(row.text("scope")));
        properties.put("reason", row.text("reason"));
        properties.put("note", row.text("note"));
        if (FactRows.node(row, graph, NodeLabel.DESIGNATION, evidence, properties)) {
            FactRows.link(row, graph, RelationshipType.DESIGNATES, "entity", evidence);
            FactRows.link(row, graph, RelationshipType.ON_LIST, "list", evidence);
        }
    }
}
