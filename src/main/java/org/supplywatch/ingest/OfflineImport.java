package org.supplywatch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /** What the store holds afterwards, how long CSV writing plus the import took, and the CSV writing alone. */
    public record Result(long nodes, long relationships, double seconds, double csvSeconds) {
    }

    /** Between array items: a control character no name, passage or id contains (cells with one are refused). */
    private static final String ARRAY_DELIMITER = "\u001F";

    private OfflineImport() {
    }

    /**
     * Creates the database {@code neo4j} under {@code home} (refused if one is there) from the rows,
     * using {@code work} for the CSV files. Entities a DESIGNATES relationship points at also get
     * the derived Designated label, as every transactional write gives them. The rows are read
     * three times (columns, designated entities and node numbers first, then the node lines and the
     * relationship lines, by two passes at once) and never held together; a node with two rows, or a relationship naming no node, is refused before the
     * tool runs, so no store is made.
     */
    public static Result run(RowSource rows, Path destination, Path work) throws IOException {
        Path home = destination.toAbsolutePath(); // Neo4j wants an absolute home
        if (Files.exists(home.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))) {
            throw new IllegalStateException(home + " already holds a database: the offline import only creates one");
        }
        Path folder = work.toAbsolutePath();
        FileSystemUtils.deleteRecursively(folder);
        Path csv = Files.createDirectories(folder.resolve("csv"));
        Files.createDirectories(home.resolve("conf"));

        long started = System.nanoTime();
        Columns nodeColumns = new Columns(Set.of("id"));
        Columns relationshipColumns = new Columns(Set.of());
        Set<String> designated = new java.util.HashSet<>();
        NodeNumbers numbers = new NodeNumbers();
        rows.forEach(row -> {
            nodeColumns.see((String) row.get("label"), properties(row));
            numbers.add((String) row.get("id"), (String) row.get("label"));
        }, row -> {
            relationshipColumns.see((String) row.get("type"), properties(row));
            if ("DESIGNATES".equals(row.get("type"))) {
                designated.add((String) row.get("to"));
            }
        });
        numbers.close();

        // The database name first: --nodes and --relationships take any number of files and would swallow it.
        List<String> arguments = new ArrayList<>(List.of(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, "--id-type=actual",
                "--array-delimiter=" + ARRAY_DELIMITER, "--report-file=" + folder.resolve("import.report")));
        try (ImportCsvFiles files = new ImportCsvFiles()) {
            // One file per label, in the order of their numbers (the tool wants them ascending across files), and one
            // per type; all opened before the lines are written, so the two writers below never share a file.
            for (String label : numbers.labels()) {
                files.open(nodeFile(csv, label), "--nodes=Resource:" + label + "=", join(":ID,id,:LABEL", nodeColumns.header(label)));
            }
            for (String type : relationshipColumns.groups()) {
                files.open(csv.resolve("relationships-" + type + ".csv"), "--relationships=" + type + "=",
                        join(":START_ID,:END_ID", relationshipColumns.header(type)));
            }
            // Nodes and relationships written at once, each by a pass of its own over the rows, on both cores: the
            // rows are made again for each pass anyway, and formatting them is most of the time before the tool runs.
            TwoPasses writers = new TwoPasses();
            writers.run(
                    () -> rows.forEach(writers.untilFailure(row -> {
                        String label = (String) row.get("label");
                        String id = (String) row.get("id");
                        files.line(nodeFile(csv, label), join(numbers.number(id) + "," + quote(id) + "," + (designated.contains(id)
                                ? "Designated" : ""), values(nodeColumns.keys(label), properties(row))));
                    }), RowSource.skip()),
                    () -> rows.forEach(RowSource.skip(), writers.untilFailure(row -> {
                        String type = (String) row.get("type");
                        files.line(csv.resolve("relationships-" + type + ".csv"), join(end(numbers, row, "from") + ","
                                + end(numbers, row, "to"), values(relationshipColumns.keys(type), properties(row))));
                    })));
            if (files.multiline()) {
                // Only when a value needs it (none does in the seed or the synthetic graph): the option
                // changes how the tool cuts its input into chunks, so it is not asked for by default.
                // At SF100 leaving it out made no measurable difference (BENCHMARKS.md).
                arguments.add("--multiline-fields=true");
            }
            arguments.addAll(files.arguments());
        }

        long written = System.nanoTime();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        LOG.info("Offline import of {} nodes and {} relationships into {}", nodeColumns.rows, relationshipColumns.rows, home);
        ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, out, new DefaultFileSystemAbstraction());
        int status = new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
        long imported = System.nanoTime();
        if (status != 0) {
            throw new IllegalStateException("neo4j-admin import failed (" + status + "): " + log.toString(StandardCharsets.UTF_8));
        }
        LOG.info("CSV files written in {} s, imported by the tool in {} s", String.format("%.1f", (written - started) / 1e9),
                String.format("%.1f", (imported - written) / 1e9));
        return count(home, (imported - started) / 1e9, (written - started) / 1e9);
    }

    /** Opens the new store once, without Bolt, and counts it: the import is checked, not assumed. */
    private static Result count(Path home, double seconds, double csvSeconds) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .build();
        try {
            GraphDatabaseService database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            try (var tx = database.beginTx()) {
                long nodes = (long) tx.execute("MATCH (n) RETURN count(n) AS c").next().get("c");
                long relationships = (long) tx.execute("MATCH ()-[r]->() RETURN count(r) AS c").next().get("c");
                return new Result(nodes, relationships, seconds, csvSeconds);
            }
        } finally {
            dbms.shutdown();
        }
    }

    @SuppressWarnings("unchecked") // rows hold their properties as a map
    private static Map<String, Object> properties(Map<String, Object> row) {
        return (Map<String, Object>) row.get("properties");
    }

    /**
     * A number for every node, which the tool takes as the node's own id ({@code --id-type=actual}): by label in order of
     * first appearance, then in row order, so that they ascend through the files in the order the tool is given them,
     * as it requires. With string ids the tool sorts them all and binary-searches them for both ends of every
     * relationship (most of its relationship stage in a profile at SF10).
     */
    private static final class NodeNumbers {
        private final NodeIdTable table = new NodeIdTable();
        private final Map<String, Integer> labels = new LinkedHashMap<>();
        private long[] counts = new long[8];
        private long[] offsets;

        void add(String id, String label) {
            int index = labels.computeIfAbsent(label, key -> labels.size());
            if (index == counts.length) {
                counts = java.util.Arrays.copyOf(counts, counts.length * 2);
            }
            if (!table.add(id, ((long) index << 32) | counts[index])) {
                throw new IllegalArgumentException("node " + id + " has two rows; the offline import takes one row per node");
            }
            counts[index]++;
        }

        /** Fixes where each label's numbers start, once every node is added. */
        void close() {
            offsets = new long[labels.size()];
            for (int index = 1; index < offsets.length; index++) {
                offsets[index] = offsets[index - 1] + counts[index - 1];
            }
        }

        List<String> labels() {
            return List.copyOf(labels.keySet());
        }

        /** The node's number, or -1 if no node row has the id. */
        long number(String id) {
            long value = table.get(id);
            return value < 0 ? -1 : offsets[(int) (value >>> 32)] + (value & 0xFFFF_FFFFL);
        }
    }

    /** The property columns of each file (label or type): every key seen, typed by its first value. */
    private static final class Columns {
        private final Set<String> except;
        private final Map<String, Map<String, Object>> samples = new LinkedHashMap<>();
        long rows;

        Columns(Set<String> except) {
            this.except = except;
        }

        void see(String group, Map<String, Object> properties) {
            rows++;
            Map<String, Object> sample = samples.computeIfAbsent(group, g -> new LinkedHashMap<>());
            properties.forEach((key, value) -> {
                if (!except.contains(key)) {
                    sample.putIfAbsent(key, "");
                    if (value != null && "".equals(sample.get(key))) {
                        sample.put(key, value);
                    }
                }
            });
        }

        List<String> keys(String group) {
            return List.copyOf(samples.get(group).keySet());
        }

        /** The labels or types seen, in the order first seen. */
        List<String> groups() {
            return List.copyOf(samples.keySet());
        }

        /** Each column typed by the first value found for it: string, string array, date, boolean, long or double. */
        String header(String group) {
            List<String> columns = new ArrayList<>();
            samples.get(group).forEach((key, sample) -> columns.add(key + switch (sample) {
                case List<?> list -> ":string[]";
                case LocalDate date -> ":date";
                case Boolean flag -> ":boolean";
                case Long number -> ":long";
                case Integer number -> ":long";
                case Double number -> ":double";
                default -> "";
            }));
            return String.join(",", columns);
        }
    }

    private static Path nodeFile(Path csv, String label) {
        return csv.resolve("nodes-" + label.replace(':', '-') + ".csv");
    }

    /** The node number of a relationship's end; refused, naming the row, when no node row has that id. */
    private static long end(NodeNumbers numbers, Map<String, Object> row, String end) {
        String id = (String) row.get(end);
        long number = numbers.number(id);
        if (number < 0) {
            throw new IllegalArgumentException("relationship " + row.get("from") + " -" + row.get("type") + "-> " + row.get("to")
                    + ": no node has the id " + id);
        }
        return number;
    }

    /** Cells joined by commas, the second part left out when it is empty (a label or type without other columns). */
    private static String join(String first, String rest) {
        return rest.isEmpty() ? first : first + "," + rest;
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
}
