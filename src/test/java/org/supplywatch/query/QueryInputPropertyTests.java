package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.graph.TraversalKind;

/** Fuzzing the parsing of query parameters, search words and screening files: refusals are always InvalidParameterException. */
class QueryInputPropertyTests {

    private static final QueryProperties PROPERTIES = new QueryProperties(Duration.ofSeconds(5), 100, 1000, 16, Duration.ofSeconds(2), Duration.ofMinutes(10), 100_000);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    @Property(tries = 500)
    void traversalOptionsAcceptOrRefuseWithAParameterName(@ForAll String asOf, @ForAll String minEvidence,
            @ForAll List<String> follow, @ForAll Integer maxHops, @ForAll Integer limit) {
        try {
            TraversalOptions options = TraversalOptions.from(new TraversalParams(asOf, minEvidence, null, follow, maxHops, limit),
                    TraversalKind.TRACE_ALLOWED, TraversalKind.TRACE_DEFAULT, 0, PROPERTIES, CLOCK);
            assertThat(options.maxHops()).isBetween(0, TraversalOptions.MAX_HOPS_CEILING);
            assertThat(options.limit()).isBetween(1, PROPERTIES.maxLimit());
        } catch (InvalidParameterException e) {
            assertThat(e.parameter()).isIn("asOf", "minEvidence", "follow", "maxHops", "limit");
        }
    }

    @Property(tries = 500)
    void luceneQueriesHoldOnlyWordsAndOperators(@ForAll String words) {
        String query = SearchService.luceneQuery(words);
        assertThat(query).doesNotContain("\"", ":", "\\", "/", "[", "{", "!", "&&", "||");
    }

    @Property(tries = 500)
    void nameScoresStayBetweenZeroAndOne(@ForAll String a, @ForAll String b) {
        assertThat(NameMatcher.match(a, b).score()).isBetween(0.0, 1.0);
    }

    @Property(tries = 300)
    void screeningCsvIsReadOrRefusedWithAPlace(@ForAll String body) {
        try {
            assertThat(ScreeningInput.fromCsv(new StringReader("name,country\n" + body))).isNotEmpty();
        } catch (InvalidParameterException e) {
            assertThat(e.parameter()).isIn("name", "file", "rows");
        }
    }
}
