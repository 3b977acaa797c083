package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.SharedNeo4j;

/**
 * Cypher-injection and other hostile strings in every parameter of every read endpoint: each
 * answer is a 2xx or a 4xx problem, never a 5xx, and the graph is unchanged. Values reach Cypher
 * only as parameters; labels and types come only from enums.
 */
@GraphIntegrationTest
class HostileParametersIT {

    private static final List<String> HOSTILE = List.of(
            "' OR 1=1 //",
            "brand/lorex'}) DETACH DELETE n //",
            "\"}) MATCH (n) DETACH DELETE n RETURN 1 //",
            "$(label)",
            "Company`) DELETE n //",
            "*:*",
            "name:(dahua OR *)",
            "\\",
            "~~~^^^",
            "%00",
            "\u0000",
            "🙂 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e",
            "a".repeat(5000));

    @Autowired
    MockMvc mvc;

    @Test
    void noHostileValueCausesAServerErrorOrAChange() throws Exception {
        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());
        for (String value : HOSTILE) {
            for (RequestBuilder request : requests(value)) {
                MvcResult result = mvc.perform(request).andReturn();
                assertThat(result.getResponse().getStatus()).as("%s with %s", describe(request), value).isLessThan(500);
            }
        }
        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).isEqualTo(before);
    }

    private static List<RequestBuilder> requests(String value) {
        return List.of(
                get("/api/v1/entities").param("q", value),
                get("/api/v1/entities").param("q", "dahua").param("kind", value),
                get("/api/v1/entities/" + value.replace("%", "%25")),
                get("/api/v1/traces/designated-ancestors").param("from", value),
                get("/api/v1/traces/designated-ancestors").param("from", "brand/lorex").param("list", value),
                get("/api/v1/traces/designated-ancestors").param("from", "brand/lorex").param("asOf", value),
                get("/api/v1/traces/designated-ancestors").param("from", "brand/lorex").param("minEvidence", value),
                get("/api/v1/traces/designated-ancestors").param("from", "brand/lorex").param("follow", value),
                get("/api/v1/traces/designated-ancestors").param("from", "brand/lorex").param("maxHops", value),
                get("/api/v1/traces/brands-to-designated-parents").param("brand", value),
                get("/api/v1/exposure").param("list", value),
                get("/api/v1/exposure").param("list", "list/us-bis-entity-list").param("kind", value),
                get("/api/v1/exposure").param("list", "list/us-bis-entity-list").param("page", value),
                get("/api/v1/paths").param("from", value).param("to", "company/amazon"),
                get("/api/v1/neighbourhood").param("of", value),
                get("/api/v1/csl-reviews").param("status", value),
                post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rows\":[{\"name\":" + json(value) + ",\"country\":" + json(value) + "}]}"),
                post("/api/v1/screenings").contentType("text/csv").content("name\n" + value + "\n"));
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String describe(RequestBuilder request) {
        return request.toString();
    }
}
