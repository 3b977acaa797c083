package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** The shared filters read from a query string as Spring's binder read them before (see the resolver's note). */
class TraversalParamsResolverTests {

    @Test
    void readsEveryFilterFromTheQueryString() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("asOf", "2020-06-01");
        request.addParameter("minEvidence", "official_act");
        request.addParameter("excludeDisputed", "true");
        request.addParameter("follow", "brand, ownership");
        request.addParameter("follow", "supply");
        request.addParameter("maxHops", " 3 ");
        request.addParameter("limit", "25");

        assertThat(read(request)).isEqualTo(
                new TraversalParams("2020-06-01", "official_act", true, List.of("brand", "ownership", "supply"), 3, 25));
    }

    @Test
    void takesAbsentAndBlankValuesAsNotGiven() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("asOf", " ");
        request.addParameter("excludeDisputed", "");
        request.addParameter("follow", ",");
        request.addParameter("maxHops", "");

        assertThat(read(request)).isEqualTo(new TraversalParams(null, null, null, null, null, null));
    }

    @Test
    void readsTheFlagsSpringReads() {
        for (String yes : List.of("true", "ON", "yes", "1")) {
            assertThat(read(with("excludeDisputed", yes)).excludeDisputed()).as(yes).isTrue();
        }
        for (String no : List.of("false", "off", "No", "0")) {
            assertThat(read(with("excludeDisputed", no)).excludeDisputed()).as(no).isFalse();
        }
    }

    @Test
    void refusesAValueNotOfItsTypeNamingTheParameter() {
        assertThatThrownBy(() -> read(with("limit", "ten")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("limit"))
                .hasMessage("Parameter 'limit' cannot be 'ten': not a value of the expected type");
        assertThatThrownBy(() -> read(with("maxHops", "99999999999")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("maxHops"));
        assertThatThrownBy(() -> read(with("excludeDisputed", "maybe")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("excludeDisputed"));
    }

    private static MockHttpServletRequest with(String name, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter(name, value);
        return request;
    }

    private static TraversalParams read(MockHttpServletRequest request) {
        return TraversalParamsResolver.read(new ServletWebRequest(request));
    }
}
