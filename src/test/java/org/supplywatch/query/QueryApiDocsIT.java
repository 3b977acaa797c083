package org.supplywatch.query;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;

/**
 * The shared traversal filters stay in the OpenAPI description, one query parameter each, now that a resolver of
 * our own reads them ({@link TraversalParamsResolver}) and not Spring's binder.
 */
@GraphIntegrationTest
class QueryApiDocsIT {

    @Autowired
    MockMvc mvc;

    @Test
    void describesTheTraversalFiltersAsQueryParameters() throws Exception {
        for (String path : new String[] {"/api/v1/traces/designated-ancestors", "/api/v1/traces/brands-to-designated-parents"}) {
            mvc.perform(get("/v3/api-docs"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.paths['" + path + "'].get.parameters[*].name",
                            hasItems("asOf", "minEvidence", "excludeDisputed", "follow", "maxHops", "limit")))
                    .andExpect(jsonPath("$.paths['" + path + "'].get.parameters[?(@.name == 'maxHops')].in", hasItems("query")));
        }
    }
}
