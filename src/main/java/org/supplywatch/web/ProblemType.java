package org.supplywatch.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/** The kinds of problem the API reports: a stable type URI and a fixed title each (RFC 9457). */
enum ProblemType {
    UNKNOWN_RESOURCE("unknown-resource", "Unknown resource", HttpStatus.NOT_FOUND),
    INVALID_PARAMETER("invalid-parameter", "Invalid parameter", HttpStatus.BAD_REQUEST),
    BAD_REQUEST("bad-request", "Bad request", HttpStatus.BAD_REQUEST),
    SEED_REJECTED("seed-rejected", "Seed files rejected", HttpStatus.UNPROCESSABLE_CONTENT),
    IMPORT_REJECTED("import-rejected", "Import rejected", HttpStatus.UNPROCESSABLE_CONTENT),
    REVIEW_CONFLICT("review-conflict", "Review decision conflicts with the current status", HttpStatus.CONFLICT),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", HttpStatus.NOT_ACCEPTABLE),
    REQUEST_TOO_LARGE("request-too-large", "Request too large", HttpStatus.CONTENT_TOO_LARGE),
    SERVICE_BUSY("service-busy", "Too many queries at once", HttpStatus.SERVICE_UNAVAILABLE),
    QUERY_TIMEOUT("query-timeout", "Query over its time budget", HttpStatus.SERVICE_UNAVAILABLE),
    DATABASE_UNAVAILABLE("database-unavailable", "Database unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR);

    static final String BASE = "https://w3id.org/supplywatch/problems/";

    private final URI type;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.type = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    URI type() {
        return type;
    }

    String title() {
        return title;
    }

    HttpStatus status() {
        return status;
    }
}
