package org.supplywatch.config;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on traversals served over REST.
 *
 * @param timeout      time budget of one query, enforced by Neo4j as a transaction timeout
 * @param defaultLimit rows returned when a request names no limit
 * @param maxLimit     the largest limit a request may ask for; above it the request is refused
 * @param maxConcurrent most read queries running at once; more wait up to {@code queueWait}, then get a 503
 * @param queueWait    how long a query waits for a free slot
 * @param reportTimeout time budget of a whole report streamed in one query (the exposure report of a list)
 * @param walkMemoryEntries most nodes, and as many links, that exposure walks on the embedded database keep in memory
 *                     between reports (forgotten on write; when full, emptied and filled again); {@code 0} keeps
 *                     none. About 0.65 KB each with the benchmark's evidence: the default is at most about 130 MB,
 *                     and holds the reach of the three SF100 benchmark lists (about 63,000 nodes and as many links)
 */
@Validated
@ConfigurationProperties("supplywatch.query")
public record QueryProperties(
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("100") @Min(1) int defaultLimit,
        @DefaultValue("1000") @Min(1) @Max(100_000) int maxLimit,
        @DefaultValue("16") @Min(1) @Max(1000) int maxConcurrent,
        @DefaultValue("2s") Duration queueWait,
        @DefaultValue("10m") Duration reportTimeout,
        @DefaultValue("100000") @Min(0) @Max(10_000_000) int walkMemoryEntries) {
}
