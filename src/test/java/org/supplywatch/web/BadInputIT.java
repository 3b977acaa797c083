package org.supplywatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.ImportedData;
import org.supplywatch.support.SharedNeo4j;

/**
 * Malformed bodies on every input path that takes a file (CSL import as CSV and JSON, screening as
 * CSV and JSON): binary, invalid UTF-8, truncated, deeply nested, empty. Each gets a 4xx problem and
 * the graph is unchanged.
 */
@GraphIntegrationTest
class BadInputIT {

    @Autowired
    MockMvc mvc;

    @Test
    void everyMalformedBodyGetsA4xxAndChangesNothing() throws Exception {
        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());
        for (Map.Entry<String, byte[]> body : corpus().entrySet()) {
            for (String path : List.of("/api/v1/csl-imports", "/api/v1/screenings")) {
                for (String type : List.of("text/csv", "application/json")) {
                    int status = mvc.perform(post(path).contentType(type).content(body.getValue())
                                    .with(httpBasic("writer", GraphIntegrationTest.WRITER_PASSWORD)))
                            .andReturn().getResponse().getStatus();
                    assertThat(status).as("%s %s %s", path, type, body.getKey()).isBetween(400, 499);
                }
            }
        }
        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).isEqualTo(before);
    }

    private static Map<String, byte[]> corpus() {
        byte[] binary = new byte[4096];
        new Random(42).nextBytes(binary);
        String nested = "{\"results\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        return Map.of(
                "binary", binary,
                "invalid UTF-8", new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'},
                "truncated quote", "Source List,Name\nEL,\"Unterminated".getBytes(StandardCharsets.UTF_8),
                "deep nesting", nested.getBytes(StandardCharsets.UTF_8),
                "empty", new byte[0],
                "truncated JSON", "{\"results\": [{\"name\": \"A".getBytes(StandardCharsets.UTF_8),
                "header only", "Source List,Name\n".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void removeImports() {
        ImportedData.remove();
    }
}
