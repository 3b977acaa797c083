package org.supplywatch.rdf;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.stereotype.Component;

/** The SHACL shapes of ontology/shapes.ttl, and validation against them. */
@Component
public class RdfShapes {

    static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private static final Node SH_PROPERTY = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
    private static final Node SH_TARGET_CLASS = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");

    private final Graph shapesGraph = GraphFactory.createDefaultGraph();
    private final Shapes shapes;

    public RdfShapes() {
        RDFParser.source(SHAPES_RESOURCE).lang(Lang.TURTLE).parse(shapesGraph);
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** Violations of the data graph, sorted by focus node; empty when it conforms. */
    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream()
                .map(entry -> Violation.of(entry, namedShape(entry.source())))
                .sorted(Comparator.comparing(Violation::focusNode).thenComparing(Violation::path))
                .toList();
    }

    /**
     * Violations of the data graph, leaving out what the shapes of their class say about nodes that
     * are in the graph by their type only (context for the constraints on relationships, described
     * in full elsewhere); a relationship's own constraints on them are kept.
     */
    public List<Violation> validate(Graph data, Set<Node> typeOnly) {
        // Jena's plain validation, shape by shape and focus node by focus node, with the class shapes
        // of type-only nodes left out instead of validated and then filtered from the report: each
        // such node broke two to four constraints (no id, no name, no evidence), and building those
        // report entries was a fifth of an import's checking.
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            boolean classShape = isClassShape(shape.getShapeNode());
            for (Node focus : VLib.focusNodes(data, shape)) {
                if (!(classShape && typeOnly.contains(focus))) {
                    VLib.validateShape(context, data, shape, focus);
                }
            }
        }
        return context.generateReport().getEntries().stream()
                .map(entry -> Violation.of(entry, namedShape(entry.source())))
                .sorted(Comparator.comparing(Violation::focusNode).thenComparing(Violation::path))
                .toList();
    }

    private boolean isClassShape(Node shape) {
        return shape != null && shapesGraph.contains(shape, SH_TARGET_CLASS, Node.ANY);
    }

    /** Validates the default graph and every named graph together: the union is the Supplywatch graph. */
    public List<Violation> validate(DatasetGraph data) {
        return validate(union(data));
    }

    /** A property shape is a blank node: name the node shape that holds it instead. */
    private Node namedShape(Node shape) {
        if (shape == null || !shape.isBlank()) {
            return shape;
        }
        return shapesGraph.find(Node.ANY, SH_PROPERTY, shape).nextOptional().map(triple -> triple.getSubject()).orElse(shape);
    }

    static Graph union(DatasetGraph data) {
        Graph union = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        return union;
    }

    /** One result of validation: the node, the property path, the shape and what is wrong. */
    public record Violation(String focusNode, String path, String shape, String message) {

        static Violation of(ReportEntry entry, Node shape) {
            return new Violation(text(entry.focusNode()), entry.resultPath() == null ? "" : entry.resultPath().toString(),
                    text(shape), entry.message());
        }

        private static String text(Node node) {
            if (node == null) {
                return "";
            }
            return node.isURI() ? node.getURI() : node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString();
        }

        @Override
        public String toString() {
            return "focus node " + focusNode + ", path " + path + ", shape " + shape + ": " + message;
        }
    }
}
