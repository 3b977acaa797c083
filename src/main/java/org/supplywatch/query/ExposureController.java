package org.supplywatch.query;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVPrinter;
import org.springdoc.core.annotations.ParameterObject;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Exposure reports for a restriction list, as JSON or CSV. */
@RestController
@RequestMapping("/api/v1/exposure")
@Tag(name = "Exposure", description = "Who traces to a list's designees, with the path and its evidence")
class ExposureController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    static final MediaType NDJSON = new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);

    private final ExposureService service;
    private final JsonMapper json;

    ExposureController(ExposureService service, JsonMapper json) {
        this.service = service;
        this.json = json;
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

    @GetMapping("/all")
    @Operation(summary = "The whole exposure report for a restriction list, streamed",
            description = "Every path of every exposed entity, in the order of the pages, written as Neo4j sends it: CSV "
                    + "(default, one row per path, as format=csv of a page) or NDJSON (format=ndjson: one path a line, as in a "
                    + "page's paths). One query (cypher/queries/exposure-to-list-all.cypher) walks the list's reach once, "
                    + "however many entities it holds, and keeps the paths it meets, so a whole report costs less than its "
                    + "pages; the time budget is supplywatch.query.report-timeout. The filters "
                    + "are those of the paged report; limit does not apply.",
            responses = @ApiResponse(responseCode = "200", content = {@Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/x-ndjson")}))
    ResponseEntity<StreamingResponseBody> all(
            @Parameter(description = "Restriction list id", example = "list/us-bis-entity-list", required = true)
            @RequestParam(required = false) String list,
            @Parameter(description = "Kind of exposed entity: Brand (default), Company, Product or GovernmentBody")
            @RequestParam(required = false) String kind,
            @Parameter(description = "csv (default) or ndjson") @RequestParam(required = false) String format,
            @ParameterObject TraversalParams filters) {
        boolean ndjson = "ndjson".equals(format);
        if (format != null && !ndjson && !"csv".equals(format)) {
            throw new InvalidParameterException("format", "must be csv or ndjson, was '" + format + "'");
        }
        // Checked before the response starts, so that a bad list or filter is a 400 problem, not a broken stream.
        Consumer<Consumer<TraceResults.TracePath>> report = service.prepareAll(list, kind, filters);
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (ndjson) {
                report.accept(path -> write(writer, json.writeValueAsString(path) + "\n"));
            } else {
                CSVPrinter printer = TraceCsv.printer(writer);
                report.accept(path -> print(printer, path));
            }
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(ndjson ? NDJSON : TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"exposure." + (ndjson ? "ndjson" : "csv") + "\"")
                .body(body);
    }

    private static void print(CSVPrinter printer, TraceResults.TracePath path) {
        try {
            TraceCsv.print(printer, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
