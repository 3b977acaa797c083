package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplywatch.SupplywatchApplication;
import org.supplywatch.support.ImportedData;
import org.supplywatch.support.SharedNeo4j;

/** The jar as a command: export the whole graph to a (gzip) file, import a file, refuse a bad one with exit status 1. */
class RdfCommandLineIT {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void cleanUp() {
        ImportedData.removeRdfImports();
    }

    @Test
    void exportsTheWholeGraphToAGzipFileAndImportsAFile() throws Exception {
        Path export = folder.resolve("graph.nq.gz");
        assertThat(run("rdf-export", "--output=" + export)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        DatasetGraph dataset = DatasetGraphFactory.create();
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(export))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dataset);
        }
        assertThat(dataset.getGraph(org.apache.jena.graph.NodeFactory.createURI(
                Vocabulary.ID + "brand/lorex#brandOf/company/dahua-technology")).size()).isOne();

        Path input = folder.resolve("mapped.ttl");
        Files.copy(getClass().getResourceAsStream("/rdf/mapped-vocabularies.ttl"), input);
        assertThat(run("rdf-import", "--input=" + input)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"relationshipsAdded\" : 3");
    }

    @Test
    void aRefusedFileExitsWithOneAndSaysWhere() throws Exception {
        Path input = folder.resolve("broken.ttl");
        Files.copy(getClass().getResourceAsStream("/rdf/syntax-error.ttl"), input);
        assertThat(run("rdf-import", "--input=" + input)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.ttl, line 4, column 17");
        assertThat(run("rdf-import")).isEqualTo(2);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--spring.neo4j.uri=" + SharedNeo4j.boltUri(), "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=unused", "--logging.level.root=WARN"));
        return RdfCommandLine.run(SupplywatchApplication.class, all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
