package org.supplywatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.supplywatch.config.HttpLimitsProperties;
import tools.jackson.databind.json.JsonMapper;

class RequestSizeLimitFilterTests {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(new HttpLimitsProperties(DataSize.ofBytes(10)),
            JsonMapper.builder().build());

    @Test
    void refusesADeclaredBodyOverTheLimitWith413() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/screenings");
        request.setContent(new byte[11]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the chain must not run");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("request-too-large").contains("supplywatch.http.max-request-size");
    }

    @Test
    void stopsAStreamedBodyAtTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/screenings") {
            @Override
            public long getContentLengthLong() {
                return -1; // chunked: no declared length
            }
        };
        request.setContent(new byte[100]);
        FilterChain readsEverything = (req, res) -> req.getInputStream().readAllBytes();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, readsEverything);
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void letsASmallBodyThrough() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/screenings");
        request.setContent(new byte[5]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> assertThat(req.getInputStream().readAllBytes()).hasSize(5));
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
