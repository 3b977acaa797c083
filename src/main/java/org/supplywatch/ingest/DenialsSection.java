package org.supplywatch.ingest;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.StatementKind;

/** {@code denials.csv}: a denial is a statement of its own, pointing at what it disputes; the claim stays. */
final class DenialsSection extends SeedSection {

    DenialsSection() {
        super("denials.csv",
                Set.of("id", "by", "disputes", "summary", "statementKind", "sourceId", "passage"),
                Set.of("id", "by", "disputes", "summary", "statementKind", "sourceId", "passage"));
    }

    @Override
    void read(SeedRow row, SeedGraphBuilder graph) {
        FactRows.requireText(row, graph, "by", "disputes", "summary");
        Evidence evidence = Evidence.of(row, graph, EnumSet.of(StatementKind.DENIAL));
        if (FactRows.node(row, graph, NodeLabel.DENIAL, evidence, Map.of("summary", row.text("summary")))) {
            FactRows.linkEach(row, graph, RelationshipType.DENIAL_BY, "by", evidence);
            FactRows.linkEach(row, graph, RelationshipType.DISPUTES, "disputes", evidence);
        }
    }
}
