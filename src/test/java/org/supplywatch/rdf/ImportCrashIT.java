package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Transaction;
import org.supplywatch.SupplywatchApplication;

/**
 * kill -9 in the middle of an RDF import, for real: the service runs in a child JVM on an embedded
 * Neo4j, imports a file in small batches, and is killed (SIGKILL) once some batches are committed.
 * Then the store must hold whole entities only, and a record of the unfinished import that
 * matches exactly what was committed; importing the same file again completes it, removes the
 * record, and leaves the very graph a clean import gives; a third run changes nothing.
 */
class ImportCrashIT {

    private static final int ORGANISATIONS = 2_000;
    private static final Pattern WRITTEN = Pattern.compile("(\\d+) of (\\d+) rows written");

    @TempDir
    Path folder;

    @Test
    void aKilledImportLeavesWholeEntitiesAndARecordAndARerunCompletesIt() throws Exception {
        Path file = folder.resolve("organisations.ttl");
        Files.writeString(file, organisations(), StandardCharsets.UTF_8);
        Path crashed = folder.resolve("crashed");
        Path clean = folder.resolve("clean");

        long killedAt = importAndKill(crashed, file);

        try (Store store = Store.open(crashed)) {
            List<Map<String, Object>> runs = store.rows("MATCH (run:ImportRun) RETURN run.name AS name, run.rowsWritten AS written, "
                    + "run.rowsToWrite AS total");
            assertThat(runs).hasSize(1);
            long written = (long) runs.getFirst().get("written");
            long total = (long) runs.getFirst().get("total");
            assertThat(runs.getFirst().get("name")).isEqualTo("organisations.ttl");
            assertThat(written).isGreaterThanOrEqualTo(killedAt).isLessThan(total);
            long nodes = (long) store.rows("MATCH (n:Resource) RETURN count(n) AS c").getFirst().get("c");
            long relationships = (long) store.rows("MATCH (:Resource)-[r]->(:Resource) RETURN count(r) AS c").getFirst().get("c");
            assertThat(nodes + relationships).as("the record counts exactly what was committed").isEqualTo(written);
            assertThat(store.rows("MATCH (n:Company) WHERE n.name IS NULL OR n.sourceIds IS NULL OR n.passages IS NULL "
                    + "OR n.statementKinds IS NULL RETURN n.id AS id")).as("no half-written entity").isEmpty();
        }

        assertThat(runImport(crashed, file)).isZero();
        assertThat(runImport(clean, file)).isZero();
        String completed;
        try (Store store = Store.open(crashed)) {
            assertThat(store.rows("MATCH (run:ImportRun) RETURN run.id AS id")).isEmpty();
            completed = store.snapshot();
        }
        try (Store store = Store.open(clean)) {
            assertThat(store.snapshot()).isEqualTo(completed);
        }

        assertThat(runImport(crashed, file)).isZero();
        try (Store store = Store.open(crashed)) {
            assertThat(store.snapshot()).as("importing the same file again changes nothing").isEqualTo(completed);
        }
    }

    /** Starts an import in a child JVM and kills it with SIGKILL once a few batches are committed; returns rows committed then. */
    private long importAndKill(Path home, Path file) throws Exception {
        Process child = child(home, file, 20).start();
        long seen = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher matcher = WRITTEN.matcher(line);
                if (matcher.find() && Long.parseLong(matcher.group(1)) >= ORGANISATIONS / 2) {
                    seen = Long.parseLong(matcher.group(1));
                    assertThat(seen).as("killed before the last batch").isLessThan(Long.parseLong(matcher.group(2)));
                    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close of the store
                    break;
                }
                assertThat(line).as("the import must not finish before the kill").doesNotContain("): imported: ");
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("the import reached the writes before the kill").isPositive();
        return seen;
    }

    private int runImport(Path home, Path file) throws Exception {
        Process child = child(home, file, 500).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return child.exitValue();
    }

    private static ProcessBuilder child(Path home, Path file, int batch) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The killed child cannot delete its staging files: they go to a temporary folder of the test's own.
        Path temporary = Files.createDirectories(home.resolveSibling(home.getFileName() + "-tmp"));
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "--add-modules",
                "jdk.incubator.vector", "-Xmx512m", "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"),
                SupplywatchApplication.class.getName(), "rdf-import", "--input=" + file,
                "--supplywatch.embedded.data-directory=" + home, "--supplywatch.embedded.bolt-port=" + freePort(),
                "--supplywatch.seed.load-on-start=never", "--supplywatch.rdf.import-batch=" + batch,
                "--logging.level.root=WARN", "--logging.level.org.supplywatch.rdf=INFO"));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A chain of organisations in schema.org terms: each but the first with a parent organisation. */
    private static String organisations() {
        StringBuilder turtle = new StringBuilder("@prefix schema: <https://schema.org/> .\n");
        for (int i = 0; i < ORGANISATIONS; i++) {
            turtle.append("<http://example.org/org/").append(i).append("> a schema:Organization ; schema:name \"Crash Test Org ")
                    .append(i).append('"');
            if (i > 0) {
                turtle.append(" ; schema:parentOrganization <http://example.org/org/").append(i / 2).append('>');
            }
            turtle.append(" .\n");
        }
        return turtle.toString();
    }

    /** The child's store, opened in this JVM once the child has gone. */
    private record Store(DatabaseManagementService dbms) implements AutoCloseable {

        static Store open(Path home) {
            return new Store(new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                    .build());
        }

        List<Map<String, Object>> rows(String cypher) {
            try (Transaction tx = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                tx.execute(cypher).forEachRemaining(row -> rows.add(new TreeMap<>(row)));
                return rows;
            }
        }

        /** Every node and relationship with its labels and properties, in a stable order. */
        String snapshot() {
            List<String> lines = new ArrayList<>();
            rows("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties")
                    .forEach(row -> lines.add(row.get("id") + " " + sorted(row.get("labels")) + " " + properties(row.get("properties"))));
            rows("MATCH (a)-[r]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id AS id, [] AS labels, properties(r) AS properties")
                    .forEach(row -> lines.add(row.get("id") + " " + properties(row.get("properties"))));
            lines.sort(String::compareTo);
            return String.join("\n", lines);
        }

        /** Properties by key, arrays as lists (an array prints its identity, not its items). */
        private static Map<String, Object> properties(Object value) {
            Map<String, Object> properties = new TreeMap<>();
            ((Map<?, ?>) value).forEach((key, item) -> properties.put(String.valueOf(key),
                    item != null && item.getClass().isArray() ? java.util.Arrays.asList((Object[]) item) : item));
            return properties;
        }

        private static List<String> sorted(Object labels) {
            List<String> list = new ArrayList<>();
            ((List<?>) labels).forEach(label -> list.add(String.valueOf(label)));
            list.sort(String::compareTo);
            return list;
        }

        @Override
        public void close() {
            dbms.shutdown();
        }
    }
}
