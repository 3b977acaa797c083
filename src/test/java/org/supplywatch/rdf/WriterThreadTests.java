package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The export's writer thread passes on everything, in order, and never hides or outlives a failure. */
class WriterThreadTests {

    @Test
    void passesEverythingOnInOrderAcrossBatches() {
        List<String> seen = new ArrayList<>();
        StreamRDFBase target = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                seen.add(triple.getObject().getLiteralLexicalForm());
            }

            @Override
            public void quad(Quad quad) {
                seen.add("quad " + quad.getObject().getLiteralLexicalForm());
            }

            @Override
            public void prefix(String prefix, String iri) {
                seen.add("prefix " + prefix);
            }

            @Override
            public void finish() {
                seen.add("finish");
            }
        };
        List<String> expected = new ArrayList<>();
        try (WriterThread writer = new WriterThread(target)) {
            writer.start();
            writer.prefix("sw", "https://w3id.org/supplywatch/ontology#");
            expected.add("prefix sw");
            for (int i = 0; i < WriterThread.BATCH * 3 + 7; i++) {
                writer.triple(triple(i));
                expected.add(Integer.toString(i));
                if (i % 1_000 == 0) {
                    writer.quad(new Quad(NodeFactory.createURI("urn:g"), triple(i)));
                    expected.add("quad " + i);
                }
            }
            writer.finish();
            expected.add("finish");
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void aFailingWriterFailsTheExport() {
        StreamRDFBase broken = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                throw new IllegalStateException("disk full");
            }
        };
        try (WriterThread writer = new WriterThread(broken)) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < WriterThread.BATCH * 100; i++) {
                    writer.triple(triple(i));
                }
                writer.finish();
            }).hasMessage("disk full");
        }
        assertThat(writerThreads()).isEmpty();
    }

    @Test
    void closingWithoutFinishingStopsTheThread() {
        try (WriterThread writer = new WriterThread(new StreamRDFBase())) {
            for (int i = 0; i < WriterThread.BATCH * 2; i++) {
                writer.triple(triple(i));
            }
            // the caller failed here (its rows ran out with an error): close() without finish()
        }
        assertThat(writerThreads()).isEmpty();
    }

    private static Triple triple(int i) {
        return Triple.create(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(Integer.toString(i)));
    }

    private static List<String> writerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("rdf-writer-")).toList();
    }
}
