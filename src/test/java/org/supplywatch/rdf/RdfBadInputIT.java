package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.SharedNeo4j;

/**
 * The bad-input corpus (src/test/resources/bad-input/rdf) against the RDF import, in every syntax:
 * binary noise, a file cut off mid-literal, invalid UTF-8, deep nesting, an empty body, XML
 * entity expansion and an external entity. Each is refused with a 422 that
 * names the file (and line and column where the parser knows them); the graph is unchanged.
 */
@GraphIntegrationTest
class RdfBadInputIT {

    @Autowired
    MockMvc mvc;

    /** Every file of src/test/resources/bad-input/rdf, with the syntax its extension names. */
    static Stream<Arguments> corpus() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:bad-input/rdf/*")) {
            String name = file.getFilename();
            RdfFormat.fromFileName(name).ifPresent(format -> {
                try {
                    cases.add(Arguments.of(format, name, file.getContentAsByteArray()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        if (cases.size() < 20) {
            throw new IllegalStateException("the bad-input corpus is missing: " + cases.size() + " files");
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corpus")
    void isRefusedWithPlaceAndReasonAndWritesNothing(RdfFormat format, String what, byte[] body) throws Exception {
        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());

        mvc.perform(post("/api/v1/rdf-imports").param("name", what).param("format", format.parameter())
                        .contentType("application/octet-stream").content(body)
                        .with(httpBasic("writer", org.supplywatch.support.GraphIntegrationTest.WRITER_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].place", org.hamcrest.Matchers.startsWith(what)))
                .andExpect(jsonPath("$.problems[0].reason").isNotEmpty());

        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).isEqualTo(before);
    }
}
