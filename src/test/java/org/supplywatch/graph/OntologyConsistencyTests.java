package org.supplywatch.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supplywatch.cypher.CypherCatalog;

/**
 * The ontology is the schema of record: the Java enums mirror it, and every label, relationship
 * type and property that a Cypher file names is declared in it.
 */
class OntologyConsistencyTests {

    private static final String SW = "https://w3id.org/supplywatch/ontology#";
    private static final Pattern LABELS = Pattern.compile("\\(\\s*\\w*\\s*:\\s*([A-Z]\\w*(?:\\s*\\|\\s*[A-Z]\\w*)*)");
    private static final Pattern TYPES = Pattern.compile("\\[\\s*\\w*\\s*:\\s*([A-Z_]+(?:\\s*\\|\\s*[A-Z_]+)*)");
    /** variable.property or function(...).property; parameter maps ($row.key) are not graph properties. */
    private static final Pattern DOTTED_PROPERTY = Pattern.compile("((?<![$\\w])[a-z]\\w*|\\))\\.([a-z]\\w*)");
    private static final Pattern PROJECTED_PROPERTY = Pattern.compile("[{,]\\s*\\.([a-z]\\w*)");
    private static final Pattern PATTERN_PROPERTY = Pattern.compile("(?<!\\w)\\(\\s*\\w*\\s*(?::\\s*\\w+)?\\s*\\{\\s*([a-z]\\w*)\\s*:");
    /** Procedure names (db.index.fulltext.queryNodes, supplywatch.exposureWalk) are not property access. */
    private static final Pattern PROCEDURE = Pattern.compile("\\b(db|supplywatch)(\\.\\w+)+");
    /** Variables that hold parameter rows or maps (rows, candidate paths, a designation with its card), not graph elements. */
    private static final Set<String> NOT_GRAPH_VARIABLES = Set.of("row", "candidate", "listing");

    private static Model ontology;
    private static final Set<String> CYPHER_TEXT = new HashSet<>();

    @BeforeAll
    static void load() {
        ontology = ModelFactory.createDefaultModel();
        RDFParser.source("ontology/supplywatch.ttl").lang(Lang.TURTLE).parse(ontology);
        new CypherCatalog().all().stream().flatMap(file -> file.statements().stream())
                .map(text -> PROCEDURE.matcher(text).replaceAll("procedure"))
                .forEach(CYPHER_TEXT::add);
    }

    @Test
    void everyNodeLabelIsAClassOfTheOntology() {
        assertThat(annotated("neo4jLabel", OWL.Class))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(NodeLabel.values()).map(NodeLabel::label).toList());
    }

    @Test
    void everyRelationshipTypeIsAnObjectPropertyOfTheOntology() {
        assertThat(annotated("neo4jType", OWL.ObjectProperty))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RelationshipType.values()).map(Enum::name).toList());
    }

    @Test
    void relationshipEndpointsMatchTheOntologyDomainAndRange() {
        for (RelationshipType type : RelationshipType.values()) {
            Resource property = byAnnotation("neo4jType", type.name());
            assertThat(classLabels(property.getPropertyResourceValue(RDFS.domain))).as("domain of %s", type)
                    .isEqualTo(labels(type.from()));
            assertThat(classLabels(property.getPropertyResourceValue(RDFS.range))).as("range of %s", type)
                    .isEqualTo(labels(type.to()));
        }
    }

    @Test
    void everyStatementKindIsAConceptOfTheOntology() {
        Set<String> codes = ontology.listResourcesWithProperty(RDF.type, ontology.createResource(SW + "StatementKind"))
                .mapWith(kind -> kind.getProperty(ontology.createProperty(SW + "code")).getString())
                .toSet();
        assertThat(codes).containsExactlyInAnyOrderElementsOf(Arrays.stream(StatementKind.values()).map(StatementKind::value).toList());
    }

    @Test
    void everyLabelUsedInCypherIsDeclared() {
        Set<String> used = split(matches(LABELS, 1));
        assertThat(used).isNotEmpty().isSubsetOf(annotated("neo4jLabel", OWL.Class));
    }

    @Test
    void everyRelationshipTypeUsedInCypherIsDeclared() {
        Set<String> used = split(matches(TYPES, 1));
        assertThat(used).isNotEmpty().isSubsetOf(annotated("neo4jType", OWL.ObjectProperty));
    }

    @Test
    void everyPropertyUsedInCypherIsDeclared() {
        Set<String> used = new TreeSet<>();
        for (String text : CYPHER_TEXT) {
            Matcher dotted = DOTTED_PROPERTY.matcher(text);
            while (dotted.find()) {
                if (!NOT_GRAPH_VARIABLES.contains(dotted.group(1))) {
                    used.add(dotted.group(2));
                }
            }
        }
        used.addAll(matches(PROJECTED_PROPERTY, 1));
        used.addAll(matches(PATTERN_PROPERTY, 1));
        Set<String> declared = ontology.listResourcesWithProperty(RDF.type, OWL.DatatypeProperty)
                .mapWith(Resource::getLocalName).toSet();
        assertThat(used).isNotEmpty().isSubsetOf(declared);
    }

    private static Set<String> split(Set<String> alternatives) {
        Set<String> names = new TreeSet<>();
        alternatives.forEach(group -> Arrays.stream(group.split("\\|")).map(String::strip).forEach(names::add));
        return names;
    }

    private static Set<String> matches(Pattern pattern, int group) {
        Set<String> found = new TreeSet<>();
        for (String text : CYPHER_TEXT) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group(group));
            }
        }
        return found;
    }

    private static Set<String> annotated(String annotation, Resource type) {
        Property property = ontology.createProperty(SW + annotation);
        return ontology.listResourcesWithProperty(RDF.type, type)
                .filterKeep(resource -> resource.hasProperty(property))
                .mapWith(resource -> resource.getProperty(property).getString())
                .toSet();
    }

    private static Resource byAnnotation(String annotation, String value) {
        return ontology.listResourcesWithProperty(ontology.createProperty(SW + annotation), value).next();
    }

    private static Set<String> classLabels(Resource classExpression) {
        Set<String> labels = new TreeSet<>();
        if (classExpression.hasProperty(OWL.unionOf)) {
            for (RDFNode member : classExpression.getPropertyResourceValue(OWL.unionOf).as(org.apache.jena.rdf.model.RDFList.class).asJavaList()) {
                labels.addAll(classLabels(member.asResource()));
            }
        } else {
            labels.add(classExpression.getProperty(ontology.createProperty(SW + "neo4jLabel")).getString());
        }
        return labels;
    }

    private static Set<String> labels(Set<NodeLabel> nodeLabels) {
        return nodeLabels.stream().map(NodeLabel::label).collect(Collectors.toCollection(TreeSet::new));
    }

}
