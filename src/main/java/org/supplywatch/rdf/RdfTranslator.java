package org.supplywatch.rdf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.StatementKind;
import org.supplywatch.rdf.ImportRows.NodeRow;
import org.supplywatch.rdf.ImportRows.RelationshipRow;

/**
 * Turns a staged RDF file into the rows an import writes, one entity description at a time, so
 * memory stays flat however big the file. Our own vocabulary comes back losslessly (nodes,
 * relationships with their statement resources, evidence); mapped external properties become
 * relationships whose evidence is the imported file and the triple itself; entities named only by
 * external IRIs get ids of their own and keep the IRI as sw:sameAs. Every triple used neither way
 * is counted per predicate, never dropped silently.
 *
 * <p>An entity description is a subject with its triples, the statement resources that describe
 * its relationships and the evidence items of both. Statements and evidence items are translated
 * with the subject they belong to, never on their own. What depends on the whole file (the kind of
 * an external entity decided by every triple that uses it, whether a relationship's end is
 * described) is looked up in the staged file's indexes.
 */
final class RdfTranslator {

    private static final int CACHED_KINDS = 100_000;
    private static final Node TYPE = RDF.type.asNode();

    private final OntologyModel ontology;
    private final ImportSource source;
    private final StagedRdf staged;
    private final ProblemList problems = new ProblemList();
    private final Map<String, Long> unmapped = new TreeMap<>();
    private final Map<Node, Optional<NodeLabel>> ownKinds = cache(CACHED_KINDS);
    private final Map<Node, Optional<NodeLabel>> externalKinds = cache(CACHED_KINDS);
    /** Statements about one subject's triples, for the subjects translated last. */
    private final Map<Node, Map<Triple, Node>> reifiedBySubject = cache(1_024);
    /**
     * The triples of the subjects read last (the one being translated, its statements, evidence
     * items and ends): each is read from the store once, not once per property asked of it.
     */
    private final Map<Node, StagedRdf.Subject> recentlyRead = cache(4_096);
    /**
     * Statements and evidence items already translated with the subject they belong to, by their
     * ordinal in the store, so that the pass over the store skips them without reading them or
     * looking their owner up again. One bit a subject of the file.
     */
    private final BitSet translatedWithOwner = new BitSet();
    private long mapped;
    private boolean sourceCited;

    RdfTranslator(StagedRdf staged, OntologyModel ontology, ImportSource source) {
        this.staged = staged;
        this.ontology = ontology;
        this.source = source;
    }

    /** The file as a source of the facts it brings in under other vocabularies. */
    record ImportSource(String id, String title, String note) {
    }

    /**
     * What one entity description brings: its rows, and the kind the file gives to each end of
     * its relationships when the file describes that end (the end may be translated elsewhere).
     */
    record Description(List<NodeRow> nodes, List<RelationshipRow> relationships, Map<String, NodeLabel> endKinds) {

        boolean isEmpty() {
            return nodes.isEmpty() && relationships.isEmpty();
        }
    }

    /** Translates every entity description of the file, in the staged order, handing each over. */
    void translate(Consumer<Description> out) {
        for (Iterator<StagedRdf.Subject> subjects = staged.bySubject(ordinal -> translatedWithOwner.get(Math.toIntExact(ordinal)));
                subjects.hasNext();) {
            StagedRdf.Subject read = subjects.next();
            recentlyRead.put(read.subject(), read);
            Description description = describe(read.subject());
            if (!description.isEmpty()) {
                out.accept(description);
            }
        }
        for (Iterator<Node> objects = staged.mentionedOnlyAsObjects(); objects.hasNext();) {
            Node iri = objects.next();
            externalKind(iri).ifPresent(kind -> out.accept(new Description(List.of(externalNode(iri, kind, new HashSet<>())),
                    List.of(), Map.of())));
        }
    }

    /** The file as a Source node, when some fact cites it; known once {@link #translate} is done. */
    Optional<NodeRow> sourceRow() {
        if (!sourceCited) {
            return Optional.empty();
        }
        return Optional.of(new NodeRow(source.id(), NodeLabel.SOURCE,
                Map.of("id", source.id(), "title", source.title(), "note", source.note())));
    }

    /** The kind the file gives to one of our ids, if it describes it. */
    Optional<NodeLabel> fileKind(String id) {
        if (sourceCited && id.equals(source.id())) {
            return Optional.of(NodeLabel.SOURCE);
        }
        return ownKind(Vocabulary.entity(id));
    }

    /** What stops the file from being translated: ids, values, evidence that are not well formed. */
    ProblemList problems() {
        return problems;
    }

    /** Predicate IRI → triples left unmapped. */
    Map<String, Long> unmapped() {
        return unmapped;
    }

    long mapped() {
        return mapped;
    }

    long triples() {
        return staged.size();
    }

    private Description describe(Node subject) {
        if (isConsumedStatement(subject) || isConsumedEvidence(subject)) {
            return new Description(List.of(), List.of(), Map.of());
        }
        Set<Triple> used = new HashSet<>();
        List<Node> statements = new ArrayList<>();
        List<NodeRow> nodes = new ArrayList<>();
        Map<ImportRows.Key, RelationshipRow> relationships = new LinkedHashMap<>();
        Map<String, NodeLabel> endKinds = new HashMap<>();
        List<Triple> triples = about(subject);

        reification(subject, triples, used);
        List<NodeLabel> kinds = triples.stream().filter(triple -> triple.getPredicate().equals(TYPE))
                .map(triple -> ontology.labelOf(triple.getObject())).flatMap(Optional::stream).distinct().toList();
        if (!kinds.isEmpty()) {
            ownNode(subject, kinds, used).ifPresent(nodes::add);
        } else if (subject.isURI() && !subject.getURI().startsWith(Vocabulary.ID)) {
            externalKind(subject).ifPresent(kind -> nodes.add(externalNode(subject, kind, used)));
        }
        for (Triple triple : triples) {
            if (!used.contains(triple)) {
                relationship(triple, used, statements, relationships, endKinds);
            }
        }
        countUnused(triples, used);
        for (Node statement : statements) {
            countUnused(about(statement), used);
        }
        return new Description(nodes, List.copyOf(relationships.values()), endKinds);
    }

    /** A statement resource's rdf:subject/predicate/object are read with the triple they describe. */
    private void reification(Node subject, List<Triple> triples, Set<Triple> used) {
        if (triples.stream().noneMatch(triple -> triple.getPredicate().equals(RDF.subject.asNode()))) {
            return;
        }
        Optional<Triple> described = reified(subject);
        if (described.isEmpty()) {
            problem(label(subject), "rdf:subject without exactly one rdf:predicate and rdf:object");
            return;
        }
        for (Triple triple : triples) {
            Node predicate = triple.getPredicate();
            if (predicate.equals(RDF.subject.asNode()) || predicate.equals(RDF.predicate.asNode()) || predicate.equals(RDF.object.asNode())
                    || predicate.equals(TYPE) && triple.getObject().equals(RDF.Statement.asNode())) {
                used.add(triple);
            }
        }
    }

    private Optional<NodeRow> ownNode(Node subject, List<NodeLabel> kinds, Set<Triple> used) {
        NodeLabel label = kinds.getFirst();
        Optional<String> id = Vocabulary.idOf(subject);
        if (id.isEmpty()) {
            problem(label(subject), "a " + label.label() + " must have an IRI " + Vocabulary.ID
                    + "{kind}/{slug}; other IRIs come in through mapped vocabularies");
            return Optional.empty();
        }
        if (kinds.size() > 1) {
            problem(label(subject), "has more than one kind (" + String.join(", ", kinds.stream().map(NodeLabel::label).toList()) + ")");
        }
        Map<String, Object> properties = properties(subject, used);
        Object declared = properties.put("id", id.get());
        if (declared != null && !declared.equals(id.get())) {
            problem(label(subject), "sw:id '" + declared + "' is not the id its IRI names ('" + id.get() + "')");
        }
        return Optional.of(new NodeRow(id.get(), label, properties));
    }

    /** The sw: literals, owl:sameAs links and sw:evidence of a node or statement resource. */
    private Map<String, Object> properties(Node subject, Set<Triple> used) {
        Map<String, List<Object>> values = new TreeMap<>();
        for (Triple triple : about(subject)) {
            Node predicate = triple.getPredicate();
            Node object = triple.getObject();
            if (predicate.equals(TYPE) && (ontology.labelOf(object).isPresent()
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
                problem(label(subject), "sw:" + key + " has " + list.size() + " values; it holds one");
            }
        });
        properties.putAll(evidence(subject, used));
        return properties;
    }

    private Map<String, Object> evidence(Node subject, Set<Triple> used) {
        TreeMap<Long, Node> byPosition = new TreeMap<>();
        // What isConsumedEvidence asks of an item's owner: a node of ours, or a statement translated with its relationship.
        boolean owned = isTranslatedWithOwner(subject) || Vocabulary.idOf(subject).isPresent() && ownKind(subject).isPresent();
        for (Triple link : about(subject, Vocabulary.EVIDENCE)) {
            Node item = link.getObject();
            if (owned) {
                translatedWithOwner(item);
            }
            long at = single(item, Vocabulary.POSITION).filter(Node::isLiteral).map(node -> {
                try {
                    return Long.parseLong(node.getLiteralLexicalForm());
                } catch (NumberFormatException e) {
                    return -1L;
                }
            }).orElse(-1L);
            if (at < 0 || byPosition.containsKey(at)) {
                problem(label(subject) + " sw:evidence", "each evidence needs its own sw:position, an integer >= 0");
                continue;
            }
            byPosition.put(at, item);
            used.addAll(about(item));
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
                problem(label(subject) + " sw:evidence", "each evidence needs one sw:source, a Supplywatch source IRI");
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
                problem(label(subject) + " sw:evidence", "give sw:statementKind on every evidence or on none");
            }
            evidence.put("statementKinds", kinds);
        }
        return evidence;
    }

    private void relationship(Triple triple, Set<Triple> used, List<Node> statements, Map<ImportRows.Key, RelationshipRow> rows,
            Map<String, NodeLabel> endKinds) {
        Optional<RelationshipType> own = ontology.typeOf(triple.getPredicate());
        if (own.isPresent()) {
            ownRelationship(triple, own.get(), used, statements, rows, endKinds);
            return;
        }
        Optional<ExternalVocabulary.Mapping> mapping = ExternalVocabulary.property(triple.getPredicate());
        if (mapping.isEmpty() || !triple.getObject().isURI() || !triple.getSubject().isURI()) {
            return;
        }
        ExternalVocabulary.Mapping map = mapping.get();
        Node from = map.inverse() ? triple.getObject() : triple.getSubject();
        Node to = map.inverse() ? triple.getSubject() : triple.getObject();
        if (!wellFormedEnd(from) | !wellFormedEnd(to)) {
            return;
        }
        Optional<NodeLabel> fromKind = kindOf(from);
        Optional<NodeLabel> toKind = kindOf(to);
        String fromId = id(from, fromKind);
        String toId = id(to, toKind);
        fromKind.ifPresent(kind -> endKinds.put(fromId, kind));
        toKind.ifPresent(kind -> endKinds.put(toId, kind));
        RelationshipType type = map.type() == RelationshipType.SUBSIDIARY_OF && fromKind.equals(Optional.of(NodeLabel.GOVERNMENT_BODY))
                && toKind.equals(Optional.of(NodeLabel.GOVERNMENT_BODY)) ? RelationshipType.SUBORDINATE_TO : map.type();
        add(rows, new RelationshipRow(fromId, type, toId, importedEvidence(triple)));
        used.add(triple);
        mapped++;
    }

    private void ownRelationship(Triple triple, RelationshipType type, Set<Triple> used, List<Node> statements,
            Map<ImportRows.Key, RelationshipRow> rows, Map<String, NodeLabel> endKinds) {
        used.add(triple);
        Optional<String> from = Vocabulary.idOf(triple.getSubject());
        Optional<String> to = Vocabulary.idOf(triple.getObject());
        if (from.isEmpty() || to.isEmpty()) {
            problem(label(triple.getSubject()) + " " + label(triple.getPredicate()),
                    "both ends of a Supplywatch relationship must be Supplywatch IRIs (" + Vocabulary.ID + "{kind}/{slug})");
            return;
        }
        Optional<Node> statement = statementFor(triple);
        Map<String, Object> properties;
        if (statement.isPresent()) {
            statements.add(statement.get());
            if (isConsumedAs(statement.get(), triple)) {
                translatedWithOwner(statement.get());
            }
            reification(statement.get(), about(statement.get()), used);
            properties = properties(statement.get(), used);
        } else {
            properties = importedEvidence(triple);
        }
        ownKind(triple.getSubject()).ifPresent(kind -> endKinds.put(from.get(), kind));
        ownKind(triple.getObject()).ifPresent(kind -> endKinds.put(to.get(), kind));
        add(rows, new RelationshipRow(from.get(), type, to.get(), properties));
    }

    /** At most one row per (from, type, to): a second triple for the same relationship adds its evidence. */
    private void add(Map<ImportRows.Key, RelationshipRow> rows, RelationshipRow row) {
        rows.merge(row.key(), row, (earlier, later) -> new RelationshipRow(earlier.from(), earlier.type(), earlier.to(),
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

    // ---------------------------------------------------------------- statements and evidence items

    /** The statement resource describing a triple: reified (Turtle, N-Triples, RDF/XML) or a named graph (N-Quads, TriG, JSON-LD). */
    private Optional<Node> statementFor(Triple triple) {
        Node reified = reifiedBySubject.computeIfAbsent(triple.getSubject(), this::reifiedStatementsAbout).get(triple);
        if (reified != null) {
            return Optional.of(reified);
        }
        for (Node name : staged.graphsHolding(triple)) {
            if (has(name, TYPE, Vocabulary.RELATIONSHIP_STATEMENT) || has(name, TYPE, Vocabulary.RESOLUTION_LINK)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private Map<Triple, Node> reifiedStatementsAbout(Node subject) {
        Map<Triple, Node> statements = new HashMap<>();
        for (Node statement : staged.subjectsWith(RDF.subject.asNode(), subject)) {
            reified(statement).ifPresent(triple -> statements.putIfAbsent(triple, statement));
        }
        return statements;
    }

    /** The triple a statement resource reifies, if it names exactly one of each part. */
    private Optional<Triple> reified(Node statement) {
        Optional<Node> subject = single(statement, RDF.subject.asNode());
        Optional<Node> predicate = single(statement, RDF.predicate.asNode());
        Optional<Node> object = single(statement, RDF.object.asNode());
        if (subject.isEmpty() || predicate.isEmpty() || object.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Triple.create(subject.get(), predicate.get(), object.get()));
    }

    /**
     * Whether {@link #isConsumedStatement} would find this statement of this relationship, read
     * from what is known here: it reifies the triple, or (a named graph) names no rdf:subject.
     */
    private boolean isConsumedAs(Node statement, Triple relationship) {
        return single(statement, RDF.subject.asNode()).isEmpty() || reified(statement).filter(relationship::equals).isPresent();
    }

    /** A statement resource is translated with its relationship, when the file has that relationship. */
    private boolean isConsumedStatement(Node candidate) {
        Optional<Triple> reified = single(candidate, RDF.subject.asNode()).isPresent() ? reified(candidate) : Optional.empty();
        if (reified.isPresent()) {
            return describesOwnRelationship(reified.get(), candidate);
        }
        if (!has(candidate, TYPE, Vocabulary.RELATIONSHIP_STATEMENT) && !has(candidate, TYPE, Vocabulary.RESOLUTION_LINK)) {
            return false;
        }
        for (Triple triple : staged.triplesInGraph(candidate)) {
            if (describesOwnRelationship(triple, candidate)) {
                return true;
            }
        }
        return false;
    }

    private boolean describesOwnRelationship(Triple triple, Node statement) {
        return has(triple.getSubject(), triple.getPredicate(), triple.getObject()) && ontology.typeOf(triple.getPredicate()).isPresent()
                && Vocabulary.idOf(triple.getSubject()).isPresent() && Vocabulary.idOf(triple.getObject()).isPresent()
                && statementFor(triple).filter(statement::equals).isPresent();
    }

    /** An evidence item is translated with the node or statement that points at it. */
    private boolean isConsumedEvidence(Node candidate) {
        for (Node owner : staged.subjectsWith(Vocabulary.EVIDENCE, candidate)) {
            if (Vocabulary.idOf(owner).isPresent() && ownKind(owner).isPresent() || isConsumedStatement(owner)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- kinds and external entities

    /** The kind the file gives one of our IRIs (its first own rdf:type). */
    private Optional<NodeLabel> ownKind(Node iri) {
        return ownKinds.computeIfAbsent(iri, key -> about(key, TYPE).stream()
                .map(triple -> ontology.labelOf(triple.getObject())).flatMap(Optional::stream).findFirst());
    }

    private Optional<NodeLabel> kindOf(Node end) {
        return Vocabulary.idOf(end).isPresent() ? ownKind(end) : externalKind(end);
    }

    /**
     * The kind of an external IRI, decided by the whole file: an explicit rdf:type of a mapped class
     * first, else the role it plays in mapped triples (e.g. the object of schema:brand is a Brand).
     * Empty when no mapped triple uses it: then it is not an entity of the import.
     */
    private Optional<NodeLabel> externalKind(Node iri) {
        return externalKinds.computeIfAbsent(iri, key -> {
            TreeMap<Integer, NodeLabel> kinds = new TreeMap<>();
            about(key).forEach(triple -> ExternalVocabulary.property(triple.getPredicate())
                    .filter(map -> triple.getObject().isURI())
                    .ifPresent(map -> kinds.putIfAbsent(1000 + map.subjectKind().ordinal(), map.subjectKind())));
            // One lookup per mapped predicate, by the staged file's index from object to subject ({@link StagedRdf}).
            for (Node predicate : ExternalVocabulary.MAPPED_PREDICATES) {
                NodeLabel objectKind = ExternalVocabulary.property(predicate).orElseThrow().objectKind();
                if (staged.subjectsWith(predicate, key).stream().anyMatch(Node::isURI)) {
                    kinds.putIfAbsent(1000 + objectKind.ordinal(), objectKind);
                }
            }
            if (kinds.isEmpty()) {
                return Optional.empty();
            }
            about(key, TYPE).forEach(typed -> ExternalVocabulary.kind(typed.getObject())
                    .ifPresent(kind -> kinds.put(kind.ordinal(), kind)));
            return Optional.of(kinds.firstEntry().getValue());
        });
    }

    /** An external entity: its own id, its name from the usual naming properties, the IRI as sw:sameAs. */
    private NodeRow externalNode(Node iri, NodeLabel kind, Set<Triple> used) {
        for (Triple typed : about(iri, TYPE)) {
            if (ExternalVocabulary.kind(typed.getObject()).isPresent()) {
                used.add(typed);
                mapped++;
            }
        }
        String id = externalId(iri, kind);
        String name = iri.getURI();
        String passage = "<" + iri.getURI() + ">";
        for (Node property : ExternalVocabulary.NAME_PROPERTIES) {
            List<Triple> names = about(iri, property);
            Optional<Triple> named = names.stream()
                    .filter(triple -> triple.getObject().isLiteral())
                    .min(Comparator.comparing((Triple triple) -> !"en".equals(triple.getObject().getLiteralLanguage()))
                            .thenComparing(triple -> triple.getObject().getLiteralLexicalForm()));
            if (named.isPresent()) {
                name = named.get().getObject().getLiteralLexicalForm();
                passage = ntriple(named.get());
                used.addAll(names);
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
        return new NodeRow(id, kind, properties);
    }

    private boolean wellFormedEnd(Node end) {
        if (end.getURI().startsWith(Vocabulary.ID) && Vocabulary.idOf(end).isEmpty()) {
            problem(label(end), "is in the Supplywatch namespace but is not a well-formed id");
            return false;
        }
        return true;
    }

    private static String id(Node end, Optional<NodeLabel> kind) {
        return Vocabulary.idOf(end).orElseGet(() -> externalId(end, kind.orElseThrow()));
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

    // ---------------------------------------------------------------- values and bookkeeping

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
            problem(NodeFmtLib.strNT(literal), "is not a valid " + datatype);
        }
        return lexical;
    }

    private void countUnused(List<Triple> triples, Set<Triple> used) {
        for (Triple triple : triples) {
            if (!used.contains(triple)) {
                unmapped.merge(NodeFmtLib.strNT(triple.getPredicate()), 1L, Long::sum);
            }
        }
    }

    private void problem(String place, String reason) {
        problems.add(new RdfProblem(place, reason));
    }

    /** The object of a subject's only triple with this predicate; empty if it has none or several. */
    private Optional<Node> single(Node subject, Node predicate) {
        Node found = null;
        for (Triple triple : about(subject)) {
            if (triple.getPredicate().equals(predicate)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = triple.getObject();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every triple of a subject, read from the store once while it is among the subjects read last. */
    private List<Triple> about(Node subject) {
        return read(subject).triples();
    }

    private StagedRdf.Subject read(Node subject) {
        StagedRdf.Subject read = recentlyRead.get(subject);
        if (read == null) {
            read = staged.about(subject);
            recentlyRead.put(subject, read);
        }
        return read;
    }

    /** Marks a statement or evidence item as translated with its owner, for the pass over the store to skip. */
    private void translatedWithOwner(Node subject) {
        long ordinal = read(subject).ordinal();
        if (ordinal >= 0) {
            translatedWithOwner.set(Math.toIntExact(ordinal));
        }
    }

    private boolean isTranslatedWithOwner(Node subject) {
        long ordinal = read(subject).ordinal();
        return ordinal >= 0 && translatedWithOwner.get(Math.toIntExact(ordinal));
    }

    private List<Triple> about(Node subject, Node predicate) {
        return about(subject).stream().filter(triple -> triple.getPredicate().equals(predicate)).toList();
    }

    private boolean has(Node subject, Node predicate, Node object) {
        return about(subject).stream().anyMatch(triple -> triple.getPredicate().equals(predicate) && triple.getObject().equals(object));
    }

    private static String ntriple(Triple triple) {
        return NodeFmtLib.strNT(triple.getSubject()) + " " + NodeFmtLib.strNT(triple.getPredicate()) + " "
                + NodeFmtLib.strNT(triple.getObject()) + " .";
    }

    private static String label(Node node) {
        return node.isURI() ? "<" + node.getURI() + ">" : NodeFmtLib.strNT(node);
    }

    /** Least recently used entries go first: lookups repeat for hubs, but memory must stay flat. */
    private static <K, V> Map<K, V> cache(int entries) {
        return new LinkedHashMap<>(1_024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > entries;
            }
        };
    }
}
