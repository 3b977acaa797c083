package org.supplywatch.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.SharedNeo4j;

/** A query over its time budget is stopped by Neo4j itself (transaction timeout), never left to hang. */
@GraphIntegrationTest
class QueryTimeBudgetIT {

    private static final QueryProperties ONE_SECOND = new QueryProperties(Duration.ofSeconds(1), 100, 1000, 16, Duration.ofSeconds(2),
            Duration.ofMinutes(10), 100_000);

    @Autowired
    Neo4jClient client;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void neo4jStopsAQueryOverItsTimeBudget() {
        GraphReader oneSecond = new GraphReader(client, new CypherCatalog(), transactionManager, ONE_SECOND, Optional.empty());
        long started = System.nanoTime();
        Throwable failure = catchThrowable(() -> oneSecond.list("probes/slow-probe", Map.of("rows", 2_000_000_000L),
                row -> row.get("hits").asLong()));
        assertThat(failure).isNotNull();
        assertThat(neo4jCode(failure)).contains("TransactionTimedOut");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("ended by the budget, not by finishing")
                .isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void inProcessTheSameBudgetEndsTheQueryAndSaysSo() {
        GraphReader oneSecond = new GraphReader(client, new CypherCatalog(), transactionManager, ONE_SECOND,
                Optional.of(new InProcessDatabase(SharedNeo4j.instance().defaultDatabaseService())));
        long started = System.nanoTime();
        Throwable failure = catchThrowable(() -> oneSecond.list("probes/slow-probe", Map.of("rows", 2_000_000_000L),
                row -> row.get("hits").asLong()));
        // the type the problem handler turns into a query-timeout problem, as it does Neo4j's code over Bolt
        assertThat(failure).isInstanceOf(QueryTimeoutException.class).hasMessageContaining("TransactionTimedOut");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
    }

    private static String neo4jCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Neo4jException neo4j) {
                return neo4j.code();
            }
        }
        return "no Neo4j exception in " + failure;
    }
}
