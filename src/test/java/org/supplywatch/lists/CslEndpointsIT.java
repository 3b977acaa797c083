package org.supplywatch.lists;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.ImportedData;

/** The CSL endpoints over HTTP: writes need the writer, refusals are problems naming line and column. */
@GraphIntegrationTest
class CslEndpointsIT {

    @Autowired
    MockMvc mvc;

    @Test
    void importNeedsTheWriter() throws Exception {
        mvc.perform(post("/api/v1/csl-imports").contentType("text/csv").content(file("csl-2023-06.csv")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void importsAFileAndReportsWhatItAdded() throws Exception {
        mvc.perform(post("/api/v1/csl-imports").param("observedOn", "2023-06-30").contentType("text/csv")
                        .content(file("csl-2023-06.csv")).with(httpBasic("writer", GraphIntegrationTest.WRITER_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added.length()").value(4))
                .andExpect(jsonPath("$.listCodes[0]").value("DPL"));
        mvc.perform(get("/api/v1/csl-reviews")).andExpect(status().isOk());
    }

    @Test
    void refusesAMalformedFileWithLineAndColumn() throws Exception {
        mvc.perform(post("/api/v1/csl-imports").contentType("text/csv").content(file("malformed-date.csv"))
                        .with(httpBasic("writer", GraphIntegrationTest.WRITER_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://w3id.org/supplywatch/problems/import-rejected"))
                .andExpect(jsonPath("$.problems[0].line").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("Effective Date"));
    }

    @Test
    void answersAnUnknownResolutionWith404() throws Exception {
        mvc.perform(post("/api/v1/csl-reviews/confirm").param("id", "resolution/csl/el/nobody")
                        .with(httpBasic("writer", GraphIntegrationTest.WRITER_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @AfterEach
    void removeCslData() {
        ImportedData.remove();
    }

    private byte[] file(String name) throws Exception {
        try (var in = getClass().getResourceAsStream("/csl/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        }
    }
}
