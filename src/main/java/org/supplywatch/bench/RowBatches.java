package org.supplywatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;

/**
 * Rows gathered into batches of a fixed size, each full batch handed to a write (one transaction each, in both loads
 * that use it) and the running count logged, so a long load shows its progress. Only one batch is held at a time.
 */
final class RowBatches {

    private final int size;
    private final long total;
    private final Consumer<List<Map<String, Object>>> write;
    private final Logger log;
    private final String load;
    private final List<Map<String, Object>> batch;
    private long written;

    /** {@code written} rows are already in (the nodes, when the relationships' batches start); {@code load} names it in the log. */
    RowBatches(int size, long total, long written, Consumer<List<Map<String, Object>>> write, Logger log, String load) {
        this.size = size;
        this.total = total;
        this.written = written;
        this.write = write;
        this.log = log;
        this.load = load;
        this.batch = new ArrayList<>(size);
    }

    void add(Map<String, Object> row) {
        batch.add(row);
        if (batch.size() == size) {
            flush();
        }
    }

    /** Writes what is held (the last, partial batch at the end of a pass). */
    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        write.accept(batch);
        written += batch.size();
        batch.clear();
        log.info("{}: {} of {} elements written", load, written, total);
    }

    long written() {
        return written;
    }
}
