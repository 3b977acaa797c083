package org.supplywatch.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supplywatch.query.SearchResults.SearchReport;

/**
 * Entities: search by name and the entity card. Ids contain
 * slashes ({@code company/dahua-technology}) and are written as-is after {@code /entities/}.
 */
@RestController
@RequestMapping("/api/v1/entities")
@Tag(name = "Entities", description = "Search and entity cards with evidence")
class EntityController {

    private final SearchService search;
    private final EntityService entities;

    EntityController(SearchService search, EntityService entities) {
        this.search = search;
        this.entities = entities;
    }

    @GetMapping
    @Operation(summary = "Search entities by name, alias, former name or Chinese name",
            description = "Tolerant of typos and word order (Neo4j full-text index), ranked, each hit saying which name "
                    + "matched and how. Runs cypher/queries/search-entities.cypher.")
    SearchReport search(
            @Parameter(description = "Words of the name", example = "dahua technology") @RequestParam(required = false) String q,
            @Parameter(description = "Kind of entity: Company, GovernmentBody, Ngo, Publisher, Brand, Product, "
                    + "EquipmentCategory, RetailChannel, RestrictionList") @RequestParam(required = false) String kind,
            @Parameter(description = "Most hits (default 10)") @RequestParam(required = false) Integer limit) {
        return search.search(q, kind, limit);
    }

    @GetMapping("/{*id}")
    @Operation(summary = "Entity card",
            description = "GET /api/v1/entities/company/dahua-technology: properties, every relationship in and out with its "
                    + "evidence, designations (current and past), findings with their denials, sources. Runs "
                    + "cypher/queries/entity-card.cypher.")
    EntityCard entity(@Parameter(description = "The id, slashes included, e.g. company/dahua-technology") @PathVariable String id) {
        return entities.card(id.startsWith("/") ? id.substring(1) : id);
    }
}
