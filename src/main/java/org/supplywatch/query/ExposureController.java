package org.supplywatch.query;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exposure reports for a restriction list, as JSON or CSV. */
@RestController
@RequestMapping("/api/v1/exposure")
@Tag(name = "Exposure", description = "Who traces to a list's designees, with the path and its evidence")
class ExposureController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ExposureService service;

    ExposureController(ExposureService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Exposure report for a restriction list",
            description = "Every brand (or company, product, government body) that traces in 1 to 8 hops to an entity the "
                    + "list designates, with the paths and the evidence of every hop. Paged by entity: a page is limit "
                    + "entities in order of name (summed up in exposed, with their fewest hops), each with up to 100 paths, "
                    + "shortest first. JSON by default; CSV (the paths) with Accept: text/csv or format=csv. Runs "
                    + "cypher/queries/exposure-to-list.cypher, or exposure-to-list-through-suppliers.cypher when supply is followed.",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ExposureReport.class)),
                    @Content(mediaType = "text/csv")}))
    ResponseEntity<?> exposure(
            @Parameter(description = "Restriction list id", example = "list/us-bis-entity-list", required = true)
            @RequestParam(required = false) String list,
            @Parameter(description = "Kind of exposed entity: Brand (default), Company, Product or GovernmentBody")
            @RequestParam(required = false) String kind,
            @Parameter(description = "Page number from 0 (default 0); a page holds limit exposed entities") @RequestParam(required = false) Integer page,
            @Parameter(description = "json or csv; overrides Accept") @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @ParameterObject TraversalParams filters) {
        ExposureReport report = service.report(list, kind, page, filters);
        if (wantsCsv(format, accept)) {
            return ResponseEntity.ok()
                    .contentType(TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"exposure.csv\"")
                    .body(TraceCsv.write(report.paths()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    static boolean wantsCsv(String format, String accept) {
        if (format != null) {
            if (!List.of("json", "csv").contains(format)) {
                throw new InvalidParameterException("format", "must be json or csv, was '" + format + "'");
            }
            return "csv".equals(format);
        }
        return accept != null && accept.contains("text/csv") && !accept.contains("application/json");
    }
}
