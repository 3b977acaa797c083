package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.riot.system.StreamRDFLib;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the RDF reader in every syntax: whatever bytes arrive, it either reads it through or
 * refuses the file with a problem that names it; no other exception escapes (which would be a 500
 * over REST). Inputs mix the syntaxes' own tokens with random bytes; bounded tries keep the build fast.
 */
class RdfReaderPropertyTests {

    @Property(tries = 400)
    void readsOrRefusesWithThePlaceNeverAnythingElse(@ForAll("bodies") byte[] body, @ForAll RdfFormat format) {
        String name = "fuzz." + format.extension();
        try {
            assertThat(RdfReader.read(name, new ByteArrayInputStream(body), format, 10_000, count -> { }, StreamRDFLib.sinkNull()))
                    .isNotNegative();
        } catch (RdfRejectedException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.place()).startsWith(name));
        }
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<String> token = Arbitraries.of("<http://example.org/a>", "<https://schema.org/name>", "\"Acme\"", "\"\"\"",
                "@prefix s: <https://schema.org/> .", "s:brand", "_:b0", " ", " .", " ;", "\n", "{", "}", "[", "]", ":", ",",
                "\"@id\"", "\"@context\"", "\"@graph\"", "<?xml version=\"1.0\"?>", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
                "</rdf:RDF>", "<!DOCTYPE x [<!ENTITY e \"ee\">]>", "&e;", "\\u0000", "\u202E", "^^<http://www.w3.org/2001/XMLSchema#date>", "@en");
        Arbitrary<byte[]> tokens = token.list().ofMaxSize(40).map(list -> String.join("", list).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> gzipMagic = noise.map(bytes -> {
            byte[] withMagic = new byte[bytes.length + 2];
            withMagic[0] = 0x1f;
            withMagic[1] = (byte) 0x8b;
            System.arraycopy(bytes, 0, withMagic, 2, bytes.length);
            return withMagic;
        });
        return Arbitraries.oneOf(tokens, noise, gzipMagic);
    }
}
