package org.supplywatch.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.supplywatch.query.PathResults.Neighbourhood;
import org.supplywatch.query.PathResults.PathReport;

/** Paths between two entities, and an entity's neighbourhood shaped for drawing. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Paths", description = "Shortest paths and neighbourhoods, every edge with its evidence")
class PathController {

    private final PathService service;

    PathController(PathService service) {
        this.service = service;
    }

    @GetMapping("/paths")
    @Operation(summary = "Shortest paths between two entities",
            description = "The k shortest paths (k at most 10) in either direction along the links chosen by follow "
                    + "(default: all kinds), each hop with its evidence. Runs cypher/queries/shortest-paths.cypher.")
    PathReport paths(
            @Parameter(description = "Id of one end, e.g. brand/lorex", required = true) @RequestParam(required = false) String from,
            @Parameter(description = "Id of the other end, e.g. company/amazon", required = true) @RequestParam(required = false) String to,
            @Parameter(description = "How many shortest paths, 1 to 10 (default 1)") @RequestParam(required = false) Integer k,
            @ParameterObject TraversalParams filters) {
        return service.shortest(from, to, k, filters);
    }

    @GetMapping("/neighbourhood")
    @Operation(summary = "An entity and everything within maxHops of it, for drawing",
            description = "Nodes (kind, distance, designated on asOf) and the edges among them with their evidence; "
                    + "maxHops at most 3 (default 3), limit caps the nodes. Runs cypher/queries/neighbourhood.cypher.")
    Neighbourhood neighbourhood(
            @Parameter(description = "Id of the centre, e.g. brand/lorex", required = true) @RequestParam(required = false) String of,
            @ParameterObject TraversalParams filters) {
        return service.neighbourhood(of, filters);
    }
}
