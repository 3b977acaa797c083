package org.supplywatch.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;
import org.supplywatch.config.CommandOptions;

/**
 * The same jar as a command: {@code rdf-export --format=ntriples --output=graph.nt[.gz]} writes
 * the whole graph to a file, {@code rdf-import --input=file.ttl[.gz] [--format=turtle]} imports
 * one, with the same validation as the REST import. Both start the service without its web
 * server, on the embedded or the configured external Neo4j.
 */
public final class RdfCommandLine {

    public static final String EXPORT = "rdf-export";
    public static final String IMPORT = "rdf-import";

    private RdfCommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (EXPORT.equals(args[0]) || IMPORT.equals(args[0]));
    }

    /** Runs the command; the exit status is 0 on success, 1 when the input was refused, 2 on a usage error. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Optional<String> format = CommandOptions.value(rest, "format");
        Optional<String> output = CommandOptions.value(rest, "output");
        Optional<String> input = CommandOptions.value(rest, "input");
        if (EXPORT.equals(command) && output.isEmpty() || IMPORT.equals(command) && input.isEmpty()) {
            err.println("usage: " + EXPORT + " --output=FILE[.gz] [--format=" + String.join("|", RdfFormat.parameters().split(", "))
                    + "]\n       " + IMPORT + " --input=FILE[.gz] [--format=...]\n"
                    + "Spring options (e.g. --spring.neo4j.uri=bolt://host:7687) may follow.");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(rest)) {
            if (EXPORT.equals(command)) {
                Path file = Path.of(output.get());
                RdfFormat chosen = format.map(value -> RdfFormat.fromParameter(value).orElseThrow(() -> usage("format", value)))
                        .or(() -> RdfFormat.fromFileName(file.getFileName().toString()))
                        .orElse(RdfFormat.NTRIPLES);
                try (OutputStream stream = open(file)) {
                    context.getBean(RdfExporter.class).exportAll(chosen, stream);
                }
                err.println("Wrote the whole graph as " + chosen.parameter() + " to " + file.toAbsolutePath());
            } else {
                Path file = Path.of(input.get());
                RdfFormat chosen = RdfImportController.chosen(format.orElse(null), null, file.getFileName().toString());
                RdfImportReport report = context.getBean(RdfImporter.class)
                        .importFile(file.getFileName().toString(), () -> Files.newInputStream(file), chosen);
                out.println(context.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(report));
            }
            return 0;
        } catch (RdfRejectedException e) {
            err.println(e.getMessage());
            e.problems().forEach(problem -> err.println("  " + problem.place() + ": " + problem.reason()));
            return 1;
        } catch (IllegalArgumentException | org.supplywatch.query.InvalidParameterException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Could not write: " + e.getMessage());
            return 1;
        }
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(stream, 1 << 16) : stream;
    }

    private static IllegalArgumentException usage(String option, String value) {
        return new IllegalArgumentException("--" + option + " must be one of " + RdfFormat.parameters() + "; was '" + value + "'");
    }
}
