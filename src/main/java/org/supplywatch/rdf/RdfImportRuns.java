package org.supplywatch.rdf;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.supplywatch.cypher.GraphReader;

/**
 * The RDF imports of this process, running or recent, with how far each has got: what
 * {@code GET /api/v1/rdf-imports} shows while a large file loads. Kept in memory (the last 50),
 * together with the imports that the graph records as unfinished (the service stopped part way,
 * in this process or an earlier one; see {@code cypher/queries/unfinished-imports.cypher}).
 */
@Component
public class RdfImportRuns {

    private static final Logger LOG = LoggerFactory.getLogger(RdfImportRuns.class);
    private static final int KEPT = 50;
    static final String RUN_PREFIX = "import-run/";

    static final String UNFINISHED = "unfinished: the service stopped during this import; import the same file again to complete it";

    private final Deque<Run> runs = new ArrayDeque<>();
    private final Clock clock;
    private final GraphReader reader;

    public RdfImportRuns(Clock clock, GraphReader reader) {
        this.clock = clock;
        this.reader = reader;
    }

    synchronized Run start(String name) {
        Run run = new Run(UUID.randomUUID().toString(), name, clock.instant());
        runs.addFirst(run);
        while (runs.size() > KEPT) {
            runs.removeLast();
        }
        return run;
    }

    /** Runs of this process, newest first, then unfinished imports of earlier processes, oldest first. */
    public List<RunView> all() {
        List<RunView> views = new ArrayList<>(recent());
        Set<String> known = views.stream().map(RunView::id).collect(Collectors.toSet());
        unfinished().stream().filter(view -> !known.contains(view.id())).forEach(views::add);
        return views;
    }

    public Optional<RunView> find(String id) {
        return all().stream().filter(view -> view.id().equals(id)).findFirst();
    }

    private synchronized List<RunView> recent() {
        return runs.stream().map(Run::view).toList();
    }

    private List<RunView> unfinished() {
        return reader.list("queries/unfinished-imports", Map.of(), row -> new RunView(
                row.get("id").asString().substring(RUN_PREFIX.length()), row.get("name").asString(), UNFINISHED, 0,
                row.get("rowsToWrite").asLong(), row.get("rowsWritten").asLong(),
                row.get("startedAt").asZonedDateTime().toInstant(), null, "incomplete"));
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

        String name() {
            return name;
        }

        Instant startedAt() {
            return startedAt;
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
