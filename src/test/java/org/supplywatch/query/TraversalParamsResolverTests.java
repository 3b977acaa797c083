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
        MockHttpServletRequest request = with("asOf", "2020-06-01", "minEvidence", "official_act", "excludeDisputed", "true",
                "follow", "brand, ownership", "follow", "supply", "maxHops", " 3 ", "limit", "25");

        assertThat(read(request)).isEqualTo(
                new TraversalParams("2020-06-01", "official_act", true, List.of("brand", "ownership", "supply"), 3, 25));
    }

    @Test
    void takesAbsentAndBlankValuesAsNotGiven() {
        MockHttpServletRequest request = with("asOf", " ", "excludeDisputed", "", "follow", ",", "maxHops", "");

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

    /** A request with these parameters, given as name, value, name, value...; a name may repeat. */
    private static MockHttpServletRequest with(String... namesAndValues) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.addParameter(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    private static TraversalParams read(MockHttpServletRequest request) {
        return TraversalParamsResolver.read(new ServletWebRequest(request));
    }
}
