package org.supplywatch.query;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;

/** The headline question end to end: REST request → Cypher file → real Neo4j holding the seed graph. */
@GraphIntegrationTest
class BrandTraceIT {

    private static final String TRACE = "/api/v1/traces/brands-to-designated-parents";

    @Autowired
    MockMvc mvc;

    @Test
    void tracesLorexToEntityListedDahua() throws Exception {
        mvc.perform(get(TRACE).param("brand", "brand/lorex").param("list", "list/us-bis-entity-list"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.paths[0].designatedEntity.id").value("company/dahua-technology"))
                .andExpect(jsonPath("$.paths[0].hops[0].type").value("BRAND_OF"))
                .andExpect(jsonPath("$.paths[0].hops[0].from.id").value("brand/lorex"))
                .andExpect(jsonPath("$.paths[0].hops[0].statementKind").value("reported"))
                .andExpect(jsonPath("$.paths[0].hops[0].evidence[0].sourceId").value("source/dear-dahua-and-lorex-partners-2022"))
                .andExpect(jsonPath("$.paths[0].hops[0].evidence[0].passage").value("Dear Dahua (and Lorex) partners,"))
                .andExpect(jsonPath("$.paths[0].designation.statementKind").value("official_act"))
                .andExpect(jsonPath("$.paths[0].designation.announced").value("2019-10-07"))
                .andExpect(jsonPath("$.paths[0].designation.effective").value("2019-10-09"))
                .andExpect(jsonPath("$.paths[0].designation.legalCitation", startsWith("FR Doc. 2019-22210")))
                .andExpect(jsonPath("$.paths[0].designation.evidence[0].passage", notNullValue()))
                .andExpect(jsonPath("$.paths[0].sources[*].id", hasItem("source/csis-28-chinese-entities-2019")))
                .andExpect(jsonPath("$.paths[0].sources[*].publisher", hasItem("Uyghur Rights Advocacy Project")));
    }

    @Test
    void tracesHikvisionBrandThroughItsParentNamedByDod() throws Exception {
        mvc.perform(get(TRACE).param("brand", "brand/hikvision").param("list", "list/us-dod-1260h").param("maxHops", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths[*].designatedEntity.id", hasItem("company/china-electronics-technology-group-corporation")))
                .andExpect(jsonPath("$.paths[*].hops[1].type", hasItem("SUBSIDIARY_OF")));
    }

    @Test
    void oneHopStopsBeforeTheParentOfTheOwner() throws Exception {
        mvc.perform(get(TRACE).param("brand", "brand/hikvision").param("list", "list/us-dod-1260h").param("maxHops", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths[*].designatedEntity.id",
                        everyItem(is("company/hikvision"))))
                .andExpect(jsonPath("$.paths[*].designatedEntity.id",
                        not(hasItem("company/china-electronics-technology-group-corporation"))));
    }

    @Test
    void answersEveryBrandWhenNoneIsNamed() throws Exception {
        mvc.perform(get(TRACE).param("list", "list/us-bis-entity-list"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths[*].start.id", hasItem("brand/lorex")))
                .andExpect(jsonPath("$.paths[*].start.id", hasItem("brand/hikvision")))
                .andExpect(jsonPath("$.paths[*].start.id", hasItem("brand/dahua")));
    }

    @Test
    void refusesHopsAboveCeiling() throws Exception {
        mvc.perform(get(TRACE).param("maxHops", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://w3id.org/supplywatch/problems/invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("maxHops"));
    }

    @Test
    void refusesAFilterThatIsNotOfItsTypeNamingIt() throws Exception {
        mvc.perform(get(TRACE).param("maxHops", "three"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://w3id.org/supplywatch/problems/invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("maxHops"))
                .andExpect(jsonPath("$.detail").value("Parameter 'maxHops' cannot be 'three': not a value of the expected type"));
        mvc.perform(get(TRACE).param("excludeDisputed", "maybe"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("excludeDisputed"));
    }

    @Test
    void refusesLimitAboveMaximum() throws Exception {
        mvc.perform(get(TRACE).param("limit", "1000000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
    }

    @Test
    void answersUnknownBrandWith404() throws Exception {
        mvc.perform(get(TRACE).param("brand", "brand/no-such-brand"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://w3id.org/supplywatch/problems/unknown-resource"))
                .andExpect(jsonPath("$.id").value("brand/no-such-brand"));
    }

    @Test
    void echoesTheRequestIdInTheHeaderAndTheProblem() throws Exception {
        mvc.perform(get(TRACE).param("brand", "brand/no-such-brand").header("X-Request-Id", "case-42"))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("X-Request-Id", "case-42"))
                .andExpect(jsonPath("$.requestId").value("case-42"));
    }

    @Test
    void refusesACompanyWhereABrandIsExpected() throws Exception {
        mvc.perform(get(TRACE).param("brand", "company/dahua-technology"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("brand"));
    }

    @Test
    void givesMistypedParametersAStableProblemType() throws Exception {
        mvc.perform(get(TRACE).param("maxHops", "eight"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://w3id.org/supplywatch/problems/invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("maxHops"))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }
}
