package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.tdb2.store.TripleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

/** The staging store of an import: what it hands the translator, and what it says while it builds its indexes. */
class StagedRdfTests {

    private static final String FILE = """
            <https://example.org/a> <https://example.org/name> "A" .
            <https://example.org/b> <https://example.org/name> "B" .
            <https://example.org/a> <https://example.org/knows> <https://example.org/b> .
            """;

    @Test
    void reportsItsIndexBuildingOnceTheFileIsParsedAndOnlyThen() {
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
        assertThat(events.subList(1, events.size())).allSatisfy(line -> assertThat(line).isNotBlank());
    }

    @Test
    void handsOverEachSubjectsTriplesTogether() {
        List<String> groups = new ArrayList<>();
        try (StagedRdf staged = StagedRdf.stage("three.nt", new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)),
                RdfFormat.NTRIPLES, 100, count -> { }, line -> { })) {
            staged.bySubject(subject -> false).forEachRemaining(group -> groups.add(
                    group.stream().map(Triple::getSubject).map(Node::getURI).distinct().toList() + " " + group.size()));
        }

        assertThat(groups).containsExactlyInAnyOrder("[https://example.org/a] 2", "[https://example.org/b] 1");
    }

    @Test
    void buildsOnlyTheTripleIndexesTheTranslatorReadsBy() {
        try (StagedRdf staged = StagedRdf.stage("three.nt", new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)),
                RdfFormat.NTRIPLES, 100, count -> { }, line -> { })) {
            TripleTable table = TDBInternal.getDatasetGraphTDB(staged.dataset()).getTripleTable();
            Node b = NodeFactory.createURI("https://example.org/b");

            assertThat(Arrays.stream(table.getNodeTupleTable().getTupleTable().getIndexes()).map(TupleIndex::getName))
                    .containsExactly("SPO", "POS");
            assertThat(staged.union().find(Node.ANY, NodeFactory.createURI("https://example.org/knows"), b).toList())
                    .extracting(triple -> triple.getSubject().getURI()).containsExactly("https://example.org/a");
        }
    }
}
