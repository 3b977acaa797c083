package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The staging store compares, groups and finds terms by their bytes alone, so a term must always
 * get the same bytes, different terms different bytes, and the bytes must give the term back.
 */
class TermCodecPropertyTests {

    @Property(tries = 500)
    void bytesGiveTheTermBackAndTellTermsApart(@ForAll("terms") List<Node> terms) {
        TermCodec codec = new TermCodec();
        byte[][] encoded = terms.stream().map(term -> bytes(codec, term)).toArray(byte[][]::new);

        for (int i = 0; i < terms.size(); i++) {
            assertThat(TermCodec.length(encoded[i], 0)).isEqualTo(encoded[i].length);
            assertThat(codec.decode(encoded[i], 0)).isEqualTo(terms.get(i));
            ByteSink lookup = new ByteSink(16);
            codec.encodeForLookup(terms.get(i), lookup);
            assertThat(Arrays.copyOf(lookup.array(), lookup.size())).isEqualTo(encoded[i]);
            for (int j = 0; j < i; j++) {
                assertThat(Arrays.equals(encoded[i], encoded[j])).isEqualTo(terms.get(i).equals(terms.get(j)));
            }
        }
    }

    @Test
    void givesNamespacesNumbersOnlyWhileThereAreNumbersLeftAndKeepsEveryTermsBytes() {
        TermCodec codec = new TermCodec();
        Node first = NodeFactory.createURI("https://example.org/first/a");
        byte[] before = bytes(codec, first);
        for (int i = 0; i < TermCodec.MAX_NAMESPACES + 10; i++) {
            bytes(codec, NodeFactory.createURI("https://example.org/n" + i + "/x"));
        }
        Node late = NodeFactory.createURI("https://example.org/late/a");
        byte[] lateBytes = bytes(codec, late);

        assertThat(bytes(codec, first)).isEqualTo(before);
        assertThat(bytes(codec, late)).isEqualTo(lateBytes);
        assertThat(codec.decode(lateBytes, 0)).isEqualTo(late);
        ByteSink unknown = new ByteSink(16);
        codec.encodeForLookup(NodeFactory.createURI("https://example.org/never/a"), unknown);
        assertThat(codec.decode(Arrays.copyOf(unknown.array(), unknown.size()), 0).getURI()).isEqualTo("https://example.org/never/a");
    }

    @Test
    void splitsIrisAtTheirFragmentOrLastPathSegment() {
        assertThat(split("https://w3id.org/supplywatch/ontology#evidence")).isEqualTo("https://w3id.org/supplywatch/ontology#");
        assertThat(split("https://w3id.org/supplywatch/id/brand/b-0#manufacturedBy/company/c-6314"))
                .isEqualTo("https://w3id.org/supplywatch/id/brand/");
        assertThat(split("https://w3id.org/supplywatch/id/source/s-70")).isEqualTo("https://w3id.org/supplywatch/id/source/");
        assertThat(split("urn:x")).isEmpty();
    }

    @Provide
    Arbitrary<List<Node>> terms() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of("", "a", "A", "é", "\u0000", "𝄞", "#", "/", "b-0#x/y"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<Node> iri = Combinators.combine(Arbitraries.of("https://example.org/", "https://example.org/x#", "urn:", "http://a/b#c/"),
                text).as((prefix, local) -> NodeFactory.createURI(prefix + local));
        Arbitrary<Node> blank = Arbitraries.oneOf(Arbitraries.of("0123456789abcdef0123456789abcdef", "0123456789ABCDEF0123456789ABCDEF",
                "b0", "0123456789abcdef0123456789abcde"), text.filter(label -> !label.isEmpty())).map(NodeFactory::createBlankNode);
        Arbitrary<Node> string = text.map(NodeFactory::createLiteralString);
        Arbitrary<Node> lang = Combinators.combine(text, Arbitraries.of("en", "en-GB", "zh-Hans")).as(NodeFactory::createLiteralLang);
        Arbitrary<Node> direction = Combinators.combine(text, Arbitraries.of("en", "ar"), Arbitraries.of("ltr", "rtl"))
                .as(NodeFactory::createLiteralDirLang);
        Arbitrary<Node> typed = Combinators.combine(Arbitraries.of("1", "01", "x", "2020-01-01"),
                Arbitraries.of("http://www.w3.org/2001/XMLSchema#integer", "http://www.w3.org/2001/XMLSchema#date",
                        "http://www.w3.org/2001/XMLSchema#string", "urn:type", "https://example.org/t"))
                .as((lexical, datatype) -> NodeFactory.createLiteralDT(lexical, TypeMapper.getInstance().getSafeTypeByName(datatype)));
        Arbitrary<Node> simple = Arbitraries.oneOf(iri, blank, string, lang, direction, typed);
        Arbitrary<Node> tripleTerm = Combinators.combine(iri, iri, simple).as(NodeFactory::createTripleTerm);
        return Arbitraries.oneOf(simple, simple, simple, tripleTerm).list().ofMinSize(1).ofMaxSize(12);
    }

    private static byte[] bytes(TermCodec codec, Node term) {
        ByteSink sink = new ByteSink(16);
        codec.encode(term, sink);
        return Arrays.copyOf(sink.array(), sink.size());
    }

    private static String split(String iri) {
        return iri.substring(0, TermCodec.namespaceEnd(iri));
    }
}
