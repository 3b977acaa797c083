package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/** The shapes cover the whole model, and they do refuse what the model forbids. */
class RdfShapesTests {

    private static final String PREFIXES = """
            @prefix sw: <https://w3id.org/supplywatch/ontology#> .
            @prefix swid: <https://w3id.org/supplywatch/id/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;
    private static final String SOURCE = """
            <https://w3id.org/supplywatch/id/source/s> a sw:Source ; sw:id "source/s" ; sw:title "S" .
            """;

    private final RdfShapes shapes = new RdfShapes();
    private final OntologyModel ontology = new OntologyModel();

    @Test
    void everyClassAndEveryRelationshipHasAShape() {
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        RDFParser.source(RdfShapes.SHAPES_RESOURCE).lang(Lang.TURTLE).parse(shapesGraph);
        Node targetClass = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");
        Node targetSubjectsOf = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetSubjectsOf");
        for (NodeLabel label : NodeLabel.values()) {
            assertThat(shapesGraph.contains(Node.ANY, targetClass, ontology.classOf(label))).as(label.label()).isTrue();
        }
        for (RelationshipType type : RelationshipType.values()) {
            assertThat(shapesGraph.contains(Node.ANY, targetSubjectsOf, ontology.propertyOf(type))).as(type.name()).isTrue();
        }
    }

    @Test
    void aWellFormedBrandConforms() {
        assertThat(shapes.validate(turtle(SOURCE + """
                swid:brand\\/b a sw:Brand ; sw:id "brand/b" ; sw:name "B" ;
                    sw:evidence [ a sw:Evidence ; sw:source swid:source\\/s ; sw:position 0 ] .
                """))).isEmpty();
    }

    @Test
    void namesEvidenceDomainsAndRangesAreEnforced() {
        List<RdfShapes.Violation> violations = shapes.validate(turtle(SOURCE + """
                swid:brand\\/b a sw:Brand ; sw:id "brand/b" ; sw:brandOf swid:brand\\/c .
                swid:brand\\/c a sw:Brand ; sw:id "Not An Id" ; sw:name "C" ;
                    sw:evidence [ a sw:Evidence ; sw:source swid:source\\/s ; sw:position 0 ] .
                swid:product\\/p a sw:Product ; sw:id "product/p" ; sw:name "P" ; sw:subsidiaryOf swid:brand\\/c ;
                    sw:evidence [ a sw:Evidence ; sw:position 0 ] .
                """));

        assertThat(violations).extracting(v -> v.focusNode() + " " + v.path() + " " + v.shape()).contains(
                Vocabulary.ID + "brand/b <" + Vocabulary.ONTOLOGY + "name> " + Vocabulary.ONTOLOGY + "BrandShape",
                Vocabulary.ID + "brand/b <" + Vocabulary.ONTOLOGY + "evidence> " + Vocabulary.ONTOLOGY + "BrandShape",
                Vocabulary.ID + "brand/b <" + Vocabulary.ONTOLOGY + "brandOf> " + Vocabulary.ONTOLOGY + "BrandOfShape",
                Vocabulary.ID + "brand/c <" + Vocabulary.ONTOLOGY + "id> " + Vocabulary.ONTOLOGY + "ResourceShape",
                Vocabulary.ID + "product/p  " + Vocabulary.ONTOLOGY + "SubsidiaryOfShape");
        assertThat(violations).anyMatch(v -> v.shape().equals(Vocabulary.ONTOLOGY + "EvidenceShape")
                && v.path().contains("source"));
    }

    private static Graph turtle(String body) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + body, Lang.TURTLE).parse(graph);
        return graph;
    }
}
