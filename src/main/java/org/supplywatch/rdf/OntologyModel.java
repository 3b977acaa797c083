package org.supplywatch.rdf;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.springframework.stereotype.Component;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/**
 * What the ontology (ontology/supplywatch.ttl, the schema of record) says about the mapping
 * between the Neo4j graph and RDF: the class of each label, the property of each relationship
 * type, and the datatype of each property key. Read once from the classpath.
 */
@Component
public class OntologyModel {

    static final String ONTOLOGY_RESOURCE = "ontology/supplywatch.ttl";

    private final Map<NodeLabel, Node> classes = new EnumMap<>(NodeLabel.class);
    private final Map<Node, NodeLabel> labels = new HashMap<>();
    private final Map<RelationshipType, Node> properties = new EnumMap<>(RelationshipType.class);
    private final Map<Node, RelationshipType> types = new HashMap<>();
    private final Map<String, RDFDatatype> datatypes = new HashMap<>();
    private final java.util.Set<String> listKeys = new java.util.HashSet<>();

    public OntologyModel() {
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(ONTOLOGY_RESOURCE).lang(Lang.TURTLE).parse(ontology);
        Node neo4jLabel = Vocabulary.term("neo4jLabel");
        Node neo4jType = Vocabulary.term("neo4jType");
        ontology.find(Node.ANY, neo4jLabel, Node.ANY).forEachRemaining(triple -> NodeLabel
                .fromLabel(triple.getObject().getLiteralLexicalForm())
                .ifPresent(label -> {
                    classes.put(label, triple.getSubject());
                    labels.put(triple.getSubject(), label);
                }));
        ontology.find(Node.ANY, neo4jType, Node.ANY).forEachRemaining(triple -> {
            RelationshipType type = RelationshipType.valueOf(triple.getObject().getLiteralLexicalForm());
            properties.put(type, triple.getSubject());
            types.put(triple.getSubject(), type);
        });
        ontology.find(Node.ANY, RDF.type.asNode(), OWL.DatatypeProperty.asNode()).forEachRemaining(triple -> {
            Node property = triple.getSubject();
            if (property.isURI() && property.getURI().startsWith(Vocabulary.ONTOLOGY)) {
                Node range = ontology.find(property, RDFS.range.asNode(), Node.ANY).nextOptional()
                        .map(Triple::getObject).orElse(XSD.xstring.asNode());
                datatypes.put(property.getLocalName(), TypeMapper.getInstance().getSafeTypeByName(range.getURI()));
            }
        });
        ontology.find(Node.ANY, Vocabulary.term("storedAsList"), Node.ANY).forEachRemaining(triple -> {
            if ("true".equals(triple.getObject().getLiteralLexicalForm())) {
                listKeys.add(triple.getSubject().getLocalName());
            }
        });
        for (NodeLabel label : NodeLabel.values()) {
            if (!classes.containsKey(label)) {
                throw new IllegalStateException("The ontology has no class for the label " + label.label());
            }
        }
        for (RelationshipType type : RelationshipType.values()) {
            if (!properties.containsKey(type)) {
                throw new IllegalStateException("The ontology has no property for the relationship type " + type.name());
            }
        }
    }

    public Node classOf(NodeLabel label) {
        return classes.get(label);
    }

    public Optional<NodeLabel> labelOf(Node rdfClass) {
        return Optional.ofNullable(labels.get(rdfClass));
    }

    public Node propertyOf(RelationshipType type) {
        return properties.get(type);
    }

    public Optional<RelationshipType> typeOf(Node property) {
        return Optional.ofNullable(types.get(property));
    }

    /** The datatype the ontology declares for a property key, or empty when the key is not declared. */
    public Optional<RDFDatatype> datatypeOf(String key) {
        return Optional.ofNullable(datatypes.get(key));
    }

    /** Whether Neo4j stores the key as a list (the ontology marks it sw:storedAsList). */
    public boolean isList(String key) {
        return listKeys.contains(key);
    }

    /** The statement resource of a relationship: the from-entity's IRI with a fragment naming the property and the other end. */
    public Node statementOf(String from, RelationshipType type, String to) {
        return NodeFactory.createURI(Vocabulary.ID + from + "#" + propertyOf(type).getLocalName() + "/" + to);
    }
}
