package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.supplywatch.SupplywatchApplication;
import org.supplywatch.config.RdfProperties;
import org.supplywatch.cypher.CypherCatalog;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.cypher.GraphStream;
import org.supplywatch.cypher.InProcessDatabase;
import org.supplywatch.support.GraphSnapshot;

/**
 * Export → empty database → import → export gives an isomorphic dataset, in every syntax, on
 * the seed graph. Runs on a Neo4j of its own, because it empties the database between steps, and
 * with small import batches (the seed graph's ~1,800 rows in ~19), so that relationships, their
 * ends and the sources their evidence cites fall in different batches of the import's checks.
 */
class RdfRoundTripIT {

    private static final int BATCH = 97;
    private static final Pattern COMPANY = Pattern.compile("<(https://w3id.org/supplywatch/id/company/[^>]+)>");

    private static Neo4j neo4j;
    private static ConfigurableApplicationContext app;
    private static RdfExporter exporter;
    private static RdfImporter importer;

    @BeforeAll
    static void startWithTheSeedGraph() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        app = new SpringApplicationBuilder(SupplywatchApplication.class).web(WebApplicationType.NONE)
                .run("--spring.neo4j.uri=" + neo4j.boltURI(), "--spring.neo4j.authentication.username=neo4j",
                        "--spring.neo4j.authentication.password=unused", "--logging.level.org.neo4j.driver=WARN",
                        "--supplywatch.rdf.import-batch=" + BATCH);
        exporter = app.getBean(RdfExporter.class);
        importer = app.getBean(RdfImporter.class);
    }

    @AfterAll
    static void stop() {
        app.close();
        neo4j.close();
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void exportImportExportIsIsomorphic(RdfFormat format) {
        byte[] first = export(format);
        emptyTheDatabase();

        RdfImportReport report = importer.importFile("seed." + format.extension(), new ByteArrayResource(first), format);
        byte[] second = export(format);

        assertThat(report.unmappedTriples()).as(String.valueOf(report.unmapped())).isZero();
        assertThat(report.sourceId()).as("our own vocabulary brings its own sources").isNull();
        assertThat(report.nodesAdded()).isGreaterThan(700);
        assertIsomorphic(parse(first, format), parse(second, format));
    }

    /** The embedded configuration reads in-process, not over Bolt: every syntax says the same either way. */
    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void anExportReadInProcessIsTheExportReadOverBolt(RdfFormat format) {
        GraphStream inProcess = new GraphStream(app.getBean(Driver.class), app.getBean(CypherCatalog.class),
                Optional.of(new InProcessDatabase(neo4j.defaultDatabaseService())));
        RdfExporter local = new RdfExporter(app.getBean(GraphReader.class), inProcess, app.getBean(GraphToRdf.class),
                app.getBean(RdfProperties.class));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        local.exportAll(format, out);

        DatasetGraph overBolt = parse(export(format), format);
        assertThat(overBolt.getDefaultGraph().size()).isGreaterThan(1_000);
        assertIsomorphic(parse(out.toByteArray(), format), overBolt);
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        byte[] file = export(RdfFormat.TURTLE);
        List<String> before = GraphSnapshot.of(neo4j.boltURI().toString());

        RdfImportReport report = importer.importFile("again.ttl", new ByteArrayResource(file), RdfFormat.TURTLE);

        assertThat(report.nodesAdded() + report.nodesChanged() + report.relationshipsAdded() + report.relationshipsChanged()).isZero();
        assertThat(report.nodesUnchanged()).isGreaterThan(700);
        assertThat(GraphSnapshot.of(neo4j.boltURI().toString())).isEqualTo(before);
    }

    @Test
    void aWrongKindIsFoundWhenTheRelationshipAndItsEndAreInDifferentBatches() {
        String seed = new String(export(RdfFormat.NTRIPLES), StandardCharsets.UTF_8);
        Matcher company = COMPANY.matcher(seed);
        assertThat(company.find()).isTrue();
        // schema:brand makes its object a brand of the subject: a company cannot be one. The
        // triple comes last, so the company is described in an early batch, the relationship in the last.
        String file = seed + "<http://example.org/acme> <https://schema.org/brand> <" + company.group(1) + "> .\n";
        List<String> before = GraphSnapshot.of(neo4j.boltURI().toString());
        Set<Path> stagingBefore = staging();

        assertThatThrownBy(() -> importer.importFile("wrong-kind.nt", new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8)),
                RdfFormat.NTRIPLES))
                .isInstanceOfSatisfying(RdfRejectedException.class, refused -> assertThat(refused.problems())
                        .anySatisfy(problem -> assertThat(problem.place()).contains(company.group(1)).contains("BrandOfShape")));
        assertThat(GraphSnapshot.of(neo4j.boltURI().toString())).as("nothing written").isEqualTo(before);
        assertThat(staging()).as("staging store and spill files removed").isSubsetOf(stagingBefore);
    }

    @Test
    void aSuccessfulImportLeavesNoStagingFilesBehind() {
        Set<Path> stagingBefore = staging();
        importer.importFile("again.nt", new ByteArrayResource(export(RdfFormat.NTRIPLES)), RdfFormat.NTRIPLES);
        assertThat(staging()).isSubsetOf(stagingBefore);
    }

    private static Set<Path> staging() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("supplywatch-rdf-import-")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Graph by graph with Jena's hashing matcher (the dataset matcher backtracks over the
     * thousands of evidence blank nodes); statement graphs are named by IRIs, so names must match.
     */
    private static void assertIsomorphic(DatasetGraph first, DatasetGraph second) {
        assertThat(first.getDefaultGraph().isIsomorphicWith(second.getDefaultGraph())).as("default graph").isTrue();
        List<Node> names = Iter.toList(first.listGraphNodes());
        assertThat(Iter.toList(second.listGraphNodes())).containsExactlyInAnyOrderElementsOf(names);
        for (Node name : names) {
            assertThat(first.getGraph(name).isIsomorphicWith(second.getGraph(name))).as(name.getURI()).isTrue();
        }
    }

    private static byte[] export(RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportAll(format, out);
        return out.toByteArray();
    }

    private static DatasetGraph parse(byte[] body, RdfFormat format) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(body)).lang(format.lang()).parse(dataset);
        return dataset;
    }

    private static void emptyTheDatabase() {
        try (Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none())) {
            driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
            assertThat(driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().getFirst().get("n").asLong())
                    .isZero();
        }
    }
}
