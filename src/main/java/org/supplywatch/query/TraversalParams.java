package org.supplywatch.query;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The filters every traversal takes, as they arrive in the query string. Kept as text so that
 * {@link TraversalOptions#from} can refuse a bad value with the parameter's name and the reason.
 */
public record TraversalParams(
        @Schema(description = "A date (YYYY-MM-DD): a fact counts only if it held then. Default: today.", example = "2020-06-01")
        String asOf,
        @Schema(description = "Weakest kind of statement to count: official_act, company_statement or reported (default: reported, i.e. all)",
                example = "company_statement")
        String minEvidence,
        @Schema(description = "Drop designations and findings that have a denial on record (default false)")
        Boolean excludeDisputed,
        @Schema(description = "Kinds of link to follow, repeated or comma-separated: ownership, brand, manufacturing, supply "
                + "(default ownership,brand,manufacturing)")
        List<String> follow,
        @Schema(description = "Most hops to follow, up to 8 (default 8)")
        Integer maxHops,
        @Schema(description = "Most rows to return (default 100, at most supplywatch.query.max-limit)")
        Integer limit) {
}
