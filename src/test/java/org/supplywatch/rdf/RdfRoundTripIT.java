package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

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
import org.supplywatch.support.GraphSnapshot;

/**
 * Export → empty database → import → export gives an isomorphic dataset, in every syntax, on
 * the seed graph. Runs on a Neo4j of its own, because it empties the database between steps.
 */
class RdfRoundTripIT {

    private static Neo4j neo4j;
    private static ConfigurableApplicationContext app;
    private static RdfExporter exporter;
    private static RdfImporter importer;

    @BeforeAll
    static void startWithTheSeedGraph() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        app = new SpringApplicationBuilder(SupplywatchApplication.class).web(WebApplicationType.NONE)
                .run("--spring.neo4j.uri=" + neo4j.boltURI(), "--spring.neo4j.authentication.username=neo4j",
                        "--spring.neo4j.authentication.password=unused", "--logging.level.org.neo4j.driver=WARN");
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

        assertThat(report.unmappedTriples()).isZero();
        assertThat(report.sourceId()).as("our own vocabulary brings its own sources").isNull();
        assertThat(report.nodesAdded()).isGreaterThan(700);
        assertIsomorphic(parse(first, format), parse(second, format));
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
