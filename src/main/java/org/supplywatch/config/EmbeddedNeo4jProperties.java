package org.supplywatch.config;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The Neo4j that Supplywatch starts inside its own process when no {@code spring.neo4j.uri} is set.
 *
 * @param dataDirectory  where the database lives; kept across restarts (default {@code data/neo4j}, git-ignored)
 * @param boltHost       interface Bolt listens on; loopback by default so only this machine reaches it
 * @param boltPort       Bolt port for Neo4j Browser and the driver; 0 picks a free port
 * @param pageCache      memory for Neo4j's page cache, off heap
 * @param transactionMemory the most heap one transaction may use
 * @param transactionTimeout the server-side ceiling for any transaction
 * @param readInProcess  queries run on the database directly, not through Bolt (faster: no network encoding); Bolt stays open
 *                       for Neo4j Browser either way. Off sends every read through the driver, as with an external Neo4j
 * @param writeInProcess the service's write transactions run on the database directly, not through the driver and Bolt
 *                       (the same Cypher files); off sends them through the driver, as with an external Neo4j
 * @param password       password of the embedded server's {@code neo4j} user; when set, Bolt requires it. Required when
 *                       {@code bolt-host} is not a loopback address, so the database is never open to a network unauthenticated
 */
@Validated
@ConfigurationProperties("supplywatch.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("data/neo4j") @NotNull Path dataDirectory,
        @DefaultValue("127.0.0.1") @NotBlank String boltHost,
        @DefaultValue("7687") @Min(0) @Max(65535) int boltPort,
        @DefaultValue("256MB") @NotNull DataSize pageCache,
        @DefaultValue("512MB") @NotNull DataSize transactionMemory,
        @DefaultValue("10m") @NotNull Duration transactionTimeout,
        @DefaultValue("true") boolean readInProcess,
        @DefaultValue("true") boolean writeInProcess,
        String password) {

    public boolean authenticated() {
        return password != null && !password.isBlank();
    }
}
