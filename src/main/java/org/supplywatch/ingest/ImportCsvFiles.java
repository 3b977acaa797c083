package org.supplywatch.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV file per label or type, each opened (header first) before any line is written; the tool's arguments name
 * each. Lines of different files may be written from different threads, of one file from one thread.
 */
final class ImportCsvFiles implements AutoCloseable {

    private final Map<Path, BufferedWriter> writers = new LinkedHashMap<>();
    private final List<String> arguments = new ArrayList<>();
    /** Whether some value holds a line break, so that a quoted cell spans lines. */
    private volatile boolean multiline;

    void open(Path file, String argument, String header) {
        try {
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            writers.put(file, writer);
            arguments.add(argument + file);
            writer.write(header);
            writer.newLine();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    boolean multiline() {
        return multiline;
    }

    void line(Path file, String line) {
        try {
            BufferedWriter writer = writers.get(file);
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                multiline = true;
            }
            writer.write(line);
            writer.newLine();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    List<String> arguments() {
        return arguments;
    }

    @Override
    public void close() throws IOException {
        for (BufferedWriter writer : writers.values()) {
            writer.close();
        }
    }
}
