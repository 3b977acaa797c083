package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.SharedNeo4j;

/**
 * The offline import of the seed folder (Neo4j's import tool, no transactions) gives exactly the
 * graph the transactional loader gives: every node with its labels (Designated included) and
 * properties, every relationship with its evidence and dates. It refuses a destination that
 * already holds a database, and a bad folder with the loader's own problems.
 */
@GraphIntegrationTest
class OfflineSeedImportIT {

    @Autowired
    SeedLoader loader;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void createsTheSameGraphAsTheTransactionalLoader() throws IOException {
        List<String> loaded = GraphSnapshot.of(SharedNeo4j.boltUri());
        Path home = folder.resolve("db");

        assertThat(run("--into=" + home, "--seed=" + Path.of("seed-data").toUri())).as(err.toString(StandardCharsets.UTF_8)).isZero();
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
