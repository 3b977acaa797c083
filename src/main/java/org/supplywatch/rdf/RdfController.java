package org.supplywatch.rdf;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.query.PathService;
import org.supplywatch.query.TraceService;
import org.supplywatch.query.TraversalParams;
import org.supplywatch.query.UnknownResourceException;

/** The graph, one entity, or a query result as RDF, in the syntax chosen by {@code format} or {@code Accept}. */
@RestController
@RequestMapping("/api/v1/rdf")
@Tag(name = "RDF", description = "Exports in Turtle, N-Triples, N-Quads, TriG, JSON-LD and RDF/XML; imports in any of them")
class RdfController {

    static final String FORMAT = "turtle, ntriples, nquads, trig, jsonld or rdfxml; overrides Accept (default turtle)";
    static final String FORMAT_IN = "turtle, ntriples, nquads, trig, jsonld or rdfxml; overrides Content-Type and file name";

    private final RdfExporter exporter;
    private final GraphReader reader;
    private final TraceService traces;
    private final PathService paths;

    RdfController(RdfExporter exporter, GraphReader reader, TraceService traces, PathService paths) {
        this.exporter = exporter;
        this.reader = reader;
        this.traces = traces;
        this.paths = paths;
    }

    @GetMapping("/graph")
    @Operation(summary = "The whole graph as RDF (streamed in ntriples, nquads, turtle and trig)",
            description = "Every node and relationship, each fact with its evidence; relationships are named graphs in "
                    + "nquads, trig and jsonld and rdf:Statements in the other syntaxes (see ontology/README.md).")
    ResponseEntity<StreamingResponseBody> graph(@Parameter(description = FORMAT) @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        RdfFormat chosen = RdfNegotiation.choose(format, accept);
        return ResponseEntity.ok()
                .contentType(chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"supplywatch." + chosen.extension() + "\"")
                .body(out -> exporter.exportAll(chosen, out));
    }

    @GetMapping("/entities/{*id}")
    @Operation(summary = "One entity as RDF: itself, its relationships, the nodes at their other ends, the sources cited")
    ResponseEntity<byte[]> entity(@Parameter(description = "The id, e.g. brand/lorex") @PathVariable String id,
            @Parameter(description = FORMAT) @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String bare = id.startsWith("/") ? id.substring(1) : id;
        RdfFormat chosen = RdfNegotiation.choose(format, accept);
        requireKnown(bare);
        return rdf(chosen, out -> exporter.exportEntity(bare, chosen, out));
    }

    @GetMapping("/traces/designated-ancestors")
    @Operation(summary = "A trace to designated ancestors as RDF (same parameters as /api/v1/traces/designated-ancestors)")
    ResponseEntity<byte[]> trace(@RequestParam(required = false) String from, @RequestParam(required = false) String list,
            @ParameterObject TraversalParams filters,
            @Parameter(description = FORMAT) @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        RdfFormat chosen = RdfNegotiation.choose(format, accept);
        RdfSelection selection = ResultSelections.of(traces.traceFrom(from, list, filters));
        return rdf(chosen, out -> exporter.exportSelection(selection, chosen, out));
    }

    @GetMapping("/paths")
    @Operation(summary = "Shortest paths as RDF (same parameters as /api/v1/paths)")
    ResponseEntity<byte[]> paths(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer k, @ParameterObject TraversalParams filters,
            @Parameter(description = FORMAT) @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        RdfFormat chosen = RdfNegotiation.choose(format, accept);
        RdfSelection selection = ResultSelections.of(paths.shortest(from, to, k, filters));
        return rdf(chosen, out -> exporter.exportSelection(selection, chosen, out));
    }

    @GetMapping("/neighbourhood")
    @Operation(summary = "A neighbourhood as RDF (same parameters as /api/v1/neighbourhood)")
    ResponseEntity<byte[]> neighbourhood(@RequestParam(required = false) String of, @ParameterObject TraversalParams filters,
            @Parameter(description = FORMAT) @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        RdfFormat chosen = RdfNegotiation.choose(format, accept);
        RdfSelection selection = ResultSelections.of(paths.neighbourhood(of, filters));
        return rdf(chosen, out -> exporter.exportSelection(selection, chosen, out));
    }

    void requireKnown(String id) {
        if (reader.list("queries/resource-exists", Map.of("id", id), row -> row).isEmpty()) {
            throw new UnknownResourceException(id);
        }
    }

    /** Written in full before the response starts, so a failure still gets a problem response. */
    static ResponseEntity<byte[]> rdf(RdfFormat format, Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return ResponseEntity.ok().contentType(format.mediaType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(out.toByteArray());
    }
}
