package org.supplywatch.rdf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/**
 * The terms of other vocabularies an import understands: W3C ORG, schema.org and Wikidata's
 * direct properties for ownership, brands and manufacturers; their classes for the kind of an
 * entity; and the usual naming properties. Everything else is reported as unmapped.
 */
final class ExternalVocabulary {

    static final String ORG = "http://www.w3.org/ns/org#";
    static final String SCHEMA = "https://schema.org/";
    static final String SCHEMA_HTTP = "http://schema.org/";
    static final String WIKIDATA_PROPERTY = "http://www.wikidata.org/prop/direct/";
    static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    /**
     * How an external property maps: the relationship type, whether the external triple reads the
     * other way round (schema:brand points from the company to the brand), and the kinds of the
     * subject and object when nothing else says.
     */
    record Mapping(RelationshipType type, boolean inverse, NodeLabel subjectKind, NodeLabel objectKind) {
    }

    private static final Map<String, Mapping> PROPERTIES = Map.ofEntries(
            Map.entry(ORG + "subOrganizationOf", new Mapping(RelationshipType.SUBSIDIARY_OF, false, NodeLabel.COMPANY, NodeLabel.COMPANY)),
            Map.entry(ORG + "hasSubOrganization", new Mapping(RelationshipType.SUBSIDIARY_OF, true, NodeLabel.COMPANY, NodeLabel.COMPANY)),
            Map.entry("parentOrganization", new Mapping(RelationshipType.SUBSIDIARY_OF, false, NodeLabel.COMPANY, NodeLabel.COMPANY)),
            Map.entry("subOrganization", new Mapping(RelationshipType.SUBSIDIARY_OF, true, NodeLabel.COMPANY, NodeLabel.COMPANY)),
            Map.entry("brand", new Mapping(RelationshipType.BRAND_OF, true, NodeLabel.COMPANY, NodeLabel.BRAND)),
            Map.entry("manufacturer", new Mapping(RelationshipType.MANUFACTURED_BY, false, NodeLabel.PRODUCT, NodeLabel.COMPANY)),
            Map.entry(WIKIDATA_PROPERTY + "P749", new Mapping(RelationshipType.SUBSIDIARY_OF, false, NodeLabel.COMPANY, NodeLabel.COMPANY)),
            Map.entry(WIKIDATA_PROPERTY + "P355", new Mapping(RelationshipType.SUBSIDIARY_OF, true, NodeLabel.COMPANY, NodeLabel.COMPANY)),
            Map.entry(WIKIDATA_PROPERTY + "P127", new Mapping(RelationshipType.OWNED_BY, false, NodeLabel.COMPANY, NodeLabel.COMPANY)),
            Map.entry(WIKIDATA_PROPERTY + "P1716", new Mapping(RelationshipType.BRAND_OF, true, NodeLabel.COMPANY, NodeLabel.BRAND)),
            Map.entry(WIKIDATA_PROPERTY + "P176", new Mapping(RelationshipType.MANUFACTURED_BY, false, NodeLabel.PRODUCT, NodeLabel.COMPANY)));

    private static final Map<String, NodeLabel> CLASSES = Map.ofEntries(
            Map.entry(ORG + "Organization", NodeLabel.COMPANY),
            Map.entry(ORG + "FormalOrganization", NodeLabel.COMPANY),
            Map.entry("Organization", NodeLabel.COMPANY),
            Map.entry("Corporation", NodeLabel.COMPANY),
            Map.entry("GovernmentOrganization", NodeLabel.GOVERNMENT_BODY),
            Map.entry("NGO", NodeLabel.NGO),
            Map.entry("Brand", NodeLabel.BRAND),
            Map.entry("Product", NodeLabel.PRODUCT),
            Map.entry("Person", NodeLabel.PERSON),
            Map.entry(WIKIDATA_ENTITY + "Q4830453", NodeLabel.COMPANY),
            Map.entry(WIKIDATA_ENTITY + "Q783794", NodeLabel.COMPANY),
            Map.entry(WIKIDATA_ENTITY + "Q431289", NodeLabel.BRAND),
            Map.entry(WIKIDATA_ENTITY + "Q327333", NodeLabel.GOVERNMENT_BODY),
            Map.entry(WIKIDATA_ENTITY + "Q5", NodeLabel.PERSON));

    static final List<Node> NAME_PROPERTIES = List.of(
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            NodeFactory.createURI(SCHEMA + "name"),
            NodeFactory.createURI(SCHEMA_HTTP + "name"),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
            NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"));

    /** Every predicate IRI {@link #property} maps, schema.org terms under both schemes. */
    static final List<Node> MAPPED_PREDICATES = PROPERTIES.keySet().stream().sorted()
            .flatMap(key -> key.contains(":") ? Stream.of(key) : Stream.of(SCHEMA + key, SCHEMA_HTTP + key))
            .map(NodeFactory::createURI).toList();

    private ExternalVocabulary() {
    }

    static Optional<Mapping> property(Node predicate) {
        return predicate.isURI() ? Optional.ofNullable(PROPERTIES.get(schemaLocal(predicate.getURI()))) : Optional.empty();
    }

    static Optional<NodeLabel> kind(Node rdfClass) {
        return rdfClass.isURI() ? Optional.ofNullable(CLASSES.get(schemaLocal(rdfClass.getURI()))) : Optional.empty();
    }

    static boolean isName(Node predicate) {
        return NAME_PROPERTIES.contains(predicate);
    }

    /** schema.org terms under either scheme become their bare local name; other IRIs stay whole. */
    private static String schemaLocal(String iri) {
        if (iri.startsWith(SCHEMA)) {
            return iri.substring(SCHEMA.length());
        }
        if (iri.startsWith(SCHEMA_HTTP)) {
            return iri.substring(SCHEMA_HTTP.length());
        }
        return iri;
    }
}
