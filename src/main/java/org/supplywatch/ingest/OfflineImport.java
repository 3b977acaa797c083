package org.supplywatch.ingest;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;

/**
 * Writes rows (the shape {@code ingest/merge-nodes} and {@code ingest/merge-relationships} take)
 * into a new database with Neo4j's own offline import tool ({@code neo4j-admin database import
 * full}, run in this JVM): CSV files per label and per relationship type, then the tool, then the
 * store opened once to count what landed. The tool writes store files directly, without
 * transactions, so it only creates a database, never adds to one: the {@code offline-import}
 * command for an empty embedded database, and the bulk-load baseline of the benchmark. Schema and
 * full-text index come at the service's first start, as for any database.
 */
public final class OfflineImport {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OfflineImport.class);

    /** What the store holds afterwards, and how long CSV writing plus the import took. */
    public record Result(long nodes, long relationships, double seconds) {
    }

    /** Between array items: a control character no name, passage or id contains (cells with one are refused). */
    private static final String ARRAY_DELIMITER = "\u001F";

    private OfflineImport() {
    }

    /**
     * Creates the database {@code neo4j} under {@code home} (refused if one is there) from the rows,
     * using {@code work} for the CSV files. Entities a DESIGNATES relationship points at also get
     * the derived Designated label, as every transactional write gives them.
     */
    public static Result run(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships, Path destination, Path work)
            throws IOException {
        Path home = destination.toAbsolutePath(); // Neo4j wants an absolute home
        if (Files.exists(home.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))) {
            throw new IllegalStateException(home + " already holds a database: the offline import only creates one");
        }
        Path folder = work.toAbsolutePath();
        FileSystemUtils.deleteRecursively(folder);
        Path csv = Files.createDirectories(folder.resolve("csv"));
        Files.createDirectories(home.resolve("conf"));
        Set<String> designated = new java.util.HashSet<>();
        relationships.stream().filter(row -> "DESIGNATES".equals(row.get("type"))).forEach(row -> designated.add((String) row.get("to")));

        long started = System.nanoTime();
        // The database name first: --nodes and --relationships take any number of files and would swallow it.
        List<String> arguments = new ArrayList<>(List.of(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
                "--array-delimiter=" + ARRAY_DELIMITER, "--multiline-fields=true", "--report-file=" + folder.resolve("import.report")));
        group(nodes, row -> row.get("label") + (designated.contains((String) row.get("id")) ? ":Designated" : "")).forEach((labels, rows) -> {
            Path file = csv.resolve("nodes-" + labels.replace(':', '-') + ".csv");
            writeNodes(rows, file);
            arguments.add("--nodes=Resource:" + labels + "=" + file);
        });
        group(relationships, row -> (String) row.get("type")).forEach((type, rows) -> {
            Path file = csv.resolve("relationships-" + type + ".csv");
            writeRelationships(rows, file);
            arguments.add("--relationships=" + type + "=" + file);
        });

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        LOG.info("Offline import of {} nodes and {} relationships into {}", nodes.size(), relationships.size(), home);
        ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, out, new DefaultFileSystemAbstraction());
        int status = new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
        double seconds = (System.nanoTime() - started) / 1e9;
        if (status != 0) {
            throw new IllegalStateException("neo4j-admin import failed (" + status + "): " + log.toString(StandardCharsets.UTF_8));
        }
        return count(home, seconds);
    }

    /** Opens the new store once, without Bolt, and counts it: the import is checked, not assumed. */
    private static Result count(Path home, double seconds) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .build();
        try {
            GraphDatabaseService database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            try (var tx = database.beginTx()) {
                long nodes = (long) tx.execute("MATCH (n) RETURN count(n) AS c").next().get("c");
                long relationships = (long) tx.execute("MATCH ()-[r]->() RETURN count(r) AS c").next().get("c");
                return new Result(nodes, relationships, seconds);
            }
        } finally {
            dbms.shutdown();
        }
    }

    private static Map<String, List<Map<String, Object>>> group(List<Map<String, Object>> rows,
            java.util.function.Function<Map<String, Object>, String> key) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return groups;
    }

    @SuppressWarnings("unchecked")
    private static void writeNodes(List<Map<String, Object>> rows, Path file) {
        List<Map<String, Object>> properties = rows.stream().map(row -> (Map<String, Object>) row.get("properties")).toList();
        List<String> keys = keys(properties, Set.of("id"));
        write(file, "id:ID," + header(keys, properties), properties.stream()
                .map(row -> quote(row.get("id")) + "," + values(keys, row)).toList());
    }

    @SuppressWarnings("unchecked")
    private static void writeRelationships(List<Map<String, Object>> rows, Path file) {
        List<Map<String, Object>> properties = rows.stream().map(row -> (Map<String, Object>) row.get("properties")).toList();
        List<String> keys = keys(properties, Set.of());
        List<String> lines = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            lines.add(quote(row.get("from")) + "," + quote(row.get("to")) + "," + values(keys, (Map<String, Object>) row.get("properties")));
        }
        write(file, ":START_ID,:END_ID," + header(keys, properties), lines);
    }

    private static List<String> keys(List<Map<String, Object>> rows, Set<String> except) {
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(row -> keys.addAll(row.keySet()));
        keys.removeAll(except);
        return List.copyOf(keys);
    }

    /** Each column typed by the first value found for it: string, string array, date, boolean, long or double. */
    private static String header(List<String> keys, List<Map<String, Object>> rows) {
        List<String> columns = new ArrayList<>();
        for (String key : keys) {
            Object sample = rows.stream().map(row -> row.get(key)).filter(value -> value != null).findFirst().orElse("");
            columns.add(key + switch (sample) {
                case List<?> list -> ":string[]";
                case LocalDate date -> ":date";
                case Boolean flag -> ":boolean";
                case Long number -> ":long";
                case Integer number -> ":long";
                case Double number -> ":double";
                default -> "";
            });
        }
        return String.join(",", columns);
    }

    private static String values(List<String> keys, Map<String, Object> row) {
        List<String> cells = new ArrayList<>(keys.size());
        for (String key : keys) {
            Object value = row.get(key);
            if (value instanceof String text && text.isEmpty()) {
                throw new IllegalArgumentException("empty string in " + key + ": the import tool would read it as no value");
            }
            cells.add(value == null ? "" : value instanceof List<?> list ? quote(joinArray(list)) : quote(value));
        }
        return String.join(",", cells);
    }

    private static String joinArray(List<?> values) {
        List<String> items = new ArrayList<>();
        for (Object value : values) {
            String text = String.valueOf(value);
            if (text.contains(ARRAY_DELIMITER) || text.isEmpty()) {
                throw new IllegalArgumentException("array item is empty or holds U+001F, which the import cannot carry: '" + text + "'");
            }
            items.add(text);
        }
        return String.join(ARRAY_DELIMITER, items);
    }

    private static String quote(Object value) {
        return "\"" + String.valueOf(value).replace("\"", "\"\"") + "\"";
    }

    private static void write(Path file, String header, List<String> lines) {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(header);
            writer.newLine();
            for (String line : lines) {
                writer.write(line);
                writer.newLine();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }
}
