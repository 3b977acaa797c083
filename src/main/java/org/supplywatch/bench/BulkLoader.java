package org.supplywatch.bench;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.supplywatch.cypher.GraphWriter;

/**
 * Loads large sets of rows in batches of {@code UNWIND ... MERGE} under the id constraint, one
 * transaction per batch, logging progress; the same ingest files the seed loader uses.
 */
@Component
public class BulkLoader {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoader.class);
    static final int BATCH = 10_000;

    private final GraphWriter writer;

    public BulkLoader(GraphWriter writer) {
        this.writer = writer;
    }

    /** Writes the nodes, then the relationships; returns the number of elements written. */
    public long load(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {
        long total = nodes.size() + (long) relationships.size();
        long written = 0;
        written = batches("ingest/merge-nodes", nodes, written, total);
        batches("ingest/merge-relationships", relationships, written, total);
        return total;
    }

    private long batches(String file, List<Map<String, Object>> rows, long written, long total) {
        for (int start = 0; start < rows.size(); start += BATCH) {
            List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
            writer.inOneTransaction(tx -> tx.unwind(file, batch));
            written += batch.size();
            LOG.info("Bulk load: {} of {} elements written", written, total);
        }
        return written;
    }
}
