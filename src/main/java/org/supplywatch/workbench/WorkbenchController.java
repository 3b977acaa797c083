package org.supplywatch.workbench;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.supplywatch.config.BrowserConnection;

/** Opens Neo4j Browser already pointed at the database, and serves the Supplywatch guide it plays. */
@RestController
@Hidden
class WorkbenchController {

    private final BrowserConnection database;
    private final BrowserGuide guide;

    WorkbenchController(BrowserConnection database, BrowserGuide guide) {
        this.database = database;
        this.guide = guide;
    }

    /** Browser connects to the URL in {@code dbms}; without authentication it needs no typing at all. */
    @GetMapping({"/browser", "/browser/"})
    ResponseEntity<Void> browser() {
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/browser/index.html").queryParam("dbms", database.boltUri());
        if (!database.authenticated()) {
            target.queryParam("preselectAuthMethod", "NO_AUTH");
        }
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target.encode().build().toUriString())).build();
    }

    @GetMapping("/browser-guide/supplywatch.html")
    ResponseEntity<String> guide() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                // Browser fetches the guide from whichever of localhost or 127.0.0.1 the user opened it on.
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(guide.html());
    }
}
