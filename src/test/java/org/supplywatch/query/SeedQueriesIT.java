package org.supplywatch.query;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;

/** The seed graph's real answers over REST: search, card, trace, exposure, paths, neighbourhood. */
@GraphIntegrationTest
class SeedQueriesIT {

    @Autowired
    MockMvc mvc;

    @Test
    void findsDahuaDespiteTyposAndSaysWhichNameMatched() throws Exception {
        mvc.perform(get("/api/v1/entities").param("q", "dahau technolgy").param("kind", "Company"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].id").value("company/dahua-technology"))
                .andExpect(jsonPath("$.hits[0].matchedField").value("alias"))
                .andExpect(jsonPath("$.hits[0].matchedValue").value("Dahua Technology"))
                .andExpect(jsonPath("$.hits[0].matchType").value("similar spelling"))
                .andExpect(jsonPath("$.hits[*].kind", everyItem(is("Company"))));
    }

    @Test
    void findsHikvisionWhateverTheWordOrder() throws Exception {
        mvc.perform(get("/api/v1/entities").param("q", "Digital Technology Hangzhou Hikvision Co Ltd"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].id").value("company/hikvision"))
                .andExpect(jsonPath("$.hits[0].matchType").value("same words, other order"));
    }

    @Test
    void entityCardShowsDesignationsFindingsDenialsAndEvidence() throws Exception {
        mvc.perform(get("/api/v1/entities/company/dahua-technology"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds[0]").value("Company"))
                .andExpect(jsonPath("$.designations[*].list.id",
                        hasItem("list/us-bis-entity-list")))
                .andExpect(jsonPath("$.designations[*].list.id", hasItem("list/us-fcc-covered-list")))
                .andExpect(jsonPath("$.findings[?(@.id == 'finding/dahua-ethnicity-targeting-ai-2022')].denials[0].id")
                        .value(hasItem("denial/dahua-no-such-products-2022")))
                .andExpect(jsonPath("$.incoming[?(@.type == 'BRAND_OF')].other.id", hasItem("brand/lorex")))
                .andExpect(jsonPath("$.incoming[?(@.other.id == 'brand/lorex')].evidence[0].passage")
                        .value(hasItem("Dear Dahua (and Lorex) partners,")))
                .andExpect(jsonPath("$.sources[*].id", hasItem("source/csis-28-chinese-entities-2019")))
                .andExpect(jsonPath("$.properties.heldFrom").doesNotExist());
    }

    @Test
    void cardOfAnUnknownIdIs404() throws Exception {
        mvc.perform(get("/api/v1/entities/company/nobody"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://w3id.org/supplywatch/problems/unknown-resource"));
    }

    @Test
    void brandsReachingTheEntityListAreLorexDahuaAndHikvision() throws Exception {
        mvc.perform(get("/api/v1/exposure").param("list", "list/us-bis-entity-list"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasMore").value(false))
                .andExpect(jsonPath("$.paths[*].start.id", containsInAnyOrder("brand/dahua", "brand/hikvision", "brand/lorex")))
                .andExpect(jsonPath("$.paths[?(@.start.id == 'brand/lorex')].hops[0].evidence[0].sourceId")
                        .value(hasItem("source/dear-dahua-and-lorex-partners-2022")))
                .andExpect(jsonPath("$.paths[*].designation.legalCitation", everyItem(startsWith("FR Doc. 2019-22210"))));
    }

    @Test
    void onlyOfficialAndOwnStatementsLeaveNoBrandOnTheEntityList() throws Exception {
        // Every brand link in the seed graph is reported; official acts alone reach no brand.
        mvc.perform(get("/api/v1/exposure").param("list", "list/us-bis-entity-list").param("minEvidence", "company_statement"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(0));
    }

    @Test
    void exposureComesAsCsvOnRequest() throws Exception {
        mvc.perform(get("/api/v1/exposure").param("list", "list/us-bis-entity-list").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(startsWith("startId,startName,pathKind,hopCount,path,")))
                .andExpect(content().string(containsString("brand/lorex -BRAND_OF [reported]-> company/dahua-technology")));
    }

    @Test
    void megviiIsOnThe1260hListIn2024ButNotAfterItsRemoval() throws Exception {
        mvc.perform(get("/api/v1/traces/designated-ancestors").param("from", "company/megvii").param("list", "list/us-dod-1260h")
                        .param("asOf", "2024-06-01"))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.paths[0].pathKind").value("designated"))
                .andExpect(jsonPath("$.paths[0].designation.removed").value("2025-01-07"));
        mvc.perform(get("/api/v1/traces/designated-ancestors").param("from", "company/megvii").param("list", "list/us-dod-1260h")
                        .param("asOf", "2025-06-01"))
                .andExpect(jsonPath("$.count").value(0));
    }

    @Test
    void shortestPathsLinkLorexToAmazonThroughTheThermalCameraPurchase() throws Exception {
        mvc.perform(get("/api/v1/paths").param("from", "brand/lorex").param("to", "company/amazon").param("k", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths[0].length").value(3))
                .andExpect(jsonPath("$.paths[0].nodes[*].id", hasItem("contract/amazon-dahua-thermal-cameras-2020")))
                .andExpect(jsonPath("$.count").value(3));
    }

    @Test
    void neighbourhoodIsShapedForDrawing() throws Exception {
        mvc.perform(get("/api/v1/neighbourhood").param("of", "brand/lorex").param("maxHops", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[0].id").value("brand/lorex"))
                .andExpect(jsonPath("$.nodes[?(@.id == 'company/dahua-technology')].designated").value(hasItem(true)))
                .andExpect(jsonPath("$.edges[0].type").value("BRAND_OF"))
                .andExpect(jsonPath("$.edges[0].evidence[0].statementKind").value("reported"))
                .andExpect(jsonPath("$.nodes.length()", greaterThan(1)));
    }

    @Test
    void refusesBadFilterValuesNamingTheParameter() throws Exception {
        expectInvalid(get("/api/v1/traces/designated-ancestors").param("from", "brand/lorex").param("asOf", "last year"), "asOf");
        expectInvalid(get("/api/v1/traces/designated-ancestors").param("from", "brand/lorex").param("minEvidence", "rumour"),
                "minEvidence");
        expectInvalid(get("/api/v1/traces/designated-ancestors").param("from", "brand/lorex").param("follow", "friendship"),
                "follow");
        expectInvalid(get("/api/v1/traces/designated-ancestors").param("from", "brand/lorex").param("maxHops", "9"), "maxHops");
        expectInvalid(get("/api/v1/traces/designated-ancestors"), "from");
        expectInvalid(get("/api/v1/neighbourhood").param("of", "brand/lorex").param("maxHops", "4"), "maxHops");
        expectInvalid(get("/api/v1/paths").param("from", "brand/lorex").param("to", "company/amazon").param("k", "11"), "k");
        expectInvalid(get("/api/v1/exposure").param("list", "list/us-bis-entity-list").param("kind", "Source"), "kind");
        expectInvalid(get("/api/v1/exposure").param("list", "list/us-bis-entity-list").param("format", "xml"), "format");
        expectInvalid(get("/api/v1/exposure").param("list", "brand/lorex"), "list");
        expectInvalid(get("/api/v1/entities").param("q", " "), "q");
    }

    private void expectInvalid(org.springframework.test.web.servlet.RequestBuilder request, String parameter) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://w3id.org/supplywatch/problems/invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value(parameter));
    }
}
