package org.supplywatch.ingest;

import java.util.Set;

import org.supplywatch.graph.StatementKind;

/**
 * The evidence of one seed row: which source says it, the passage quoted from that source,
 * and what kind of statement it is. Rows without all three are refused.
 */
record Evidence(StatementKind kind, String sourceId, String passage) {

    private static final int MAX_PASSAGE = 2_000;

    /** Reads the row's statementKind, sourceId and passage, or reports what is wrong and returns null. */
    static Evidence of(SeedRow row, SeedGraphBuilder graph, Set<StatementKind> allowed) {
        String kindText = row.text("statementKind");
        StatementKind kind = StatementKind.fromValue(kindText).orElse(null);
        boolean valid = true;
        if (kind == null) {
            graph.problem(row, "statementKind", "unknown statement kind '" + kindText + "' (expected one of "
                    + allowed.stream().map(StatementKind::value).toList() + ")");
            valid = false;
        } else if (!allowed.contains(kind)) {
            graph.problem(row, "statementKind", "'" + kindText + "' is not allowed here (expected one of "
                    + allowed.stream().map(StatementKind::value).toList() + ")");
            valid = false;
        }
        String passage = row.text("passage");
        if (passage.isEmpty()) {
            graph.problem(row, "passage", "is required: quote the passage of the source that supports this fact");
            valid = false;
        } else if (passage.length() > MAX_PASSAGE) {
            graph.problem(row, "passage", "is longer than " + MAX_PASSAGE + " characters: quote only the supporting passage");
            valid = false;
        }
        graph.sourceReference(row, "sourceId", row.text("sourceId"));
        return valid ? new Evidence(kind, row.text("sourceId"), passage) : null;
    }
}
