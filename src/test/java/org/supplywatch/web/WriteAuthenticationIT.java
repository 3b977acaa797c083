package org.supplywatch.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;

/** Reads are open; writes need the configured writer's HTTP basic credentials. */
@GraphIntegrationTest
class WriteAuthenticationIT {

    @Autowired
    MockMvc mvc;

    @Test
    void refusesAWriteWithoutCredentials() throws Exception {
        mvc.perform(post("/api/v1/seed-loads"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"supplywatch\""))
                .andExpect(jsonPath("$.type").value("https://w3id.org/supplywatch/problems/unauthenticated"));
    }

    @Test
    void refusesAWriteWithAWrongPassword() throws Exception {
        mvc.perform(post("/api/v1/seed-loads").with(httpBasic("writer", "guess")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://w3id.org/supplywatch/problems/unauthenticated"));
    }

    @Test
    void acceptsAWriteFromTheWriter() throws Exception {
        mvc.perform(post("/api/v1/seed-loads").with(httpBasic("writer", GraphIntegrationTest.WRITER_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes").isNumber());
    }

    @Test
    void readsNeedNoCredentials() throws Exception {
        mvc.perform(get("/api/v1/entities/brand/lorex")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON).content("{\"rows\":[{\"name\":\"Lorex\"}]}"))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
