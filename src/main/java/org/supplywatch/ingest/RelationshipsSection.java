package org.supplywatch.ingest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.supplywatch.graph.Period;
import org.supplywatch.graph.RelationshipType;

/** {@code relationships/*.csv}: brand, ownership, manufacturing, supply, retail and hierarchy links, one evidence row each. */
final class RelationshipsSection extends SeedSection {

    RelationshipsSection() {
        super("relationships/*.csv",
                Set.of("from", "type", "to", "statementKind", "sourceId", "passage", "validFrom", "validTo", "share", "note"),
                Set.of("from", "type", "to", "statementKind", "sourceId", "passage"));
    }

    @Override
    void read(SeedRow row, SeedGraphBuilder graph) {
        String typeText = row.text("type");
        RelationshipType type = RelationshipType.fromName(typeText).filter(RelationshipType::isStatedDirectly).orElse(null);
        if (type == null) {
            graph.problem(row, "type", "unknown relationship type '" + typeText + "'");
            return;
        }
        Evidence evidence = Evidence.of(row, graph, SourcesSection.factKinds());
        Map<String, Object> properties = new LinkedHashMap<>();
        String validFrom = SeedDates.read(row, "validFrom", graph);
        String validTo = SeedDates.read(row, "validTo", graph);
        properties.put("validFrom", validFrom);
        properties.put("validTo", validTo);
        properties.put("heldFrom", Period.start(validFrom));
        properties.put("heldUntil", Period.endExclusive(validTo));
        properties.put("share", share(row, graph));
        properties.put("note", row.text("note"));
        graph.relationship(row, "from", row.text("from"), type, "to", row.text("to"), evidence, properties);
    }

    private static Double share(SeedRow row, SeedGraphBuilder graph) {
        String text = row.text("share");
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal share = new BigDecimal(text);
            if (share.signum() > 0 && share.compareTo(BigDecimal.ONE) <= 0) {
                return share.doubleValue();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        graph.problem(row, "share", "'" + text + "' is not a share between 0 (exclusive) and 1");
        return null;
    }
}
