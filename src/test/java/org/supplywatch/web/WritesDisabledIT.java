package org.supplywatch.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.SharedNeo4jInitializer;

/** With no writer password configured (the default), every write is refused and the answer says how to enable writes. */
@SpringBootTest(properties = {"supplywatch.seed.load-on-start=never", "logging.level.org.neo4j.driver=WARN"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = SharedNeo4jInitializer.class)
class WritesDisabledIT {

    @Autowired
    MockMvc mvc;

    @Test
    void refusesEveryWriteAndNamesTheSettingThatEnablesWrites() throws Exception {
        mvc.perform(post("/api/v1/seed-loads").with(httpBasic("writer", "anything")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://w3id.org/supplywatch/problems/writes-disabled"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("supplywatch.security.writer-password")));
    }
}
