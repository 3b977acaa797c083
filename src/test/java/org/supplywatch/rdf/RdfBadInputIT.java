package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.SharedNeo4j;

/**
 * The bad-input corpus against the RDF import, in every syntax: binary noise, a file cut off
 * mid-statement, invalid UTF-8, deep nesting, an empty body. Each is refused with a 422 that
 * names the file (and line and column where the parser knows them); the graph is unchanged.
 */
@GraphIntegrationTest
class RdfBadInputIT {

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> corpus() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        DatasetGraph sample = DatasetGraphFactory.create();
        RDFParser.source(new ClassPathResource("rdf/mapped-vocabularies.ttl").getInputStream())
                .lang(org.apache.jena.riot.Lang.TURTLE).parse(sample);
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        for (RdfFormat format : RdfFormat.values()) {
            byte[] valid = write(sample, format);
            cases.add(Arguments.of(format, "binary noise", noise));
            cases.add(Arguments.of(format, "cut off mid-statement", cutMidLine(valid)));
            cases.add(Arguments.of(format, "invalid UTF-8", invalidUtf8(valid)));
        }
        cases.add(Arguments.of(RdfFormat.JSONLD, "5,000-deep nesting",
                ("{\"@id\": \"http://example.org/x\", \"http://example.org/p\": " + "[".repeat(5000) + "]".repeat(5000) + "}")
                        .getBytes(StandardCharsets.UTF_8)));
        cases.add(Arguments.of(RdfFormat.RDFXML, "5,000-deep nesting", ("<?xml version=\"1.0\"?>" + "<a>".repeat(5000) + "</a>".repeat(5000))
                .getBytes(StandardCharsets.UTF_8)));
        cases.add(Arguments.of(RdfFormat.JSONLD, "empty body", new byte[0]));
        cases.add(Arguments.of(RdfFormat.RDFXML, "empty body", new byte[0]));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corpus")
    void isRefusedWithPlaceAndReasonAndWritesNothing(RdfFormat format, String what, byte[] body) throws Exception {
        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());

        mvc.perform(post("/api/v1/rdf-imports").param("name", "bad." + format.extension()).param("format", format.parameter())
                        .contentType("application/octet-stream").content(body)
                        .with(httpBasic("writer", org.supplywatch.support.GraphIntegrationTest.WRITER_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].place", org.hamcrest.Matchers.startsWith("bad." + format.extension())))
                .andExpect(jsonPath("$.problems[0].reason").isNotEmpty());

        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).isEqualTo(before);
    }

    private static byte[] write(DatasetGraph sample, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.isDataset()) {
            RDFDataMgr.write(out, sample, format.lang());
        } else {
            RDFDataMgr.write(out, sample.getDefaultGraph(), format.lang());
        }
        return out.toByteArray();
    }

    /** Cut inside a quoted string ("Ac|me Cams"), so no syntax can read what is left as complete. */
    private static byte[] cutMidLine(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        int literal = text.indexOf("Acme Cams");
        if (literal < 0) {
            throw new IllegalStateException("no literal to cut");
        }
        return text.substring(0, literal + 2).getBytes(StandardCharsets.UTF_8);
    }

    /** A byte that is never valid UTF-8 (0xFF) inside the first literal or IRI. */
    private static byte[] invalidUtf8(byte[] valid) {
        byte[] copy = valid.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == 'A') { // "Acme Cams" is in every serialisation of the sample
                copy[i] = (byte) 0xFF;
                return copy;
            }
        }
        throw new IllegalStateException("no 'A' to corrupt");
    }
}
