package org.supplywatch.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.supplywatch.graph.NodeLabel;

/** {@code entities/*.csv}: companies, government bodies, NGOs, publishers, brands, products, channels and lists. */
final class EntitiesSection extends SeedSection {

    EntitiesSection() {
        super("entities/*.csv",
                Set.of("id", "kind", "name", "aliases", "formerNames", "chineseName", "country", "description", "sourceId", "passage"),
                Set.of("id", "kind", "name", "sourceId"));
    }

    @Override
    void read(SeedRow row, SeedGraphBuilder graph) {
        String kindText = row.text("kind");
        NodeLabel kind = NodeLabel.fromLabel(kindText).filter(NodeLabel::isNamedEntity).orElse(null);
        if (kind == null) {
            graph.problem(row, "kind", "unknown kind '" + kindText + "' (expected one of "
                    + List.of(NodeLabel.values()).stream().filter(NodeLabel::isNamedEntity).map(NodeLabel::label).toList() + ")");
            return;
        }
        if (row.text("name").isEmpty()) {
            graph.problem(row, "name", "is required");
        }
        String country = row.text("country");
        if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
            graph.problem(row, "country", "'" + country + "' is not an ISO 3166 alpha-2 code");
        }
        graph.sourceReference(row, "sourceId", row.text("sourceId"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", row.text("name"));
        properties.put("aliases", row.list("aliases"));
        properties.put("formerNames", row.list("formerNames"));
        properties.put("chineseName", row.text("chineseName"));
        properties.put("country", country);
        properties.put("description", row.text("description"));
        properties.put("sourceIds", List.of(row.text("sourceId")));
        properties.put("passages", row.text("passage").isEmpty() ? List.of() : List.of(row.text("passage")));
        graph.node(row, "id", kind, properties);
    }
}
