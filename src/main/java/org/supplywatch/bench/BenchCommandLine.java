package org.supplywatch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.Comparator;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.supplywatch.cypher.QueryPlanWarmUp;
import org.supplywatch.config.CommandOptions;

/**
 * The jar's bench mode: {@code bench --scale=1 [--samples=200] [--seed=42] [--rdf=true] [--keep=false] [--reuse=false]
 * [--queries=traces,paths,exposure] [--import-only=false] [--output=target/bench]} starts the whole service on a fresh embedded database (no seed data), generates and loads
 * the synthetic graph, runs the benchmarks and writes {@code sf<scale>.md} to the output folder.
 * {@code --keep=true} leaves the database ({@code sf<scale>-db}) for exploring or profiling: start
 * the service on it with {@code --supplywatch.embedded.data-directory} (after an RDF round trip it
 * holds the imported graph). {@code --reuse=true} runs the queries on the database an earlier run of the same scale
 * and seed kept, without loading it again (no bulk-load row; an hour saved at SF100 when only a query changed), and
 * keeps it. {@code --import-only=true} runs only the RDF import (against Jena's parse of the same file) of the export
 * an earlier {@code --keep=true} run of the same scale left in {@code sf<scale>-files}, into a fresh database, and keeps
 * the imported graph.
 * Exit status 1 when an answer disagreed with the in-memory BFS.
 */
public final class BenchCommandLine {

    public static final String COMMAND = "bench";
    private static final String PAGE_CACHE = "supplywatch.embedded.page-cache";
    /** Store size per unit of scale, with room for the RDF round trip's rewrite: about 46 MB measured at SF10 and SF100. */
    private static final long PAGE_CACHE_MB_PER_SCALE = 64;

    private BenchCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** An option's value, or its default; a value that does not parse is refused with the option's name. */
    static <T> T option(String[] args, String name, String fallback, Function<String, T> parser) {
        String text = CommandOptions.value(args, name).orElse(fallback);
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + name + " must be " + ("true".equals(fallback) || "false".equals(fallback)
                    ? "true or false" : "a number") + ", was '" + text + "'", e);
        }
    }

    /** {@code --queries=traces,paths,exposure}: which query benchmarks run; a name not among them stops the run. */
    static Set<String> queries(String text) {
        Set<String> queries = new LinkedHashSet<>();
        for (String query : text.split(",")) {
            String name = query.strip();
            if (!BenchmarkHarness.Options.QUERIES.contains(name)) {
                throw new IllegalArgumentException("--queries takes " + String.join(", ", new TreeSet<>(
                        BenchmarkHarness.Options.QUERIES)) + " (comma-separated), was '" + text + "'");
            }
            queries.add(name);
        }
        return queries;
    }

    private static boolean parseFlag(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    public static int run(Class<?> application, String[] args, PrintStream out) throws IOException {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        double scale = option(rest, "scale", "1", Double::parseDouble);
        int samples = option(rest, "samples", "200", Integer::parseInt);
        long seed = option(rest, "seed", "42", Long::parseLong);
        boolean rdf = option(rest, "rdf", "true", BenchCommandLine::parseFlag);
        boolean reuse = option(rest, "reuse", "false", BenchCommandLine::parseFlag);
        Set<String> queries = queries(CommandOptions.value(rest, "queries").orElse(String.join(",", BenchmarkHarness.Options.QUERIES)));
        boolean importOnly = option(rest, "import-only", "false", BenchCommandLine::parseFlag);
        if (reuse && importOnly) {
            throw new IllegalArgumentException("--import-only=true imports into an empty database; it cannot --reuse=true one");
        }
        // The imported graph is the benchmark's graph again: kept, for --reuse=true.
        boolean keep = reuse || importOnly || option(rest, "keep", "false", BenchCommandLine::parseFlag);
        Path output = Path.of(CommandOptions.value(rest, "output").orElse("target/bench"));
        String name = "sf" + (scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale));
        Path database = output.resolve(name + "-db");
        if (reuse && !Files.isDirectory(database)) {
            throw new IllegalArgumentException("--reuse=true needs the database an earlier run with --keep=true left in " + database);
        }
        if (!reuse) {
            delete(database);
        }
        List<String> defaults = new ArrayList<>(List.of("--server.port=0", "--supplywatch.embedded.bolt-port=0",
                "--supplywatch.embedded.data-directory=" + database, "--supplywatch.seed.load-on-start=never",
                "--supplywatch.query.timeout=60s", "--supplywatch.query.max-limit=1000"));
        if (CommandOptions.value(rest, PAGE_CACHE).isEmpty()) {
            defaults.add("--" + PAGE_CACHE + "=" + pageCacheMegabytes(scale) + "MB");
        }
        String[] springArgs = Stream.concat(defaults.stream(),
                Arrays.stream(rest).filter(arg -> arg.startsWith("--spring.") || arg.startsWith("--supplywatch.") || arg.startsWith("--logging.")))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).run(springArgs)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            // Measure alone: the start-up's background planning of the queries must be over first.
            context.getBean(QueryPlanWarmUp.class).awaitDone(java.time.Duration.ofMinutes(2));
            BenchmarkReport report = context.getBean(BenchmarkHarness.class)
                    .run(new BenchmarkHarness.Options(scale, seed, samples, port, output.resolve(name + "-files"), rdf, !reuse && !importOnly,
                            queries, importOnly));
            report.setup = String.format(java.util.Locale.ROOT, "JVM heap at most %,d MB; Neo4j page cache %s; %d processors.",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), context.getEnvironment().getProperty(PAGE_CACHE),
                    Runtime.getRuntime().availableProcessors());
            String markdown = report.markdown();
            Files.createDirectories(output);
            Files.writeString(output.resolve(name + ".md"), markdown);
            out.println(markdown);
            report.mismatches().forEach(mismatch -> out.println("MISMATCH " + mismatch));
            return report.mismatches().isEmpty() ? 0 : 1;
        } finally {
            if (!keep) {
                // The export (17 GB at SF100) and the offline import's folders go too: nothing of a run is left but its table.
                delete(database);
                delete(output.resolve(name + "-files"));
            }
        }
    }

    /**
     * A page cache that holds the whole store, as Neo4j's operations manual advises for a database
     * that should answer from memory (the service's default, 256 MB, is sized for the seed graph):
     * 64 MB per unit of scale, never less than the default. Pass the option to choose another.
     */
    static long pageCacheMegabytes(double scale) {
        return Math.max(256, (long) Math.ceil(scale * PAGE_CACHE_MB_PER_SCALE));
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
