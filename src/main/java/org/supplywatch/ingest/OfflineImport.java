package org.supplywatch.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The bulk-load baseline: the same rows the {@link BulkLoader} writes, as CSV files for Neo4j's
 * own offline import tool ({@code neo4j-admin database import full}), run in this JVM into a fresh
 * database home of its own, then opened to count what landed. The tool writes store files
 * directly, without transactions, so it only works on an empty, stopped database; that is why the
 * service loads through Cypher and this stays a measured comparison.
 */
final class AdminImportBaseline {

    /** What the tool wrote, and how long CSV writing plus the import took. */
    record Result(long nodes, long relationships, double seconds) {
    }

    private static final String ARRAY_DELIMITER = ";";

    private AdminImportBaseline() {
    }

    static Result run(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships, Path where) throws IOException {
        Path folder = where.toAbsolutePath(); // Neo4j wants an absolute home
        deleteRecursively(folder);
        Path csv = Files.createDirectories(folder.resolve("csv"));
        Path home = Files.createDirectories(folder.resolve("home"));
        Files.createDirectories(home.resolve("conf"));

        long started = System.nanoTime();
        // The database name first: --nodes and --relationships take any number of files and would swallow it.
        List<String> arguments = new ArrayList<>(List.of(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, "--overwrite-destination=true", "--array-delimiter=" + ARRAY_DELIMITER,
                "--report-file=" + folder.resolve("import.report")));
        group(nodes, row -> (String) row.get("label")).forEach((label, rows) -> {
            Path file = csv.resolve("nodes-" + label + ".csv");
            writeNodes(rows, file);
            arguments.add("--nodes=Resource:" + label + "=" + file);
        });
        group(relationships, row -> (String) row.get("type")).forEach((type, rows) -> {
            Path file = csv.resolve("relationships-" + type + ".csv");
            writeRelationships(rows, file);
            arguments.add("--relationships=" + type + "=" + file);
        });

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, out, new DefaultFileSystemAbstraction());
        int status = new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
        double seconds = (System.nanoTime() - started) / 1e9;
        if (status != 0) {
            throw new IllegalStateException("neo4j-admin import failed (" + status + "): " + log.toString(StandardCharsets.UTF_8));
        }
        return count(home, seconds);
    }

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

    /** Each column typed by the first value found for it: string, string array or date. */
    private static String header(List<String> keys, List<Map<String, Object>> rows) {
        List<String> columns = new ArrayList<>();
        for (String key : keys) {
            Object sample = rows.stream().map(row -> row.get(key)).filter(value -> value != null).findFirst().orElse("");
            columns.add(key + (sample instanceof List ? ":string[]" : sample instanceof LocalDate ? ":date" : ""));
        }
        return String.join(",", columns);
    }

    private static String values(List<String> keys, Map<String, Object> row) {
        List<String> cells = new ArrayList<>(keys.size());
        for (String key : keys) {
            Object value = row.get(key);
            cells.add(value == null ? "" : value instanceof List<?> list ? quote(joinArray(list)) : quote(value));
        }
        return String.join(",", cells);
    }

    private static String joinArray(List<?> values) {
        List<String> items = new ArrayList<>();
        for (Object value : values) {
            String text = String.valueOf(value);
            if (text.contains(ARRAY_DELIMITER)) {
                throw new IllegalArgumentException("array item contains the array delimiter: " + text);
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

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
