package org.supplywatch.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supplywatch.query.TraceResults.TraceReport;

/** Traces up to designated entities, every hop with its evidence. */
@RestController
@RequestMapping("/api/v1/traces")
@Tag(name = "Traces", description = "Paths from brands, products and companies up to designated entities")
class TraceController {

    private final TraceService service;

    TraceController(TraceService service) {
        this.service = service;
    }

    @GetMapping("/designated-ancestors")
    @Operation(summary = "Every designated ancestor of a brand, product line or company",
            description = "All paths within the bound up to each entity a designation names (the start itself at 0 hops), "
                    + "each hop with its evidence, the designation with its dates, legal citation and scope wording. "
                    + "JSON by default; CSV (one row per hop) with Accept: text/csv or format=csv. "
                    + "Runs cypher/queries/trace-to-designated-ancestors.cypher, or trace-to-designated-ancestors-through-suppliers.cypher "
                    + "when follow includes supply.",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = TraceReport.class)),
                    @Content(mediaType = "text/csv")}))
    ResponseEntity<?> designatedAncestors(
            @Parameter(description = "Id of the start, e.g. brand/lorex", required = true) @RequestParam(required = false) String from,
            @Parameter(description = "Restriction list id, e.g. list/us-bis-entity-list; any list when absent")
            @RequestParam(required = false) String list,
            @Parameter(description = "json or csv; overrides Accept") @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @ParameterObject TraversalParams filters) {
        TraceReport report = service.traceFrom(from, list, filters);
        if (ExposureController.wantsCsv(format, accept)) {
            return ResponseEntity.ok()
                    .contentType(ExposureController.TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trace.csv\"")
                    .body(TraceCsv.write(report.paths()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    @GetMapping("/brands-to-designated-parents")
    @Operation(summary = "Which retail brands trace back to a designated parent?",
            description = "From every brand (or one), 1 to 8 hops up to entities named by a designation. "
                    + "Runs cypher/queries/brands-traced-to-designated-parents.cypher.")
    TraceReport brandsToDesignatedParents(
            @Parameter(description = "Brand id, e.g. brand/lorex; all brands when absent") @RequestParam(required = false) String brand,
            @Parameter(description = "Restriction list id, e.g. list/us-bis-entity-list; any list when absent")
            @RequestParam(required = false) String list,
            @ParameterObject TraversalParams filters) {
        return service.brandsToDesignatedParents(brand, list, filters);
    }
}
