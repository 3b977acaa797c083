package org.supplywatch.query;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.supplywatch.query.ScreeningResults.ScreeningReport;
import org.supplywatch.query.ScreeningResults.ScreeningRequest;
import org.supplywatch.query.ScreeningResults.ScreeningRow;

/**
 * Screening: POST up to 10,000 names (JSON rows, a CSV body, or a CSV file upload) and get, for
 * each, its best matches with score and reason and each match's exposure; JSON or CSV out.
 * Screening only reads, so it is a POST for the size of its input, not because it writes.
 */
@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "Screening", description = "Match a list of names against the graph, with each match's exposure")
class ScreeningController {

    private static final String SCREEN = "Screen a list of names";
    private static final String HOW = "Up to 10,000 rows. Each row gets status match (score >= 0.9), possible match (>= 0.8, "
            + "for review) or no match (nothing guessed), its best matches with the name that matched and how, and each "
            + "match's exposure: the designated entities it reaches and on which list. JSON out by default; CSV with "
            + "Accept: text/csv or format=csv. Runs cypher/queries/screen-candidates.cypher and exposure-summary.cypher.";

    private final ScreeningService service;

    ScreeningController(ScreeningService service) {
        this.service = service;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = SCREEN + " (JSON rows)", description = HOW)
    ResponseEntity<?> screenJson(@RequestBody ScreeningRequest request,
            @Parameter(description = "json or csv; overrides Accept") @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @ParameterObject TraversalParams filters) {
        return respond(ScreeningInput.fromJson(request.rows()), filters, format, accept);
    }

    @PostMapping(consumes = "text/csv")
    @Operation(summary = SCREEN + " (CSV body with a name column; country and reference optional)", description = HOW)
    ResponseEntity<?> screenCsv(@RequestBody byte[] csv,
            @Parameter(description = "json or csv; overrides Accept") @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @ParameterObject TraversalParams filters) {
        return respond(ScreeningInput.fromCsv(new StringReader(Utf8Text.decode(csv, "file"))), filters, format, accept);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = SCREEN + " (CSV file upload, part 'file')", description = HOW)
    ResponseEntity<?> screenUpload(@RequestPart("file") MultipartFile file,
            @Parameter(description = "json or csv; overrides Accept") @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @ParameterObject TraversalParams filters) {
        try {
            return respond(ScreeningInput.fromCsv(new StringReader(Utf8Text.decode(file.getBytes(), "file"))), filters, format, accept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<?> respond(List<ScreeningRow> rows, TraversalParams filters, String format, String accept) {
        boolean csv = ExposureController.wantsCsv(format, accept);
        ScreeningReport report = service.screen(rows, filters);
        if (csv) {
            return ResponseEntity.ok()
                    .contentType(ExposureController.TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"screening.csv\"")
                    .body(ScreeningCsv.write(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }
}
