package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The staging store of an import: what it hands the translator, checked against Jena's own
 * in-memory dataset holding the same file, with chunks small enough that a file of a few hundred
 * triples is sorted in many runs and merged.
 */
class StagedRdfTests {

    private static final String FILE = """
            <https://example.org/a> <https://example.org/name> "A" .
            <https://example.org/b> <https://example.org/name> "B" .
            <https://example.org/a> <https://example.org/knows> <https://example.org/b> .
            """;

    @Test
    void reportsItsMergingOnceTheFileIsParsedAndOnlyThen() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        InputStream file = new FilterInputStream(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read() throws IOException {
                return noteEnd(super.read());
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return noteEnd(super.read(buffer, offset, length));
            }

            private int noteEnd(int read) {
                if (read < 0) {
                    events.add("end of file");
                }
                return read;
            }
        };

        try (StagedRdf staged = StagedRdf.stage("three.nt", file, RdfFormat.NTRIPLES, 100, count -> { }, events::add)) {
            assertThat(staged.parsed()).isEqualTo(3);
        }

        assertThat(events).hasSizeGreaterThan(1);
        assertThat(events.getFirst()).isEqualTo("end of file");
        assertThat(events.subList(1, events.size())).allSatisfy(line -> assertThat(line).contains("merging"));
    }

    @Test
    void handsOverEachSubjectsTriplesTogetherNumberedInOrder() {
        List<String> groups = new ArrayList<>();
        try (StagedRdf staged = stage(FILE + FILE, RdfFormat.NTRIPLES, 64)) {
            staged.bySubject(ordinal -> false).forEachRemaining(subject -> groups.add(subject.ordinal() + " "
                    + subject.triples().stream().map(Triple::getSubject).map(Node::getURI).distinct().toList() + " "
                    + subject.triples().size()));
            assertThat(staged.size()).isEqualTo(3);
            assertThat(staged.parsed()).isEqualTo(6);
        }

        assertThat(groups).containsExactlyInAnyOrder("0 [https://example.org/a] 2", "1 [https://example.org/b] 1");
    }

    @Test
    void skipsTheSubjectsItIsToldToByOrdinalAsItGoes() {
        List<Long> read = new ArrayList<>();
        Set<Long> skipped = new HashSet<>();
        try (StagedRdf staged = stage(FILE, RdfFormat.NTRIPLES, 64)) {
            staged.bySubject(skipped::contains).forEachRemaining(subject -> {
                read.add(subject.ordinal());
                // What the translator does: an owner marks the next subject as read with it.
                skipped.add(subject.ordinal() + 1);
            });
        }

        assertThat(read).containsExactly(0L);
    }

    @Test
    void refusesALookupByAPredicateItDoesNotKeepByObject() {
        try (StagedRdf staged = stage(FILE, RdfFormat.NTRIPLES, 64)) {
            assertThatThrownBy(() -> staged.subjectsWith(NodeFactory.createURI("https://example.org/knows"),
                    NodeFactory.createURI("https://example.org/b"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void leavesNothingBehindWhenClosedOrRefused() throws IOException {
        Set<Path> before = stagingDirectories();
        stage(FILE, RdfFormat.NTRIPLES, 64).close();
        assertThatThrownBy(() -> stage(FILE + "<https://example.org/a> <broken", RdfFormat.NTRIPLES, 64))
                .isInstanceOf(RdfRejectedException.class);

        assertThat(stagingDirectories()).isEqualTo(before);
    }

    /** Every lookup the translator makes, against the same file in Jena's in-memory dataset. */
    @Property(tries = 60)
    void answersAsJenaDoesForTheSameFile(@ForAll("files") List<String> quads) {
        String file = String.join("\n", quads) + "\n";
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(file, Lang.NQUADS).labelToNode(LabelToNode.createScopeByDocumentHash(RdfReader.BLANK_NODE_SEED))
                .parse(expected);
        Graph union = expected.getUnionGraph();
        Set<Triple> all = new HashSet<>(expected.getDefaultGraph().find().toList());
        all.addAll(union.find().toList());

        try (StagedRdf staged = stage(file, RdfFormat.NQUADS, 256)) {
            assertThat(staged.size()).isEqualTo(all.size());
            Set<Node> subjects = all.stream().map(Triple::getSubject).collect(Collectors.toSet());
            List<StagedRdf.Subject> passed = new ArrayList<>();
            staged.bySubject(ordinal -> false).forEachRemaining(passed::add);
            assertThat(passed).extracting(StagedRdf.Subject::ordinal)
                    .containsExactly(Stream.iterate(0L, i -> i + 1).limit(subjects.size()).toArray(Long[]::new));
            for (StagedRdf.Subject subject : passed) {
                assertThat(new HashSet<>(subject.triples())).isEqualTo(
                        all.stream().filter(triple -> triple.getSubject().equals(subject.subject())).collect(Collectors.toSet()));
                assertThat(staged.about(subject.subject())).isEqualTo(subject);
            }
            for (Node node : terms(all)) {
                if (!subjects.contains(node)) {
                    assertThat(staged.about(node).ordinal()).isEqualTo(-1);
                    assertThat(staged.about(node).triples()).isEmpty();
                }
                for (Node predicate : StagedRdf.REVERSE_PREDICATES) {
                    assertThat(staged.subjectsWith(predicate, node)).containsExactlyInAnyOrderElementsOf(all.stream()
                            .filter(triple -> triple.getPredicate().equals(predicate) && triple.getObject().equals(node))
                            .map(Triple::getSubject).collect(Collectors.toSet()));
                }
                assertThat(new HashSet<>(staged.triplesInGraph(node))).isEqualTo(expected.containsGraph(node)
                        && !node.equals(org.apache.jena.sparql.core.Quad.defaultGraphIRI)
                        ? expected.getGraph(node).find().toSet() : Set.of());
            }
            for (Triple triple : all) {
                Set<Node> graphs = new HashSet<>();
                expected.find(Node.ANY, triple.getSubject(), triple.getPredicate(), triple.getObject())
                        .forEachRemaining(quad -> {
                            if (!quad.isDefaultGraph()) {
                                graphs.add(quad.getGraph());
                            }
                        });
                assertThat(staged.graphsHolding(triple)).containsExactlyInAnyOrderElementsOf(graphs);
            }
            Set<Node> mentionedOnly = new HashSet<>();
            staged.mentionedOnlyAsObjects().forEachRemaining(mentionedOnly::add);
            assertThat(mentionedOnly).isEqualTo(all.stream()
                    .filter(triple -> triple.getSubject().isURI() && triple.getObject().isURI()
                            && ExternalVocabulary.property(triple.getPredicate()).isPresent())
                    .flatMap(triple -> Stream.of(triple.getSubject(), triple.getObject()))
                    .filter(end -> !end.getURI().startsWith(Vocabulary.ID) && !subjects.contains(end))
                    .collect(Collectors.toSet()));
        }
    }

    @Provide
    Arbitrary<List<String>> files() {
        Arbitrary<String> resource = Arbitraries.of("<https://example.org/a>", "<https://example.org/b>", "<https://example.org/b#x>",
                "<http://www.wikidata.org/entity/Q1>", "<https://w3id.org/supplywatch/id/company/c-1>",
                "<https://w3id.org/supplywatch/id/brand/b-1#brandOf/company/c-1>", "_:b1", "_:b2", "<urn:x>");
        Arbitrary<String> predicate = Arbitraries.of("<https://example.org/p>", "<" + RDF.subject.getURI() + ">",
                "<" + RDF.type.getURI() + ">", "<" + Vocabulary.EVIDENCE.getURI() + ">", "<https://schema.org/brand>",
                "<https://schema.org/parentOrganization>", "<http://www.wikidata.org/prop/direct/P749>");
        Arbitrary<String> literal = Arbitraries.of("\"A\"", "\"A\"@en", "\"A\"@en--rtl",
                "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", "\"\"", "\"\\u0000 é\"", "\"x\"^^<urn:type>");
        Arbitrary<String> object = Arbitraries.oneOf(resource, literal);
        Arbitrary<String> graph = Arbitraries.of("", "", "", " <https://example.org/g>", " _:g", " <https://example.org/b>");
        return Combinators.combine(resource, predicate, object, graph).as((s, p, o, g) -> s + " " + p + " " + o + g + " .")
                .list().ofMinSize(1).ofMaxSize(120);
    }

    private static Set<Node> terms(Set<Triple> triples) {
        Set<Node> terms = new HashSet<>();
        triples.forEach(triple -> terms.addAll(List.of(triple.getSubject(), triple.getPredicate(), triple.getObject())));
        terms.add(NodeFactory.createURI("https://example.org/absent"));
        terms.add(NodeFactory.createURI("https://elsewhere.example/absent"));
        return terms;
    }

    private static StagedRdf stage(String file, RdfFormat format, int chunkBytes) {
        return StagedRdf.stage("test", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), format, 100_000,
                count -> { }, line -> { }, chunkBytes, chunkBytes);
    }

    private static Set<Path> stagingDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("supplywatch-rdf-import-")).collect(Collectors.toSet());
        }
    }
}
