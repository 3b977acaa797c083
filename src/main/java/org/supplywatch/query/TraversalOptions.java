package org.supplywatch.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.supplywatch.config.QueryProperties;
import org.supplywatch.graph.StatementKind;
import org.supplywatch.graph.TraversalKind;

/**
 * Validated traversal filters, with the defaults applied. A value out of range is refused with
 * a 400 naming the parameter; nothing is silently clamped.
 *
 * @param asOf            facts count only if they held on this day
 * @param minEvidence     the weakest statement kind that counts
 * @param excludeDisputed drop designations and findings with a denial on record
 * @param follow          kinds of link to follow
 * @param maxHops         most hops, at most the query's literal ceiling
 * @param limit           most rows
 */
public record TraversalOptions(LocalDate asOf, StatementKind minEvidence, boolean excludeDisputed,
        Set<TraversalKind> follow, int maxHops, int limit) {

    /** The literal upper bound written in every traversal's Cypher pattern. */
    public static final int MAX_HOPS_CEILING = 8;

    public static TraversalOptions from(TraversalParams params, Set<TraversalKind> allowed, Set<TraversalKind> defaults,
            int minHops, QueryProperties properties, Clock clock) {
        return from(params, allowed, defaults, minHops, MAX_HOPS_CEILING, properties, clock);
    }

    /** As {@link #from(TraversalParams, Set, Set, int, QueryProperties, Clock)}, for a query whose literal ceiling is lower. */
    public static TraversalOptions from(TraversalParams params, Set<TraversalKind> allowed, Set<TraversalKind> defaults,
            int minHops, int ceiling, QueryProperties properties, Clock clock) {
        LocalDate asOf = asOf(params.asOf(), clock);
        StatementKind minEvidence = minEvidence(params.minEvidence());
        Set<TraversalKind> follow = follow(params.follow(), allowed, defaults);
        int maxHops = params.maxHops() == null ? ceiling : params.maxHops();
        if (maxHops < minHops || maxHops > ceiling) {
            throw new InvalidParameterException("maxHops", "must be between " + minHops + " and " + ceiling + ", was " + maxHops);
        }
        int limit = params.limit() == null ? properties.defaultLimit() : params.limit();
        if (limit < 1 || limit > properties.maxLimit()) {
            throw new InvalidParameterException("limit", "must be between 1 and " + properties.maxLimit() + ", was " + limit);
        }
        return new TraversalOptions(asOf, minEvidence, Boolean.TRUE.equals(params.excludeDisputed()), follow, maxHops, limit);
    }

    /** The Cypher parameters every traversal file takes. */
    /** Whether links of this kind are followed. */
    public boolean follows(TraversalKind kind) {
        return follow.contains(kind);
    }

    public Map<String, Object> cypherParameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", asOf);
        parameters.put("evidenceKinds", evidenceKinds());
        parameters.put("excludeDisputed", excludeDisputed);
        parameters.put("followTypes", TraversalKind.typeNames(follow));
        parameters.put("maxHops", maxHops);
        parameters.put("limit", limit);
        return parameters;
    }

    /** Statement kinds at least as strong as {@link #minEvidence}; denials are never evidence for a fact. */
    public List<String> evidenceKinds() {
        return Arrays.stream(StatementKind.values())
                .filter(kind -> kind != StatementKind.DENIAL && kind.ordinal() <= minEvidence.ordinal())
                .map(StatementKind::value)
                .toList();
    }

    /** What the answer was computed with, echoed to the client. */
    public AppliedFilters applied() {
        return new AppliedFilters(asOf.toString(), minEvidence.value(), excludeDisputed,
                follow.stream().map(TraversalKind::value).sorted().toList(), maxHops, limit);
    }

    /** The filters as applied, defaults included. */
    public record AppliedFilters(String asOf, String minEvidence, boolean excludeDisputed, List<String> follow, int maxHops,
            int limit) {
    }

    private static LocalDate asOf(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("asOf", "must be a date as YYYY-MM-DD, was '" + text + "'");
        }
    }

    private static StatementKind minEvidence(String text) {
        if (text == null || text.isBlank()) {
            return StatementKind.REPORTED;
        }
        return StatementKind.fromValue(text.strip())
                .filter(kind -> kind != StatementKind.DENIAL)
                .orElseThrow(() -> new InvalidParameterException("minEvidence",
                        "must be one of official_act, company_statement, reported, imported; was '" + text + "'"));
    }

    private static Set<TraversalKind> follow(List<String> values, Set<TraversalKind> allowed, Set<TraversalKind> defaults) {
        if (values == null || values.isEmpty()) {
            return EnumSet.copyOf(defaults);
        }
        Set<TraversalKind> kinds = EnumSet.noneOf(TraversalKind.class);
        for (String value : values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty()).toList()) {
            TraversalKind kind = TraversalKind.fromValue(value).filter(allowed::contains)
                    .orElseThrow(() -> new InvalidParameterException("follow", "must be among "
                            + allowed.stream().map(TraversalKind::value).toList() + ", was '" + value + "'"));
            kinds.add(kind);
        }
        return kinds;
    }
}
