package org.supplywatch.query;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.graph.NodeLabel;

/** Checks ids named in a request: unknown → 404, the wrong kind of node → 400 naming the parameter. */
@Component
class KnownResources {

    private final GraphReader reader;

    KnownResources(GraphReader reader) {
        this.reader = reader;
    }

    /** The labels of the node with this id; throws {@link UnknownResourceException} when there is none. */
    List<String> labelsOf(String id) {
        List<List<String>> labels = reader.list("queries/resource-exists", Map.of("id", id),
                row -> row.get("labels").asList(value -> value.asString()));
        if (labels.isEmpty()) {
            throw new UnknownResourceException(id);
        }
        return labels.getFirst();
    }

    /** Requires the id (when given) to name a node of one of the kinds. */
    void require(String id, String parameter, NodeLabel... kinds) {
        if (id == null) {
            return;
        }
        List<String> labels = labelsOf(id);
        if (Arrays.stream(kinds).noneMatch(kind -> labels.contains(kind.label()))) {
            throw new InvalidParameterException(parameter, "must name a " + Arrays.stream(kinds).map(NodeLabel::label).toList()
                    + ", but '" + id + "' is a " + labels.stream().filter(label -> !"Resource".equals(label)).toList());
        }
    }
}
