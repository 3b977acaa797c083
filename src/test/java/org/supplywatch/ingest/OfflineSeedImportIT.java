package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.supplywatch.cypher.CypherCatalog;
import org.supplywatch.support.GraphSnapshot;

/**
 * The offline import of the seed folder (Neo4j's import tool, no transactions) gives exactly the
 * graph the transactional loader's Cypher gives on an empty database of its own: every node with
 * its labels (Designated included) and properties, every relationship with its evidence and dates.
 * It refuses a destination that already holds a database, and a bad folder with the loader's own
 * problems.
 */
class OfflineSeedImportIT {

    private static final Path SEED_DATA = Path.of("seed-data");

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void createsTheSameGraphAsTheTransactionalLoader() throws IOException {
        List<String> loaded = loadedThroughCypher();
        Path home = folder.resolve("db");

        assertThat(run("--into=" + home, "--seed=" + SEED_DATA.toUri())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nodes").contains("relationships");

        int port = freePort();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .build();
        try {
            assertThat(GraphSnapshot.of("bolt://127.0.0.1:" + port)).isEqualTo(loaded);
        } finally {
            dbms.shutdown();
        }

        assertThat(run("--into=" + home)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds a database");
    }

    @Test
    void refusesABadFolderWithTheLoadersProblemsAndWritesNothing() {
        Path home = folder.resolve("db");
        assertThat(run("--into=" + home, "--seed=" + folder.resolve("no-such-folder").toUri())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("sources.csv");
        assertThat(home.resolve("data")).doesNotExist();
        assertThat(run()).isEqualTo(2);
    }

    /** What SeedLoader writes, in its one transaction, on an empty Neo4j of this test's own. */
    private static List<String> loadedThroughCypher() {
        SeedGraph graph = SeedLoader.validated(SEED_DATA.toUri().toString());
        CypherCatalog catalog = new CypherCatalog();
        try (Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
                Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
                Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(catalog.get("ingest/merge-nodes").statement(), Map.of("rows", graph.nodes())).consume();
                tx.run(catalog.get("ingest/merge-relationships").statement(), Map.of("rows", graph.relationships())).consume();
                tx.run(catalog.get("ingest/mark-designated").statement()).consume();
            });
            return GraphSnapshot.of(neo4j.boltURI().toString());
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = OfflineSeedImport.COMMAND;
        System.arraycopy(args, 0, all, 1, args.length);
        return OfflineSeedImport.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
