package org.supplywatch.rdf;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.supplywatch.query.InvalidParameterException;
import org.supplywatch.query.UnknownResourceException;
import org.supplywatch.rdf.RdfImportRuns.RunView;

/** RDF imports over REST (writer credentials required) and their progress. */
@RestController
@RequestMapping("/api/v1/rdf-imports")
@Tag(name = "RDF")
class RdfImportController {

    private static final String IMPORT = "Parses the whole file (gzip accepted), translates mapped vocabularies (W3C ORG, "
            + "schema.org, Wikidata P749/P355/P127/P1716/P176), checks it against the graph and the SHACL shapes, and only "
            + "then writes, in batches. A syntax error gives line and column, a shape violation focus node, path and shape; "
            + "either way nothing is written. Imports add and never overwrite; the same file twice changes nothing. "
            + "Unmapped triples are counted per predicate in the report. Writer credentials required.";

    private final RdfImporter importer;
    private final RdfImportRuns runs;

    RdfImportController(RdfImporter importer, RdfImportRuns runs) {
        this.importer = importer;
        this.runs = runs;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an RDF file (upload, part 'file'); the syntax comes from format, else the file name", description = IMPORT)
    RdfImportReport upload(@RequestPart("file") MultipartFile file,
            @Parameter(description = RdfController.FORMAT_IN) @RequestParam(required = false) String format) {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        return importer.importFile(name, file, chosen(format, file.getContentType(), name));
    }

    @PostMapping(consumes = {"text/turtle", "application/n-triples", "application/n-quads", "application/trig",
            "application/ld+json", "application/rdf+xml", "application/gzip", "application/octet-stream"})
    @Operation(summary = "Import an RDF file sent as the request body; the syntax comes from format, else Content-Type, else name",
            description = IMPORT)
    RdfImportReport body(HttpServletRequest request,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @Parameter(description = "File name recorded on the import's source (default: upload)") @RequestParam(required = false) String name,
            @Parameter(description = RdfController.FORMAT_IN) @RequestParam(required = false) String format) {
        String fileName = name == null || name.isBlank() ? "upload" : name.strip();
        return importer.importFile(fileName, request::getInputStream, chosen(format, contentType, fileName));
    }

    @GetMapping
    @Operation(summary = "RDF imports of this process, running or recent (last 50), with their progress")
    List<RunView> all() {
        return runs.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One RDF import's progress: phase, triples read, rows written of rows to write, outcome")
    RunView one(@PathVariable String id) {
        return runs.find(id).orElseThrow(() -> new UnknownResourceException("rdf-import/" + id));
    }

    static RdfFormat chosen(String format, String contentType, String name) {
        if (format != null && !format.isBlank()) {
            return RdfFormat.fromParameter(format).orElseThrow(() -> new InvalidParameterException("format",
                    "must be one of " + RdfFormat.parameters() + "; was '" + format + "'"));
        }
        if (contentType != null && !contentType.isBlank()) {
            try {
                var fromType = RdfFormat.fromMediaType(MediaType.parseMediaType(contentType));
                if (fromType.isPresent()) {
                    return fromType.get();
                }
            } catch (org.springframework.http.InvalidMediaTypeException e) {
                // fall through to the file name
            }
        }
        return RdfFormat.fromFileName(name).orElseThrow(() -> new InvalidParameterException("format",
                "say which syntax the file is in: format=" + RdfFormat.parameters()
                        + ", an RDF Content-Type, or a file name ending .ttl, .nt, .nq, .trig, .jsonld or .rdf (optionally .gz)"));
    }
}
