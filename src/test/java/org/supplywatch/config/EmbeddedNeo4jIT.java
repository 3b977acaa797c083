package org.supplywatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.supplywatch.SupplywatchApplication;
import org.supplywatch.cypher.InProcessDatabase;
import org.supplywatch.cypher.InProcessWrites;
import org.supplywatch.query.WalkMemory;
import org.supplywatch.rdf.RdfFormat;
import org.supplywatch.rdf.RdfImporter;
import org.supplywatch.support.DriverLoggingProbe;
import org.supplywatch.support.GraphSnapshot;

/**
 * The default mode: no spring.neo4j.uri, so the service starts Neo4j in its own process with
 * Bolt open on loopback, loads the seed graph at first start, and finds it again after a restart.
 */
class EmbeddedNeo4jIT {

    @TempDir
    Path dataDirectory;

    @Test
    void startsEmbeddedNeo4jLoadsTheSeedAndKeepsItAcrossRestarts() {
        List<String> firstRun;
        try (ConfigurableApplicationContext app = start()) {
            String bolt = boltUri(app);
            assertThat(bolt).startsWith("bolt://127.0.0.1:");
            firstRun = GraphSnapshot.of(bolt);
            assertThat(GraphSnapshot.count(bolt, "MATCH (b:Brand {id: 'brand/lorex'}) RETURN count(b)")).isEqualTo(1);
            assertThat(GraphSnapshot.count(bolt, "SHOW CONSTRAINTS YIELD name WHERE name = 'resource_id_unique' RETURN count(*)"))
                    .isEqualTo(1);
        }
        try (ConfigurableApplicationContext app = start()) {
            assertThat(GraphSnapshot.of(boltUri(app))).isEqualTo(firstRun);
        }
    }

    @Test
    void theEmbeddedModesDriverIsConfiguredAsSpringBootsIsAndFormatsNoDebugLineWhileDebugIsOff() {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean("neo4jDriver")).isInstanceOf(Driver.class);
            assertThat(DriverLoggingProbe.formattingsOfOneDebugLine(app, false)).isZero();
            assertThat(DriverLoggingProbe.formattingsOfOneDebugLine(app, true)).isEqualTo(1);
        }
    }

    @Test
    void neo4jBrowserCanConnectOverBoltWithoutCredentials() {
        try (ConfigurableApplicationContext app = start();
                Driver browserLike = GraphDatabase.driver(boltUri(app), AuthTokens.none());
                Session session = browserLike.session()) {
            assertThat(session.run("MATCH (l:RestrictionList) RETURN count(l) AS lists").single().get("lists").asLong())
                    .isEqualTo(4);
        }
    }

    @Test
    void readsInProcessByDefaultAndOverBoltWhenAskedWithTheSameAnswer() throws Exception {
        String inProcess;
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBeanProvider(InProcessDatabase.class).getIfAvailable()).isNotNull();
            inProcess = lorexTrace(app);
        }
        try (ConfigurableApplicationContext app = start("supplywatch.embedded.read-in-process=false")) {
            assertThat(app.getBeanProvider(InProcessDatabase.class).getIfAvailable()).isNull();
            assertThat(lorexTrace(app)).isEqualTo(inProcess);
        }
        assertThat(inProcess).contains("\"designatedEntity\":{\"id\":\"company/dahua-technology\"")
                .contains("source/dear-dahua-and-lorex-partners-2022");
    }

    @Test
    void writesInProcessByDefaultAndThroughTheDriverWhenAskedLeavingTheSameGraph(@TempDir Path driverWritten) throws Exception {
        List<String> inProcess;
        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            assertThat(app.getBeanProvider(InProcessWrites.class).getIfAvailable()).isNotNull();
            importTwice(app);
            inProcess = GraphSnapshot.of(boltUri(app));
        }
        try (ConfigurableApplicationContext app = start(driverWritten, "supplywatch.embedded.write-in-process=false")) {
            assertThat(app.getBeanProvider(InProcessWrites.class).getIfAvailable()).isNull();
            importTwice(app);
            assertThat(GraphSnapshot.of(boltUri(app))).isEqualTo(inProcess);
        }
        // The seed load, an RDF import that adds to it (reads inside the write transaction, merged evidence), twice.
        assertThat(inProcess).anyMatch(row -> row.contains("source/rdf-import-")).anyMatch(row -> row.startsWith("brand/lorex "));
    }

    /**
     * The exposure walks keep what they read between reports (the walk memory, a listener of the embedded database's
     * transactions): a write made over Bolt, as a researcher in Neo4j Browser would make it, shows in the next report.
     */
    @Test
    void theNextExposureReportShowsAWriteMadeOverBoltAfterTheWalksKeptWhatTheyRead() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            WalkMemory memory = app.getBean(WalkMemory.class);
            assertThat(wholeExposureReport(app)).contains("\"name\":\"Lorex\"");
            assertThat(memory.entries()).as("the walk kept what it read").isPositive();
            try (Driver browserLike = GraphDatabase.driver(boltUri(app), AuthTokens.none()); Session session = browserLike.session()) {
                session.run("MATCH (b:Brand {id: 'brand/lorex'}) SET b.name = 'Lorex Renamed'").consume();
            }
            assertThat(wholeExposureReport(app)).contains("\"name\":\"Lorex Renamed\"").doesNotContain("\"name\":\"Lorex\"");
        }
    }

    private static String wholeExposureReport(ConfigurableApplicationContext app) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/exposure/all?list=list/us-bis-entity-list&format=ndjson")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** An RDF file of mapped vocabularies imported twice: the second time, every row is read back and found unchanged. */
    private static void importTwice(ConfigurableApplicationContext app) throws Exception {
        byte[] file = new ClassPathResource("rdf/mapped-vocabularies.ttl").getContentAsByteArray();
        RdfImporter importer = app.getBean(RdfImporter.class);
        for (int run = 0; run < 2; run++) {
            importer.importFile("mapped-vocabularies.ttl", () -> new ByteArrayInputStream(file), RdfFormat.TURTLE);
        }
    }

    /** The trace of brand/lorex to the Entity List, over the service's own HTTP port. */
    private static String lorexTrace(ConfigurableApplicationContext app) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/traces/brands-to-designated-parents?brand=brand/lorex&list=list/us-bis-entity-list")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void refusesToOpenBoltBeyondLoopbackWithoutAPassword() {
        assertThatThrownBy(() -> start("supplywatch.embedded.bolt-host=0.0.0.0").close())
                .rootCause().hasMessageContaining("supplywatch.embedded.password");
    }

    @Test
    void requiresThePasswordWhenOneIsConfigured() {
        try (ConfigurableApplicationContext app = start("supplywatch.embedded.bolt-host=0.0.0.0",
                "supplywatch.embedded.password=a-test-password")) {
            String bolt = "bolt://127.0.0.1:" + app.getBean(EmbeddedBoltAddress.class).uri().replaceAll(".*:", "");
            try (Driver anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(org.neo4j.driver.exceptions.ClientException.class);
            }
            try (Driver authenticated = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "a-test-password"));
                    Session session = authenticated.session()) {
                assertThat(session.run("MATCH (b:Brand {id: 'brand/lorex'}) RETURN count(b) AS n").single().get("n").asLong())
                        .isEqualTo(1);
            }
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        return start(dataDirectory, extra);
    }

    private static ConfigurableApplicationContext start(Path data, String... extra) {
        // Command-line arguments: they outrank application.yml, as they would for a user.
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
                "--supplywatch.embedded.data-directory=" + data,
                "--supplywatch.embedded.bolt-port=0",
                "--supplywatch.embedded.page-cache=32MB"));
        java.util.Arrays.stream(extra).map(property -> "--" + property).forEach(arguments::add);
        return new SpringApplicationBuilder(SupplywatchApplication.class).run(arguments.toArray(String[]::new));
    }

    private static String boltUri(ConfigurableApplicationContext app) {
        return app.getBean(EmbeddedBoltAddress.class).uri();
    }
}
