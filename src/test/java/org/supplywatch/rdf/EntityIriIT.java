package org.supplywatch.rdf;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;

/** GET /id/{id} negotiates HTML for people, the JSON card, and RDF. */
@GraphIntegrationTest
class EntityIriIT {

    @Autowired
    MockMvc mvc;

    @Test
    void browsersGetAPageThatSaysWhatKindOfStatementEachFactIs() throws Exception {
        mvc.perform(get("/id/brand/lorex").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(header().string("Vary", containsString("Accept")))
                .andExpect(content().string(containsString("<h1>Lorex</h1>")))
                .andExpect(content().string(containsString("reported (allegation)")))
                .andExpect(content().string(containsString("Dear Dahua (and Lorex) partners,")))
                .andExpect(content().string(not(containsString("<script"))));
    }

    @Test
    void jsonClientsGetTheEntityCard() throws Exception {
        mvc.perform(get("/id/company/dahua-technology").header("Accept", "application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("company/dahua-technology"));
    }

    @Test
    void rdfClientsGetRdf() throws Exception {
        mvc.perform(get("/id/company/dahua-technology").header("Accept", "text/turtle;q=0.9, application/ld+json;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/turtle"))
                .andExpect(content().string(containsString("dahua-technology")));
        mvc.perform(get("/id/company/dahua-technology").param("format", "rdfxml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/rdf+xml"));
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        mvc.perform(get("/id/company/nobody-at-all").header("Accept", "text/html"))
                .andExpect(status().isNotFound());
    }
}
