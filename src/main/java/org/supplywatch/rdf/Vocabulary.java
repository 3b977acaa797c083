package org.supplywatch.rdf;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.supplywatch.graph.ResourceId;

/** The Supplywatch namespaces and the IRIs minted from stable ids. */
public final class Vocabulary {

    public static final String ONTOLOGY = "https://w3id.org/supplywatch/ontology#";
    public static final String ID = "https://w3id.org/supplywatch/id/";
    static final String PROV = "http://www.w3.org/ns/prov#";

    static final Node RELATIONSHIP_STATEMENT = term("RelationshipStatement");
    static final Node RESOLUTION_LINK = term("ResolutionLink");
    static final Node EVIDENCE_CLASS = term("Evidence");
    static final Node EVIDENCE = term("evidence");
    static final Node SOURCE = term("source");
    static final Node PASSAGE = term("passage");
    static final Node POSITION = term("position");
    static final Node STATEMENT_KIND = term("statementKind");
    static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");

    private Vocabulary() {
    }

    /** A term of the ontology, {@code sw:localName}. */
    public static Node term(String localName) {
        return NodeFactory.createURI(ONTOLOGY + localName);
    }

    /** The IRI of a node: {@code https://w3id.org/supplywatch/id/{id}}. */
    public static Node entity(String id) {
        return NodeFactory.createURI(ID + id);
    }

    /** The stable id an IRI names, if it is an entity IRI of ours with a well-formed id. */
    public static Optional<String> idOf(Node node) {
        if (node == null || !node.isURI() || !node.getURI().startsWith(ID)) {
            return Optional.empty();
        }
        String id = node.getURI().substring(ID.length());
        return ResourceId.isWellFormed(id) ? Optional.of(id) : Optional.empty();
    }

    /** The property key a {@code sw:} predicate stands for, if it is one of ours. */
    static Optional<String> keyOf(Node predicate) {
        if (!predicate.isURI() || !predicate.getURI().startsWith(ONTOLOGY)) {
            return Optional.empty();
        }
        return Optional.of(predicate.getURI().substring(ONTOLOGY.length()));
    }
}
