package org.supplywatch.rdf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supplywatch.query.EntityCard;
import org.supplywatch.query.EntityService;
import org.supplywatch.query.InvalidParameterException;

/**
 * Entity IRIs dereference: {@code https://w3id.org/supplywatch/id/{id}} redirects here, and
 * {@code GET /id/{id}} answers with HTML for people, the entity card as JSON, or RDF, as
 * {@code Accept} (or {@code format}) asks.
 */
@RestController
@Tag(name = "RDF")
class IdController {

    private final EntityService entities;
    private final RdfExporter exporter;

    IdController(EntityService entities, RdfExporter exporter) {
        this.entities = entities;
        this.exporter = exporter;
    }

    @GetMapping("/id/{*id}")
    @Operation(summary = "Dereference an entity IRI: HTML, JSON (the entity card) or RDF, by Accept or format",
            description = "format: html, json, or an RDF syntax (" + RdfController.FORMAT + ").")
    ResponseEntity<?> dereference(@Parameter(description = "The id, e.g. brand/lorex") @PathVariable String id,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String bare = id.startsWith("/") ? id.substring(1) : id;
        EntityCard card = entities.card(bare); // 404 problem for an unknown id
        Object representation = choose(format, accept);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (representation instanceof RdfFormat rdf) {
            return RdfController.rdf(rdf, out -> exporter.exportEntity(bare, rdf, out));
        }
        if (MediaType.APPLICATION_JSON.equals(representation)) {
            return response.contentType(MediaType.APPLICATION_JSON).body(card);
        }
        return response.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(EntityPage.render(card));
    }

    /** HTML, JSON or an RDF format: format first, then Accept in order of preference; HTML for anything else. */
    static Object choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "html" -> MediaType.TEXT_HTML;
                case "json" -> MediaType.APPLICATION_JSON;
                default -> RdfFormat.fromParameter(format).orElseThrow(() -> new InvalidParameterException("format",
                        "must be html, json or one of " + RdfFormat.parameters() + "; was '" + format + "'"));
            };
        }
        if (accept == null || accept.isBlank()) {
            return MediaType.TEXT_HTML;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new InvalidParameterException("Accept", "is not a list of media types");
        }
        MimeTypeUtils.sortBySpecificity(types);
        for (MediaType type : types) {
            if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                return MediaType.TEXT_HTML;
            }
            if (type.getSubtype().equals("json") && type.getType().equals("application")) {
                return MediaType.APPLICATION_JSON;
            }
            var rdf = RdfFormat.fromMediaType(type);
            if (rdf.isPresent()) {
                return rdf.get();
            }
        }
        return MediaType.TEXT_HTML;
    }
}
