package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.config.RdfProperties;
import org.supplywatch.support.GraphIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole exposure report streamed in one query (/api/v1/exposure/all) says what its pages say, on the seed graph. */
@GraphIntegrationTest
class ExposureStreamIT {

    private static final String LIST = "list/us-bis-entity-list";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    QueryProperties queryProperties;

    @Autowired
    RdfProperties rdfProperties;

    @Test
    void theStreamedCsvIsThePagesCsv() throws Exception {
        String paged = mvc.perform(get("/api/v1/exposure").param("list", LIST).param("limit", "1000").param("format", "csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String streamed = streamed(get("/api/v1/exposure/all").param("list", LIST));
        assertThat(paged).contains("brand/lorex");
        assertThat(streamed).isEqualTo(paged);
    }

    @Test
    void ndjsonHasOnePathALineAsThePageHasThem() throws Exception {
        String page = mvc.perform(get("/api/v1/exposure").param("list", LIST).param("limit", "1000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> expected = List.copyOf(json.readTree(page).get("paths").valueStream().toList());
        String streamed = streamed(get("/api/v1/exposure/all").param("list", LIST).param("format", "ndjson"));
        List<JsonNode> lines = Arrays.stream(streamed.split("\n")).map(json::readTree).toList();
        assertThat(lines).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void badRequestsAreRefusedBeforeAnythingStreams() throws Exception {
        mvc.perform(get("/api/v1/exposure/all").param("list", LIST).param("format", "xml"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("format")));
        mvc.perform(get("/api/v1/exposure/all"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("list")));
        mvc.perform(get("/api/v1/exposure/all").param("list", LIST).param("maxHops", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("maxHops")));
        mvc.perform(get("/api/v1/exposure/all").param("list", "list/no-such-list"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStreamedReportOrExportMayRunAsLongAsItsQueriesMay() throws Exception {
        // Not the servlet container's 30 s for asynchronous requests, which cut long reports off with a 200.
        for (MockHttpServletRequestBuilder request : List.of(get("/api/v1/exposure/all").param("list", LIST),
                get("/api/v1/rdf/graph").param("format", "ntriples"))) {
            MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
            assertThat(started.getRequest().getAsyncContext().getTimeout())
                    .isGreaterThan(queryProperties.reportTimeout().toMillis())
                    .isGreaterThan(rdfProperties.exportTimeout().toMillis());
            mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
        }
    }

    private String streamed(MockHttpServletRequestBuilder builder) throws Exception {
        MvcResult started = mvc.perform(builder).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
