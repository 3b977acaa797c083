package org.supplywatch.rdf;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The RDF imports of this process, running or recent, with how far each has got: what
 * {@code GET /api/v1/rdf-imports} shows while a large file loads. Kept in memory (the last 50).
 */
@Component
public class RdfImportRuns {

    private static final Logger LOG = LoggerFactory.getLogger(RdfImportRuns.class);
    private static final int KEPT = 50;

    private final Deque<Run> runs = new ArrayDeque<>();
    private final Clock clock;

    public RdfImportRuns(Clock clock) {
        this.clock = clock;
    }

    synchronized Run start(String name) {
        Run run = new Run(UUID.randomUUID().toString(), name, clock.instant());
        runs.addFirst(run);
        while (runs.size() > KEPT) {
            runs.removeLast();
        }
        return run;
    }

    public synchronized List<RunView> all() {
        return runs.stream().map(Run::view).toList();
    }

    public synchronized Optional<RunView> find(String id) {
        return runs.stream().filter(run -> run.id.equals(id)).findFirst().map(Run::view);
    }

    /** What a client sees of a run. */
    public record RunView(String id, String name, String phase, long triplesRead, long rowsToWrite, long rowsWritten,
            Instant startedAt, Instant finishedAt, String outcome) {
    }

    /** One import's progress; updated by the importing thread, read by status requests. */
    final class Run {
        private final String id;
        private final String name;
        private final Instant startedAt;
        private volatile String phase = "parsing";
        private volatile long triplesRead;
        private volatile long rowsToWrite;
        private volatile long rowsWritten;
        private volatile Instant finishedAt;
        private volatile String outcome;

        private Run(String id, String name, Instant startedAt) {
            this.id = id;
            this.name = name;
            this.startedAt = startedAt;
        }

        String id() {
            return id;
        }

        void phase(String next) {
            phase = next;
            LOG.info("RDF import {} ({}): {}", id, name, next);
        }

        void triplesRead(long count) {
            triplesRead = count;
            LOG.info("RDF import {} ({}): {} triples read", id, name, count);
        }

        void writing(long total) {
            rowsToWrite = total;
            phase("writing " + total + " rows");
        }

        void written(long count) {
            rowsWritten = count;
            LOG.info("RDF import {} ({}): {} of {} rows written", id, name, count, rowsToWrite);
        }

        void finish(String result) {
            outcome = result;
            finishedAt = clock.instant();
            phase = "finished";
            LOG.info("RDF import {} ({}): {}", id, name, result);
        }

        RunView view() {
            return new RunView(id, name, phase, triplesRead, rowsToWrite, rowsWritten, startedAt, finishedAt, outcome);
        }
    }
}
