package org.supplywatch.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reloads the configured seed folder on demand: validated whole first, idempotent. */
@RestController
@RequestMapping("/api/v1/seed-loads")
@Tag(name = "Seed graph", description = "Loading the curated, cited seed graph")
class SeedController {

    private final SeedLoader seedLoader;

    SeedController(SeedLoader seedLoader) {
        this.seedLoader = seedLoader;
    }

    @PostMapping
    @Operation(summary = "Load the seed graph now",
            description = "Validates every seed file, then writes them in one transaction. A refused load (422, with "
                    + "file, line and field of each problem) writes nothing; a repeated load changes nothing.")
    SeedLoadReport load() {
        return seedLoader.load();
    }
}
