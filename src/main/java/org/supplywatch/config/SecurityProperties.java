package org.supplywatch.config;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may read and who may write. No secret has a default: with no writer password configured
 * (e.g. {@code SUPPLYWATCH_SECURITY_WRITER_PASSWORD} in the environment) every write is refused.
 *
 * @param readsOpen      whether reads (queries, search, screening) need no credential
 * @param writerUsername the HTTP basic user that may write (seed loads, imports)
 * @param writerPassword that user's password; unset means writes are off
 */
@Validated
@ConfigurationProperties("supplywatch.security")
public record SecurityProperties(
        @DefaultValue("true") boolean readsOpen,
        @DefaultValue("writer") @NotBlank String writerUsername,
        String writerPassword) {

    public boolean writesConfigured() {
        return writerPassword != null && !writerPassword.isBlank();
    }
}
