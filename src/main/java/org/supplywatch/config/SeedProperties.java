package org.supplywatch.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the curated seed graph comes from and when it is loaded.
 *
 * @param location    a Spring resource location of the seed-data folder ({@code classpath:seed-data/} or {@code file:/path/seed-data/})
 * @param loadOnStart {@code if-empty} (the default) loads at first start; {@code always} reloads at every start
 *                    (idempotent); {@code never} leaves it to the on-demand endpoint
 */
@Validated
@ConfigurationProperties("supplywatch.seed")
public record SeedProperties(
        @DefaultValue("classpath:seed-data/") @NotBlank String location,
        @DefaultValue("if-empty") @NotNull LoadOnStart loadOnStart) {

    public enum LoadOnStart { IF_EMPTY, ALWAYS, NEVER }
}
