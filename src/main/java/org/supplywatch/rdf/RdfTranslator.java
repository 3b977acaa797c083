package org.supplywatch.rdf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.StatementKind;
import org.supplywatch.rdf.ImportRows.NodeRow;
import org.supplywatch.rdf.ImportRows.RelationshipRow;

/**
 * Turns a parsed RDF dataset into the rows an import writes. Our own vocabulary comes back
 * losslessly (nodes, relationships with their statement resources, evidence); mapped external
 * properties become relationships whose evidence is the imported file and the triple itself;
 * entities named only by external IRIs get ids of their own and keep the IRI as sw:sameAs.
 * Every triple used neither way is counted per predicate, never dropped silently.
 */
final class RdfTranslator {

    private final OntologyModel ontology;
    private final ImportSource source;
    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Map<Triple, Node> statements = new HashMap<>();
    private final Set<Triple> used = new HashSet<>();
    private final List<RdfProblem> problems = new ArrayList<>();
    private final ImportRows rows = new ImportRows();
    /** External IRIs and the kinds they could be: explicit rdf:types (keyed by ordinal) before kinds implied by roles (1000 + ordinal). */
    private final Map<Node, TreeMap<Integer, NodeLabel>> externalKinds = new LinkedHashMap<>();
    private final Map<Node, String> externalIds = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private long mapped;
    private boolean sourceCited;

    private RdfTranslator(OntologyModel ontology, ImportSource source) {
        this.ontology = ontology;
        this.source = source;
    }

    /** The file as a source of the facts it brings in under other vocabularies. */
    record ImportSource(String id, String title, String note) {
    }

    /** The rows, the problems found on the way, and what was left unmapped (predicate IRI → triples). */
    record Translation(ImportRows rows, List<RdfProblem> problems, Map<String, Long> unmapped, long mapped, long triples) {
    }

    static Translation translate(DatasetGraph dataset, OntologyModel ontology, ImportSource source) {
        return new RdfTranslator(ontology, source).run(dataset);
    }

    private Translation run(DatasetGraph dataset) {
        dataset.find().forEachRemaining(quad -> graph.add(quad.asTriple()));
        namedGraphStatements(dataset);
        reifiedStatements();
        // Sorted for a deterministic translation; each triple's text is made once, not at every comparison.
        List<Triple> sorted = graph.find().toList().stream()
                .map(triple -> Map.entry(triple.toString(), triple))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
        for (Triple triple : sorted) {
            if (!used.contains(triple) && isOwnType(triple)) {
                ownNode(triple.getSubject(), ontology.labelOf(triple.getObject()).orElseThrow());
            }
        }
        for (Triple triple : sorted) {
            if (!used.contains(triple)) {
                relationship(triple);
            }
        }
        externalEntities();
        for (Pending mappedTriple : pending) {
            add(new RelationshipRow(id(mappedTriple.from()), typeBetween(mappedTriple), id(mappedTriple.to()),
                    importedEvidence(mappedTriple.triple())));
        }
        if (sourceCited) {
            rows.nodes.put(source.id(), new NodeRow(source.id(), NodeLabel.SOURCE,
                    Map.of("id", source.id(), "title", source.title(), "note", source.note())));
        }
        Map<String, Long> unmapped = new TreeMap<>();
        for (Triple triple : sorted) {
            if (!used.contains(triple)) {
                unmapped.merge(NodeFmtLib.strNT(triple.getPredicate()), 1L, Long::sum);
            }
        }
        return new Translation(rows, problems, unmapped, mapped, graph.size());
    }

    /** In N-Quads, TriG and JSON-LD a statement is a named graph described in the default graph. */
    private void namedGraphStatements(DatasetGraph dataset) {
        dataset.listGraphNodes().forEachRemaining(name -> {
            if (graph.contains(name, RDF.type.asNode(), Vocabulary.RELATIONSHIP_STATEMENT)
                    || graph.contains(name, RDF.type.asNode(), Vocabulary.RESOLUTION_LINK)) {
                dataset.getGraph(name).find().forEachRemaining(triple -> statements.put(triple, name));
            }
        });
    }

    /** In Turtle, N-Triples and RDF/XML a statement points at its triple with RDF reification. */
    private void reifiedStatements() {
        for (Triple subjectTriple : graph.find(Node.ANY, RDF.subject.asNode(), Node.ANY).toList()) {
            Node statement = subjectTriple.getSubject();
            Optional<Node> predicate = single(statement, RDF.predicate.asNode());
            Optional<Node> object = single(statement, RDF.object.asNode());
            if (predicate.isEmpty() || object.isEmpty()) {
                problems.add(new RdfProblem(label(statement), "rdf:subject without exactly one rdf:predicate and rdf:object"));
                continue;
            }
            statements.put(Triple.create(subjectTriple.getObject(), predicate.get(), object.get()), statement);
            used.add(subjectTriple);
            used.add(Triple.create(statement, RDF.predicate.asNode(), predicate.get()));
            used.add(Triple.create(statement, RDF.object.asNode(), object.get()));
            used.add(Triple.create(statement, RDF.type.asNode(), RDF.Statement.asNode()));
        }
    }

    private boolean isOwnType(Triple triple) {
        return triple.getPredicate().equals(RDF.type.asNode()) && ontology.labelOf(triple.getObject()).isPresent();
    }

    private void ownNode(Node subject, NodeLabel label) {
        Optional<String> id = Vocabulary.idOf(subject);
        if (id.isEmpty()) {
            problems.add(new RdfProblem(label(subject), "a " + label.label() + " must have an IRI " + Vocabulary.ID
                    + "{kind}/{slug}; other IRIs come in through mapped vocabularies"));
            return;
        }
        if (rows.nodes.containsKey(id.get())) {
            problems.add(new RdfProblem(label(subject), "has more than one kind (" + rows.nodes.get(id.get()).label().label()
                    + ", " + label.label() + ")"));
            return;
        }
        Map<String, Object> properties = properties(subject);
        Object declared = properties.put("id", id.get());
        if (declared != null && !declared.equals(id.get())) {
            problems.add(new RdfProblem(label(subject), "sw:id '" + declared + "' is not the id its IRI names ('" + id.get() + "')"));
        }
        rows.nodes.put(id.get(), new NodeRow(id.get(), label, properties));
    }

    /** The sw: literals, owl:sameAs links and sw:evidence of a node or statement resource. */
    private Map<String, Object> properties(Node subject) {
        Map<String, List<Object>> values = new TreeMap<>();
        for (Triple triple : graph.find(subject, Node.ANY, Node.ANY).toList()) {
            Node predicate = triple.getPredicate();
            Node object = triple.getObject();
            if (predicate.equals(RDF.type.asNode()) && (ontology.labelOf(object).isPresent()
                    || object.equals(Vocabulary.RELATIONSHIP_STATEMENT) || object.equals(Vocabulary.RESOLUTION_LINK))) {
                used.add(triple);
            } else if (predicate.equals(OWL.sameAs.asNode()) && object.isURI()) {
                values.computeIfAbsent(GraphToRdf.SAME_AS_KEY, key -> new ArrayList<>()).add(object.getURI());
                used.add(triple);
            } else if (predicate.equals(Vocabulary.WAS_DERIVED_FROM)) {
                used.add(triple); // follows from sw:evidence
            } else if (predicate.equals(Vocabulary.EVIDENCE)) {
                used.add(triple);
            } else if (object.isLiteral() && Vocabulary.keyOf(predicate).filter(key -> ontology.datatypeOf(key).isPresent()).isPresent()) {
                values.computeIfAbsent(Vocabulary.keyOf(predicate).get(), key -> new ArrayList<>()).add(value(object));
                used.add(triple);
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        values.forEach((key, list) -> {
            if (ontology.isList(key)) {
                properties.put(key, list.stream().sorted(Comparator.comparing(String::valueOf)).toList());
            } else if (list.size() == 1) {
                properties.put(key, list.getFirst());
            } else {
                problems.add(new RdfProblem(label(subject), "sw:" + key + " has " + list.size() + " values; it holds one"));
            }
        });
        properties.putAll(evidence(subject));
        return properties;
    }

    private Map<String, Object> evidence(Node subject) {
        TreeMap<Long, Node> byPosition = new TreeMap<>();
        for (Triple link : graph.find(subject, Vocabulary.EVIDENCE, Node.ANY).toList()) {
            Node item = link.getObject();
            Optional<Node> position = single(item, Vocabulary.POSITION);
            long at = position.filter(Node::isLiteral).map(node -> {
                try {
                    return Long.parseLong(node.getLiteralLexicalForm());
                } catch (NumberFormatException e) {
                    return -1L;
                }
            }).orElse(-1L);
            if (at < 0 || byPosition.containsKey(at)) {
                problems.add(new RdfProblem(label(subject) + " sw:evidence", "each evidence needs its own sw:position, an integer >= 0"));
                continue;
            }
            byPosition.put(at, item);
            graph.find(item, Node.ANY, Node.ANY).forEachRemaining(used::add);
        }
        if (byPosition.isEmpty()) {
            return Map.of();
        }
        List<String> sourceIds = new ArrayList<>();
        List<String> passages = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (Node item : byPosition.values()) {
            Optional<String> sourceId = single(item, Vocabulary.SOURCE).flatMap(Vocabulary::idOf);
            if (sourceId.isEmpty()) {
                problems.add(new RdfProblem(label(subject) + " sw:evidence", "each evidence needs one sw:source, a Supplywatch source IRI"));
                continue;
            }
            sourceIds.add(sourceId.get());
            passages.add(single(item, Vocabulary.PASSAGE).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse(""));
            single(item, Vocabulary.STATEMENT_KIND).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).ifPresent(kinds::add);
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("sourceIds", sourceIds);
        if (passages.stream().anyMatch(passage -> !passage.isEmpty())) {
            evidence.put("passages", passages);
        }
        if (!kinds.isEmpty()) {
            if (kinds.size() != sourceIds.size()) {
                problems.add(new RdfProblem(label(subject) + " sw:evidence", "give sw:statementKind on every evidence or on none"));
            }
            evidence.put("statementKinds", kinds);
        }
        return evidence;
    }

    private void relationship(Triple triple) {
        Optional<RelationshipType> own = ontology.typeOf(triple.getPredicate());
        if (own.isPresent()) {
            ownRelationship(triple, own.get());
            return;
        }
        Optional<ExternalVocabulary.Mapping> mapping = ExternalVocabulary.property(triple.getPredicate());
        if (mapping.isPresent() && triple.getObject().isURI() && triple.getSubject().isURI()) {
            ExternalVocabulary.Mapping map = mapping.get();
            Node subject = map.inverse() ? triple.getObject() : triple.getSubject();
            Node object = map.inverse() ? triple.getSubject() : triple.getObject();
            boolean known = entity(subject, map.inverse() ? map.objectKind() : map.subjectKind())
                    & entity(object, map.inverse() ? map.subjectKind() : map.objectKind());
            if (known) {
                pending.add(new Pending(triple, subject, map.type(), object));
                used.add(triple);
                mapped++;
            }
        }
    }

    private void ownRelationship(Triple triple, RelationshipType type) {
        Optional<String> from = Vocabulary.idOf(triple.getSubject());
        Optional<String> to = Vocabulary.idOf(triple.getObject());
        if (from.isEmpty() || to.isEmpty()) {
            problems.add(new RdfProblem(label(triple.getSubject()) + " " + label(triple.getPredicate()),
                    "both ends of a Supplywatch relationship must be Supplywatch IRIs (" + Vocabulary.ID + "{kind}/{slug})"));
            used.add(triple);
            return;
        }
        Node statement = statements.get(triple);
        Map<String, Object> properties = statement == null ? importedEvidence(triple) : properties(statement);
        add(new RelationshipRow(from.get(), type, to.get(), properties));
        used.add(triple);
    }

    private void add(RelationshipRow row) {
        rows.relationships.merge(row.key(), row, (earlier, later) -> new RelationshipRow(earlier.from(), earlier.type(), earlier.to(),
                EvidenceMerge.merge(earlier.properties(), later.properties(), ontology::isList)));
    }

    /** Evidence of a fact taken from another vocabulary: this file, the triple as written, kind imported. */
    private Map<String, Object> importedEvidence(Triple triple) {
        sourceCited = true;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("statementKind", StatementKind.IMPORTED.value());
        properties.put("statementKinds", List.of(StatementKind.IMPORTED.value()));
        properties.put("sourceIds", List.of(source.id()));
        properties.put("passages", List.of(ntriple(triple)));
        return properties;
    }

    /** A mapped triple, read the graph's way round, waiting for the kinds of its external ends. */
    private record Pending(Triple triple, Node from, RelationshipType type, Node to) {
    }

    /** Our IRIs name our nodes; any other IRI becomes an entity of its own, its kind decided once all triples are read. */
    private boolean entity(Node node, NodeLabel roleKind) {
        if (Vocabulary.idOf(node).isPresent()) {
            return true;
        }
        if (node.getURI().startsWith(Vocabulary.ID)) {
            problems.add(new RdfProblem(label(node), "is in the Supplywatch namespace but is not a well-formed id"));
            return false;
        }
        externalKinds.computeIfAbsent(node, key -> new TreeMap<>()).putIfAbsent(1000 + roleKind.ordinal(), roleKind);
        return true;
    }

    /** Sub-organisation between two government bodies is subordination, not a company's subsidiary. */
    private RelationshipType typeBetween(Pending mappedTriple) {
        if (mappedTriple.type() == RelationshipType.SUBSIDIARY_OF && kindOf(mappedTriple.from()) == NodeLabel.GOVERNMENT_BODY
                && kindOf(mappedTriple.to()) == NodeLabel.GOVERNMENT_BODY) {
            return RelationshipType.SUBORDINATE_TO;
        }
        return mappedTriple.type();
    }

    private NodeLabel kindOf(Node node) {
        NodeRow row = rows.nodes.get(id(node));
        return row == null ? null : row.label();
    }

    private String id(Node node) {
        return Vocabulary.idOf(node).orElseGet(() -> externalIds.get(node));
    }

    private void externalEntities() {
        for (Map.Entry<Node, TreeMap<Integer, NodeLabel>> entry : externalKinds.entrySet()) {
            Node iri = entry.getKey();
            TreeMap<Integer, NodeLabel> kinds = entry.getValue();
            for (Triple typed : graph.find(iri, RDF.type.asNode(), Node.ANY).toList()) {
                ExternalVocabulary.kind(typed.getObject()).ifPresent(kind -> {
                    kinds.put(kind.ordinal(), kind);
                    used.add(typed);
                    mapped++;
                });
            }
            NodeLabel kind = kinds.firstEntry().getValue();
            String id = externalId(iri, kind);
            externalIds.put(iri, id);
            String name = iri.getURI();
            String passage = "<" + iri.getURI() + ">";
            for (Node property : ExternalVocabulary.NAME_PROPERTIES) {
                Optional<Triple> named = graph.find(iri, property, Node.ANY).toList().stream()
                        .filter(triple -> triple.getObject().isLiteral())
                        .min(Comparator.comparing((Triple triple) -> !"en".equals(triple.getObject().getLiteralLanguage()))
                                .thenComparing(triple -> triple.getObject().getLiteralLexicalForm()));
                if (named.isPresent()) {
                    name = named.get().getObject().getLiteralLexicalForm();
                    passage = ntriple(named.get());
                    graph.find(iri, property, Node.ANY).forEachRemaining(used::add);
                    mapped++;
                    break;
                }
            }
            sourceCited = true;
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", id);
            properties.put("name", name);
            properties.put(GraphToRdf.SAME_AS_KEY, List.of(iri.getURI()));
            properties.put("sourceIds", List.of(source.id()));
            properties.put("passages", List.of(passage));
            properties.put("statementKinds", List.of(StatementKind.IMPORTED.value()));
            rows.nodes.put(id, new NodeRow(id, kind, properties));
        }
    }

    /** {kind}/wikidata-q123 for Wikidata entities, {kind}/iri-{hash} for any other IRI: the same IRI always gets the same id. */
    private static String externalId(Node iri, NodeLabel kind) {
        String prefix = kind.label().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String uri = iri.getURI();
        if (uri.startsWith(ExternalVocabulary.WIKIDATA_ENTITY) && uri.substring(ExternalVocabulary.WIKIDATA_ENTITY.length()).matches("Q\\d+")) {
            return prefix + "/wikidata-" + uri.substring(ExternalVocabulary.WIKIDATA_ENTITY.length()).toLowerCase(Locale.ROOT);
        }
        return prefix + "/iri-" + sha256(uri).substring(0, 16);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Java value Neo4j stores for a literal, by its datatype. */
    private Object value(Node literal) {
        String lexical = literal.getLiteralLexicalForm();
        String datatype = literal.getLiteralDatatypeURI();
        try {
            if (XSDDatatype.XSDdate.getURI().equals(datatype)) {
                return LocalDate.parse(lexical);
            }
            if (XSDDatatype.XSDboolean.getURI().equals(datatype)) {
                return Boolean.parseBoolean(lexical.strip());
            }
            if (XSDDatatype.XSDinteger.getURI().equals(datatype) || XSDDatatype.XSDlong.getURI().equals(datatype)
                    || XSDDatatype.XSDint.getURI().equals(datatype)) {
                return Long.parseLong(lexical.strip());
            }
            if (XSDDatatype.XSDdecimal.getURI().equals(datatype) || XSDDatatype.XSDdouble.getURI().equals(datatype)
                    || XSDDatatype.XSDfloat.getURI().equals(datatype)) {
                return new BigDecimal(lexical.strip()).doubleValue();
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            problems.add(new RdfProblem(NodeFmtLib.strNT(literal), "is not a valid " + datatype));
        }
        return lexical;
    }

    private Optional<Node> single(Node subject, Node predicate) {
        List<Triple> found = graph.find(subject, predicate, Node.ANY).toList();
        return found.size() == 1 ? Optional.of(found.getFirst().getObject()) : Optional.empty();
    }

    private static String ntriple(Triple triple) {
        return NodeFmtLib.strNT(triple.getSubject()) + " " + NodeFmtLib.strNT(triple.getPredicate()) + " "
                + NodeFmtLib.strNT(triple.getObject()) + " .";
    }

    private static String label(Node node) {
        return node.isURI() ? "<" + node.getURI() + ">" : NodeFmtLib.strNT(node);
    }
}
