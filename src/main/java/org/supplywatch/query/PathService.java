package org.supplywatch.query;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Service;
import org.supplywatch.config.QueryProperties;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.TraversalKind;
import org.supplywatch.query.PathResults.Edge;
import org.supplywatch.query.PathResults.GraphNode;
import org.supplywatch.query.PathResults.Neighbourhood;
import org.supplywatch.query.PathResults.Path;
import org.supplywatch.query.PathResults.PathReport;
import org.supplywatch.query.TraceResults.Hop;

/** Shortest paths between two entities and an entity's neighbourhood, with the traversal filters. */
@Service
public class PathService {

    /** Literal bound of {@code SHORTEST 10} in shortest-paths.cypher. */
    static final int MAX_K = 10;
    /** Literal bound of the neighbourhood pattern. */
    static final int NEIGHBOURHOOD_CEILING = 3;

    private final GraphReader reader;
    private final KnownResources resources;
    private final QueryProperties properties;
    private final Clock clock;

    public PathService(GraphReader reader, KnownResources resources, QueryProperties properties, Clock clock) {
        this.reader = reader;
        this.resources = resources;
        this.properties = properties;
        this.clock = clock;
    }

    public PathReport shortest(String fromId, String toId, Integer k, TraversalParams params) {
        requireId(fromId, "from");
        requireId(toId, "to");
        int paths = k == null ? 1 : k;
        if (paths < 1 || paths > MAX_K) {
            throw new InvalidParameterException("k", "must be between 1 and " + MAX_K + ", was " + paths);
        }
        TraversalOptions options = TraversalOptions.from(params, EnumSet.allOf(TraversalKind.class),
                EnumSet.allOf(TraversalKind.class), 1, properties, clock);
        resources.labelsOf(fromId);
        resources.labelsOf(toId);
        Map<String, Object> parameters = options.cypherParameters();
        parameters.put("fromId", fromId);
        parameters.put("toId", toId);
        parameters.put("k", paths);
        List<Path> found = reader.list("queries/shortest-paths", parameters, PathService::path);
        return new PathReport(fromId, toId, paths, options.applied(), found.size(), found);
    }

    public Neighbourhood neighbourhood(String id, TraversalParams params) {
        requireId(id, "of");
        TraversalOptions options = TraversalOptions.from(params, EnumSet.allOf(TraversalKind.class),
                EnumSet.allOf(TraversalKind.class), 0, NEIGHBOURHOOD_CEILING,
                properties, clock);
        resources.labelsOf(id);
        Map<String, Object> parameters = options.cypherParameters();
        parameters.put("id", id);
        return reader.list("queries/neighbourhood", parameters, row -> neighbourhood(id, options, row)).getFirst();
    }

    private static void requireId(String id, String parameter) {
        if (id == null || id.isBlank()) {
            throw new InvalidParameterException(parameter, "is required: an entity id such as brand/lorex");
        }
    }

    private static Path path(MapAccessor row) {
        List<Hop> hops = row.get("hops").asList(TraceRecordMapper::hop);
        List<RelationshipType> types = hops.stream().map(hop -> RelationshipType.valueOf(hop.type())).toList();
        return new Path(row.get("length").asInt(), TraversalKind.ofPath(types).value(),
                row.get("nodes").asList(PathService::node), hops);
    }

    private static Neighbourhood neighbourhood(String id, TraversalOptions options, MapAccessor row) {
        return new Neighbourhood(id, options.applied(), row.get("nodes").asList(PathService::node),
                row.get("edges").asList(PathService::edge));
    }

    private static GraphNode node(Value node) {
        return new GraphNode(TraceRecordMapper.text(node.get("id")), TraceRecordMapper.text(node.get("name")),
                TraceRecordMapper.text(node.get("kind")), node.get("distance").isNull() ? null : node.get("distance").asInt(),
                node.get("designated").isNull() ? null : node.get("designated").asBoolean());
    }

    private static Edge edge(Value edge) {
        String type = TraceRecordMapper.text(edge.get("type"));
        String kind = TraceRecordMapper.text(edge.get("statementKind"));
        return new Edge(TraceRecordMapper.text(edge.get("from")), TraceRecordMapper.text(edge.get("to")), type,
                TraversalKind.of(RelationshipType.valueOf(type)).map(TraversalKind::value).orElse(null), kind,
                TraceRecordMapper.evidence(edge, kind), TraceRecordMapper.text(edge.get("validFrom")),
                TraceRecordMapper.text(edge.get("validTo")));
    }
}
