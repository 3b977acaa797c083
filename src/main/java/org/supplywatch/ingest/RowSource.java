package org.supplywatch.ingest;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rows of nodes and relationships in the shape {@code ingest/merge-nodes} and
 * {@code ingest/merge-relationships} take, which can be read more than once, by two threads at once too (each pass
 * is independent of the others). A list holds them in
 * memory; a generator makes them again on each pass, so a graph of millions of rows never has to
 * fit in the heap.
 */
public interface RowSource {

    /** Hands every node row to {@code nodes} and every relationship row to {@code relationships}, in one pass. */
    void forEach(Consumer<Map<String, Object>> nodes, Consumer<Map<String, Object>> relationships);

    static RowSource of(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {
        return (nodeSink, relationshipSink) -> {
            nodes.forEach(nodeSink);
            relationships.forEach(relationshipSink);
        };
    }

    static Consumer<Map<String, Object>> skip() {
        return row -> {
        };
    }
}
