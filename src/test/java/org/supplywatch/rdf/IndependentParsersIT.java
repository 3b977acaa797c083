package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;

/**
 * Parsers that share no code with Jena read every whole-graph export and count the same number
 * of statements: Debian's rapper (raptor2) for five syntaxes, rdflib for JSON-LD. .ci/run installs both.
 */
@GraphIntegrationTest
class IndependentParsersIT {

    private static final Pattern RAPPER_COUNT = Pattern.compile("returned (\\d+) (?:triples|statements)");

    @Autowired
    MockMvc mvc;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void anIndependentParserReadsTheWholeGraph(RdfFormat format) throws Exception {
        byte[] body = RdfTestSupport.wholeGraph(mvc, format);
        long jenaCount = RdfTestSupport.parse(body, format).stream().count();
        Path file = folder.resolve("supplywatch." + format.extension());
        Files.write(file, body);

        long independentCount = format == RdfFormat.JSONLD ? rdflibCount(file) : rapperCount(file, format);

        assertThat(independentCount).isEqualTo(jenaCount).isGreaterThan(10_000);
    }

    private long rapperCount(Path file, RdfFormat format) throws Exception {
        String syntax = switch (format) {
            case TURTLE -> "turtle";
            case NTRIPLES -> "ntriples";
            case NQUADS -> "nquads";
            case TRIG -> "trig";
            case RDFXML -> "rdfxml";
            case JSONLD -> throw new IllegalArgumentException("rapper does not read JSON-LD");
        };
        String output = run(List.of("rapper", "--count", "-i", syntax, file.toString(), "https://w3id.org/supplywatch/"));
        Matcher count = RAPPER_COUNT.matcher(output);
        assertThat(count.find()).as(output).isTrue();
        return Long.parseLong(count.group(1));
    }

    private long rdflibCount(Path file) throws Exception {
        String script = "import rdflib,sys\ng=rdflib.ConjunctiveGraph()\ng.parse(sys.argv[1], format='json-ld')\nprint(len(g))";
        String output = run(List.of("/usr/bin/python3", "-c", script, file.toString()));
        return Long.parseLong(output.strip().lines().reduce((first, last) -> last).orElseThrow());
    }

    private static String run(List<String> command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError(command.getFirst() + " is not installed; .ci/run installs raptor2-utils and python3-rdflib", e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
