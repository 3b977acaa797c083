package org.supplywatch.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supplywatch.query.TraceResults.BrandTraceReport;

/** The headline question over REST: which retail brands trace back to a designated parent. */
@RestController
@RequestMapping("/api/v1/traces")
@Tag(name = "Traces", description = "Paths from brands up to designated entities, each hop with its evidence")
class BrandTraceController {

    private final BrandTraceService service;

    BrandTraceController(BrandTraceService service) {
        this.service = service;
    }

    @GetMapping("/brands-to-designated-parents")
    @Operation(summary = "Which retail brands trace back to a designated parent?",
            description = "Follows BRAND_OF, SUBSIDIARY_OF and OWNED_BY from brands upwards to entities named by a "
                    + "designation. Runs cypher/queries/brands-traced-to-designated-parents.cypher.")
    BrandTraceReport trace(
            @Parameter(description = "Brand id, e.g. brand/lorex; all brands when absent")
            @RequestParam(required = false) String brand,
            @Parameter(description = "Restriction list id, e.g. list/us-bis-entity-list; any list when absent")
            @RequestParam(required = false) String list,
            @Parameter(description = "Most hops to follow, 1 to 8 (default 8)")
            @RequestParam(required = false) Integer maxHops,
            @Parameter(description = "Most paths to return (default supplywatch.query.default-limit)")
            @RequestParam(required = false) Integer limit) {
        return service.trace(brand, list, maxHops, limit);
    }
}
