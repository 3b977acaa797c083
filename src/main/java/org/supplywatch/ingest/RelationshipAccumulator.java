package org.supplywatch.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.StatementKind;

/**
 * The evidence rows for one (from, type, to): sources and passages side by side, the strongest
 * statement kind as {@code statementKind}, and every row's kind in {@code statementKinds}.
 * Other properties (dates, share) must agree between rows.
 */
final class RelationshipAccumulator {

    private final String from;
    private final RelationshipType type;
    private final String to;
    private final List<StatementKind> kinds = new ArrayList<>();
    private final List<String> sourceIds = new ArrayList<>();
    private final List<String> passages = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Object> properties = new LinkedHashMap<>();

    RelationshipAccumulator(String from, RelationshipType type, String to) {
        this.from = from;
        this.type = type;
        this.to = to;
    }

    void add(SeedRow row, Evidence evidence, Map<String, Object> rowProperties, List<SeedProblem> problems) {
        if (evidence == null) {
            return;
        }
        kinds.add(evidence.kind());
        sourceIds.add(evidence.sourceId());
        passages.add(evidence.passage());
        rowProperties.forEach((name, value) -> {
            if ("note".equals(name)) {
                if (!SeedGraphBuilder.isEmpty(value) && !notes.contains(value)) {
                    notes.add((String) value);
                }
            } else if (!SeedGraphBuilder.isEmpty(value)) {
                Object earlier = properties.putIfAbsent(name, value);
                if (earlier != null && !Objects.equals(earlier, value)) {
                    problems.add(row.problem(name, "'" + value + "' contradicts '" + earlier + "' given for the same "
                            + from + " " + type + " " + to + " on an earlier row"));
                }
            }
        });
    }

    Map<String, Object> toRow() {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("statementKind", kinds.stream().min(Comparator.naturalOrder()).map(StatementKind::value).orElse(null));
        all.put("statementKinds", kinds.stream().map(StatementKind::value).toList());
        all.put("sourceIds", List.copyOf(sourceIds));
        all.put("passages", List.copyOf(passages));
        if (!notes.isEmpty()) {
            all.put("notes", List.copyOf(notes));
        }
        all.values().removeIf(Objects::isNull);
        return Map.of("from", from, "type", type.name(), "to", to, "properties", all);
    }
}
