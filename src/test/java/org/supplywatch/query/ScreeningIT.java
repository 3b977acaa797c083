package org.supplywatch.query;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;

/** Screening names against the seed graph: JSON, CSV body and CSV upload in; JSON or CSV out; no guessing. */
@GraphIntegrationTest
class ScreeningIT {

    @Autowired
    MockMvc mvc;

    @Test
    void matchesKnownNamesWithTheirExposureAndGuessesNothingElse() throws Exception {
        mvc.perform(post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON).content("""
                        {"rows": [{"name": "Dahua Technology", "country": "CN", "reference": "supplier-17"},
                                  {"name": "Lorex"},
                                  {"name": "Acme Widgets Ltd"}]}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.results[0].status").value("match"))
                .andExpect(jsonPath("$.results[0].reference").value("supplier-17"))
                .andExpect(jsonPath("$.results[0].matches[0].id").value("company/dahua-technology"))
                .andExpect(jsonPath("$.results[0].matches[0].matchedField").value("alias"))
                .andExpect(jsonPath("$.results[0].matches[0].exposure[*].listId", hasItem("list/us-bis-entity-list")))
                .andExpect(jsonPath("$.results[1].matches[0].id").value("brand/lorex"))
                .andExpect(jsonPath("$.results[1].matches[0].exposure[0].designatedId").value("company/dahua-technology"))
                .andExpect(jsonPath("$.results[2].status").value("no match"))
                .andExpect(jsonPath("$.results[2].matches").isEmpty());
    }

    @Test
    void lowersTheScoreWhenTheCountryDiffers() throws Exception {
        mvc.perform(post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rows\": [{\"name\": \"Zhejiang Dahua Technology\", \"country\": \"US\"}]}"))
                .andExpect(jsonPath("$.results[0].matches[0].note", startsWith("country differs")));
    }

    @Test
    void screensACsvUploadAndAnswersInCsv() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "names.csv", "text/csv",
                "reference,name\nA1,Hikvision\nA2,Nobody Known Here\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/screenings").file(file).param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("line,reference,name,country,status,matchId")))
                .andExpect(content().string(containsString("2,A1,Hikvision,,match,")))
                .andExpect(content().string(containsString("3,A2,Nobody Known Here,,no match,")));
    }

    @Test
    void screensACsvBody() throws Exception {
        mvc.perform(post("/api/v1/screenings").contentType("text/csv").content("name\nMegvii\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].line").value(2))
                .andExpect(jsonPath("$.results[0].matches[0].id").value("company/megvii"));
    }

    @Test
    void refusesAnEmptyNameWithItsLine() throws Exception {
        mvc.perform(post("/api/v1/screenings").contentType("text/csv").content("name,country\nLorex,\n,CN\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("name"))
                .andExpect(jsonPath("$.detail", containsString("line 3")));
    }

    @Test
    void refusesACsvWithoutANameColumn() throws Exception {
        mvc.perform(post("/api/v1/screenings").contentType("text/csv").content("company\nLorex\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"));
    }

    @Test
    void refusesMoreThanTenThousandRows() throws Exception {
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 0; i <= ScreeningInput.MAX_ROWS; i++) {
            csv.append("Company ").append(i).append('\n');
        }
        mvc.perform(post("/api/v1/screenings").contentType("text/csv").content(csv.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("rows"));
    }
}
