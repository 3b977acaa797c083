package org.supplywatch.cypher;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans every query of {@code cypher/queries/} once at start-up ({@code EXPLAIN} with the file's
 * example parameters, so the cached plan has the parameter types real requests bring). Without it
 * the first requests after a start pay for planning the large traversal queries on a cold JVM:
 * seconds on 2 cores, enough for the first traces to run past the query time budget (503).
 * It runs on a background thread once the service is ready, so start-up does not wait for it
 * (about 10 s for the 20 queries on a cold JVM on 2 cores), and only for the web service: the
 * command-line modes run one job and exit. A query that cannot be planned is logged and skipped. Neo4j caches a plan
 * per parameter type and, for strings and lists, per size class (lengths 2-10, 11-100, ...): the examples' ids are of
 * the class every seed id is in (11-51 characters), so an id of 10 characters or fewer is planned on its first use.
 */
@Component
@ConditionalOnWebApplication
public class QueryPlanWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(QueryPlanWarmUp.class);
    private static final String PROCEDURE_NOT_FOUND = "Neo.ClientError.Procedure.ProcedureNotFound";

    private final CypherCatalog catalog;
    private final Driver driver;

    private final CompletableFuture<Void> done = new CompletableFuture<>();

    QueryPlanWarmUp(CypherCatalog catalog, Driver driver) {
        this.catalog = catalog;
        this.driver = driver;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofPlatform().daemon().name("query-plan-warm-up").start(() -> {
            try {
                planEveryQuery();
            } finally {
                done.complete(null);
            }
        });
    }

    /** Waits (at most {@code limit}) for the warm-up to end, e.g. so a benchmark does not measure alongside it. */
    public void awaitDone(Duration limit) {
        try {
            done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Query plan warm-up not finished after {}", limit);
        }
    }

    void planEveryQuery() {
        long started = System.nanoTime();
        int planned = 0;
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            for (CypherFile file : catalog.all()) {
                if (!file.name().startsWith("queries/")) {
                    continue;
                }
                try {
                    session.run("EXPLAIN " + file.statement(), parameters(session, file)).consume();
                    planned++;
                } catch (Neo4jException e) {
                    if (PROCEDURE_NOT_FOUND.equals(e.code())) {
                        // exposure-to-list-walk calls the embedded database's own procedure; an external Neo4j has none.
                        LOG.info("Not planned: cypher/{}.cypher calls a procedure this database does not have", file.name());
                    } else {
                        LOG.warn("Could not plan cypher/{}.cypher in advance: {}", file.name(), e.getMessage());
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Could not plan cypher/{}.cypher in advance: {}", file.name(), e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Query plans not warmed: {}", e.getMessage());
            return;
        }
        LOG.info("Planned {} queries in advance in {} ms", planned, (System.nanoTime() - started) / 1_000_000);
    }

    /** The example values of the file's {@code :param} lines, evaluated by Neo4j (they are Cypher expressions). */
    private static Map<String, Object> parameters(Session session, CypherFile file) {
        if (file.exampleParams().isEmpty()) {
            return Map.of();
        }
        String map = file.exampleParams().entrySet().stream()
                .map(entry -> "`" + entry.getKey() + "`: " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
        return session.run("RETURN " + map + " AS parameters").single().get("parameters").asMap();
    }
}
