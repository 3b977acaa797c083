package org.supplywatch.bench;

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
        RowBatches nodes = new RowBatches(BATCH, expectedTotal, 0, batch -> write("ingest/merge-nodes", batch), LOG, "Bulk load");
        rows.forEach(nodes::add, RowSource.skip());
        nodes.flush();
        RowBatches relationships = new RowBatches(BATCH, expectedTotal, nodes.written(),
                batch -> write("ingest/merge-relationships", batch), LOG, "Bulk load");
        rows.forEach(RowSource.skip(), relationships::add);
        relationships.flush();
        return relationships.written();
    }

    /** One batch of rows through the ingest file, in one transaction. */
    private void write(String file, List<Map<String, Object>> batch) {
        writer.inOneTransaction(tx -> tx.unwind(file, batch));
    }
}
