package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.graph.TraversalKind;

class TraversalOptionsTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final QueryProperties PROPERTIES = new QueryProperties(Duration.ofSeconds(5), 100, 1000, 16, Duration.ofSeconds(2), Duration.ofMinutes(10), 100_000);

    private static TraversalOptions options(TraversalParams params) {
        return TraversalOptions.from(params, TraversalKind.TRACE_ALLOWED, TraversalKind.TRACE_DEFAULT, 1, PROPERTIES, CLOCK);
    }

    @Test
    void appliesDocumentedDefaults() {
        TraversalOptions options = options(new TraversalParams(null, null, null, null, null, null));
        assertThat(options.asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(options.evidenceKinds()).containsExactly("official_act", "company_statement", "reported");
        assertThat(options.excludeDisputed()).isFalse();
        assertThat(options.follow()).isEqualTo(TraversalKind.TRACE_DEFAULT);
        assertThat(options.maxHops()).isEqualTo(8);
        assertThat(options.limit()).isEqualTo(100);
    }

    @Test
    void minEvidenceKeepsTheStrongerKinds() {
        assertThat(options(new TraversalParams(null, "company_statement", null, null, null, null)).evidenceKinds())
                .containsExactly("official_act", "company_statement");
    }

    @Test
    void acceptsCommaSeparatedAndRepeatedFollowValues() {
        assertThat(options(new TraversalParams(null, null, null, List.of("brand,supply", "ownership"), null, null)).follow())
                .containsExactlyInAnyOrder(TraversalKind.BRAND, TraversalKind.SUPPLY, TraversalKind.OWNERSHIP);
    }

    @Test
    void refusesHopsAboveTheCeilingInsteadOfTruncating() {
        assertThatThrownBy(() -> options(new TraversalParams(null, null, null, null, 9, null)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("maxHops"));
    }

    @Test
    void refusesALimitAboveTheMaximum() {
        assertThatThrownBy(() -> options(new TraversalParams(null, null, null, null, null, 1001)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("limit"));
    }

    @Test
    void refusesDenialAsAnEvidenceThreshold() {
        assertThatThrownBy(() -> options(new TraversalParams(null, "denial", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("minEvidence"));
    }
}
