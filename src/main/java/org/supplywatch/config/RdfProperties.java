package org.supplywatch.config;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * RDF export and import.
 *
 * @param exportTimeout  time budget of a whole-graph export, enforced by Neo4j as a transaction timeout
 * @param importBatch    rows (nodes or relationships) written per transaction by an import
 * @param maxImportTriples most triples one import may hold: the whole input is staged on disk (a
 *                       temporary folder of sorted files, 80 to 110 bytes a triple) and validated before the first write, so this
 *                       bounds the disk an import takes, not its heap
 */
@Validated
@ConfigurationProperties("supplywatch.rdf")
public record RdfProperties(
        @DefaultValue("30m") Duration exportTimeout,
        @DefaultValue("5000") @Min(1) @Max(100_000) int importBatch,
        @DefaultValue("20000000") @Min(1) long maxImportTriples) {
}
