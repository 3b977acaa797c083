package org.supplywatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.supplywatch.cypher.GraphWriter;
import org.supplywatch.ingest.RowSource;

/**
 * Loads large sets of rows in batches of {@code UNWIND ... MERGE} under the id constraint, one
 * transaction per batch, logging progress; the same ingest files the seed loader uses. The rows
 * are read twice, nodes first, then relationships (whose ends must exist), and only one batch is
 * held at a time.
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
    public long load(RowSource rows, long expectedTotal) {
        Batches nodes = new Batches("ingest/merge-nodes", 0, expectedTotal);
        rows.forEach(nodes::add, RowSource.skip());
        nodes.flush();
        Batches relationships = new Batches("ingest/merge-relationships", nodes.written, expectedTotal);
        rows.forEach(RowSource.skip(), relationships::add);
        relationships.flush();
        return relationships.written;
    }

    /** Collects rows and writes each full batch in its own transaction. */
    private final class Batches {
        private final String file;
        private final long total;
        private final List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        private long written;

        Batches(String file, long written, long total) {
            this.file = file;
            this.written = written;
            this.total = total;
        }

        void add(Map<String, Object> row) {
            batch.add(row);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            writer.inOneTransaction(tx -> tx.unwind(file, batch));
            written += batch.size();
            batch.clear();
            LOG.info("Bulk load: {} of {} elements written", written, total);
        }
    }
}
