package org.supplywatch.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.supplywatch.config.CommandOptions;

/**
 * The same jar as a command for large seed folders and an empty embedded database:
 * {@code offline-import --into=data/neo4j [--seed=file:/path/to/folder/]} validates the folder
 * exactly as the loader does (all or nothing, file/line/field on every problem) and then creates
 * the database with Neo4j's offline import tool instead of transactions: several times faster
 * (see BENCHMARKS.md), but only into a database that does not exist yet. Start the service on
 * that directory afterwards; it adds the constraints and the full-text index at start-up.
 */
public final class OfflineSeedImport {

    public static final String COMMAND = "offline-import";
    private static final String DEFAULT_SEED = "classpath:seed-data/";

    private OfflineSeedImport() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** Runs the command; the exit status is 0 on success, 1 when the input or the destination was refused, 2 on a usage error. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Optional<String> into = CommandOptions.value(rest, "into");
        if (into.isEmpty()) {
            err.println("usage: " + COMMAND + " --into=DATA_DIRECTORY [--seed=LOCATION]\n"
                    + "  DATA_DIRECTORY: where the embedded Neo4j keeps its files (supplywatch.embedded.data-directory, e.g. data/neo4j);\n"
                    + "                  it must not hold a database yet\n"
                    + "  LOCATION: the seed folder, file:/path/to/folder/ or classpath:seed-data/ (the default)");
            return 2;
        }
        String seed = CommandOptions.value(rest, "seed").orElse(DEFAULT_SEED);
        try {
            SeedGraph graph = SeedLoader.validated(seed);
            Path work = Files.createTempDirectory("supplywatch-offline-import");
            OfflineImport.Result result = OfflineImport.run(RowSource.of(graph.nodes(), graph.relationships()), Path.of(into.get()), work);
            org.springframework.util.FileSystemUtils.deleteRecursively(work);
            out.printf("Imported %s into %s: %d nodes, %d relationships in %.1f s%n", seed, into.get(), result.nodes(),
                    result.relationships(), result.seconds());
            return 0;
        } catch (SeedRejectedException e) {
            err.println("Refused, nothing written: " + e.getMessage());
            e.problems().forEach(problem -> err.println("  " + problem));
            return 1;
        } catch (IllegalStateException | IllegalArgumentException | IOException e) {
            err.println("Refused: " + e.getMessage());
            return 1;
        }
    }
}
