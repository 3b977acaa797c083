package org.supplywatch.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.supplywatch.query.InvalidParameterException;
import org.supplywatch.query.Utf8Text;

/** Importing the Consolidated Screening List, and reviewing how its entries were matched to entities. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Official lists", description = "Consolidated Screening List imports and the entity-resolution review queue")
class CslController {

    private static final String IMPORT = "Validates the whole file (a malformed row refuses it with file, line and column; "
            + "nothing is written), then adds new entries, updates changed ones and ends entries gone from the file's "
            + "source lists with the date observed. The same file twice changes nothing. Writer credentials required.";

    private final CslImporter importer;
    private final ReviewService reviews;
    private final Clock clock;

    CslController(CslImporter importer, ReviewService reviews, Clock clock) {
        this.importer = importer;
        this.reviews = reviews;
        this.clock = clock;
    }

    @PostMapping(value = "/csl-imports", consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Import a Consolidated Screening List file (request body: CSV, or the CSL JSON with a results array)",
            description = IMPORT)
    CslImportReport importBody(@RequestBody byte[] csv,
            @Parameter(description = "File name recorded on the source (default csl.csv)") @RequestParam(required = false) String name,
            @Parameter(description = "Date the list was observed, YYYY-MM-DD (default today): ended entries get this removal date")
            @RequestParam(required = false) String observedOn) {
        return importer.importCsv(name == null ? "csl.csv" : name, Utf8Text.decode(csv, "file"), observedOn(observedOn));
    }

    @PostMapping(value = "/csl-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a Consolidated Screening List file, CSV or JSON (file upload, part 'file')", description = IMPORT)
    CslImportReport importUpload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String observedOn) {
        try {
            String name = file.getOriginalFilename() == null ? "csl.csv" : file.getOriginalFilename();
            return importer.importCsv(name, Utf8Text.decode(file.getBytes(), "file"), observedOn(observedOn));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/csl-reviews")
    @Operation(summary = "Entity resolutions of imported entries, e.g. the pending ones to review")
    List<ReviewItem> reviews(
            @Parameter(description = "automatic, pending, confirmed or rejected; all when absent") @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer limit) {
        return reviews.list(status, limit);
    }

    @PostMapping("/csl-reviews/confirm")
    @Operation(summary = "Confirm a pending match: the designation moves to the existing entity (writer only)")
    ReviewItem confirm(@Parameter(description = "Resolution id", required = true) @RequestParam(required = false) String id) {
        return reviews.confirm(id);
    }

    @PostMapping("/csl-reviews/reject")
    @Operation(summary = "Reject a match, automatic, pending or confirmed: the designation moves to the entity made "
            + "from the listed name; this is how a wrong merge is undone (writer only)")
    ReviewItem reject(@Parameter(description = "Resolution id", required = true) @RequestParam(required = false) String id) {
        return reviews.reject(id);
    }

    private LocalDate observedOn(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("observedOn", "must be a date as YYYY-MM-DD, was '" + text + "'");
        }
    }
}
