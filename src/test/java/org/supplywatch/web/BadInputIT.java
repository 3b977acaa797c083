package org.supplywatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.ImportedData;
import org.supplywatch.support.SharedNeo4j;

/**
 * Malformed bodies (src/test/resources/bad-input/upload) on every input path that takes a file (CSL
 * import as CSV and JSON, screening as CSV and JSON): binary, invalid UTF-8, truncated, deeply
 * nested, empty, UTF-16, NUL. Each gets a 4xx problem and
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

    /** Every file of src/test/resources/bad-input/upload by name. */
    private static Map<String, byte[]> corpus() throws java.io.IOException {
        Map<String, byte[]> corpus = new java.util.TreeMap<>();
        for (org.springframework.core.io.Resource file
                : new org.springframework.core.io.support.PathMatchingResourcePatternResolver().getResources("classpath:bad-input/upload/*")) {
            if (!"README.md".equals(file.getFilename())) {
                corpus.put(file.getFilename(), file.getContentAsByteArray());
            }
        }
        assertThat(corpus).as("the bad-input corpus").hasSizeGreaterThanOrEqualTo(9);
        return corpus;
    }

    @AfterEach
    void removeImports() {
        ImportedData.remove();
    }
}
