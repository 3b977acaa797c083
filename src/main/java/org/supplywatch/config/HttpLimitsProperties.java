package org.supplywatch.config;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on HTTP input.
 *
 * @param maxRequestSize the largest request body accepted; larger ones get a 413 problem
 */
@Validated
@ConfigurationProperties("supplywatch.http")
public record HttpLimitsProperties(@DefaultValue("64MB") @NotNull DataSize maxRequestSize) {
}
