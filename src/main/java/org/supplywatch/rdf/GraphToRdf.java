package org.supplywatch.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;

/**
 * Writes stored nodes and relationships as RDF, one element at a time, so that a whole-graph
 * export streams. Property keys become {@code sw:} properties typed as the ontology declares;
 * the side-by-side evidence arrays become {@code sw:evidence} nodes; each relationship is also a
 * statement resource with its own properties and evidence: a named graph in dataset syntaxes, an
 * {@code rdf:Statement} otherwise.
 */
@Component
public class GraphToRdf {

    /** Keys written as sw:evidence nodes rather than as properties of their own. */
    static final Set<String> EVIDENCE_KEYS = Set.of("sourceIds", "passages", "statementKinds");
    static final String SAME_AS_KEY = "sameAs";

    private final OntologyModel ontology;

    public GraphToRdf(OntologyModel ontology) {
        this.ontology = ontology;
    }

    /** A node: its class, its properties and its evidence (blank nodes from {@code evidence}, one per document). */
    public void node(String id, NodeLabel label, Map<String, Object> properties, EvidenceNodes evidence, StreamRDF out) {
        Node subject = Vocabulary.entity(id);
        out.triple(Triple.create(subject, RDF.type.asNode(), ontology.classOf(label)));
        properties(subject, properties, evidence, out);
    }

    /** A relationship: the triple itself and its statement resource, with its evidence as {@link #node} has it. */
    public void relationship(String from, RelationshipType type, String to, Map<String, Object> properties, boolean dataset,
            EvidenceNodes evidence, StreamRDF out) {
        Node subject = Vocabulary.entity(from);
        Node predicate = ontology.propertyOf(type);
        Node object = Vocabulary.entity(to);
        Node statement = ontology.statementOf(from, type, to);
        if (dataset) {
            out.quad(Quad.create(statement, subject, predicate, object));
        } else {
            out.triple(Triple.create(subject, predicate, object));
            out.triple(Triple.create(statement, RDF.type.asNode(), RDF.Statement.asNode()));
            out.triple(Triple.create(statement, RDF.subject.asNode(), subject));
            out.triple(Triple.create(statement, RDF.predicate.asNode(), predicate));
            out.triple(Triple.create(statement, RDF.object.asNode(), object));
        }
        out.triple(Triple.create(statement, RDF.type.asNode(),
                type.isResolutionBookkeeping() ? Vocabulary.RESOLUTION_LINK : Vocabulary.RELATIONSHIP_STATEMENT));
        properties(statement, properties, evidence, out);
    }

    private void properties(Node subject, Map<String, Object> properties, EvidenceNodes evidence, StreamRDF out) {
        properties.forEach((key, value) -> {
            if (EVIDENCE_KEYS.contains(key) || value == null) {
                return;
            }
            for (Object item : value instanceof List<?> list ? list : List.of(value)) {
                if (SAME_AS_KEY.equals(key)) {
                    out.triple(Triple.create(subject, OWL.sameAs.asNode(), NodeFactory.createURI(item.toString())));
                } else {
                    out.triple(Triple.create(subject, Vocabulary.term(key), literal(key, item)));
                }
            }
        });
        evidence(subject, properties, evidence, out);
    }

    private void evidence(Node subject, Map<String, Object> properties, EvidenceNodes nodes, StreamRDF out) {
        List<?> sourceIds = list(properties.get("sourceIds"));
        List<?> passages = list(properties.get("passages"));
        List<?> kinds = list(properties.get("statementKinds"));
        int count = Math.max(sourceIds.size(), Math.max(passages.size(), kinds.size()));
        for (int i = 0; i < count; i++) {
            Node evidence = nodes.next();
            out.triple(Triple.create(subject, Vocabulary.EVIDENCE, evidence));
            out.triple(Triple.create(evidence, RDF.type.asNode(), Vocabulary.EVIDENCE_CLASS));
            out.triple(Triple.create(evidence, Vocabulary.POSITION, NodeFactory.createLiteralDT(Integer.toString(i),
                    XSDDatatype.XSDinteger)));
            if (i < sourceIds.size()) {
                Node source = Vocabulary.entity(sourceIds.get(i).toString());
                out.triple(Triple.create(evidence, Vocabulary.SOURCE, source));
                out.triple(Triple.create(subject, Vocabulary.WAS_DERIVED_FROM, source));
            }
            if (i < passages.size() && !passages.get(i).toString().isEmpty()) {
                out.triple(Triple.create(evidence, Vocabulary.PASSAGE, NodeFactory.createLiteralString(passages.get(i).toString())));
            }
            if (i < kinds.size()) {
                out.triple(Triple.create(evidence, Vocabulary.STATEMENT_KIND, NodeFactory.createLiteralString(kinds.get(i).toString())));
            }
        }
    }

    /** A literal of the ontology's datatype for the key; values of another Java type keep their own. */
    Node literal(String key, Object value) {
        RDFDatatype declared = ontology.datatypeOf(key).orElse(XSDDatatype.XSDstring);
        return switch (value) {
            case Double number when declared.equals(XSDDatatype.XSDdecimal) ->
                    NodeFactory.createLiteralDT(BigDecimal.valueOf(number).toPlainString(), XSDDatatype.XSDdecimal);
            case Double number -> NodeFactory.createLiteralDT(number.toString(), XSDDatatype.XSDdouble);
            case Long number when declared.equals(XSDDatatype.XSDinteger) -> NodeFactory.createLiteralDT(number.toString(), declared);
            case Long number -> NodeFactory.createLiteralDT(number.toString(), XSDDatatype.XSDlong);
            case Boolean flag -> NodeFactory.createLiteralDT(flag.toString(), XSDDatatype.XSDboolean);
            case LocalDate date -> NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
            default -> declared.equals(XSDDatatype.XSDanyURI) ? NodeFactory.createLiteralDT(value.toString(), declared)
                    : NodeFactory.createLiteralString(value.toString());
        };
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
    }
}
