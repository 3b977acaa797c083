package org.supplywatch.rdf;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows kept on disk between an import's validation and its writes: the file is translated once,
 * checked whole, and only then read back in batches, nodes before relationships (a relationship
 * needs both its ends). Memory stays flat whatever the size of the import. Closing deletes it.
 */
final class RowSpill<T> implements AutoCloseable {

    /** The stream's back-references are dropped this often, or it would hold every row written. */
    private static final int RESET_EVERY = 1_000;

    /** Rows hold our records, Java's collections, strings, numbers and dates; nothing else is read back. */
    private static final ObjectInputFilter ONLY_ROWS = ObjectInputFilter.Config.createFilter("org.supplywatch.**;java.**;!*");

    private final Path file;
    private ObjectOutputStream out;
    private long count;

    RowSpill(String name) {
        try {
            this.file = Files.createTempFile("supplywatch-rdf-import-" + name + "-", ".bin");
            this.out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the import's spill file", e);
        }
    }

    void append(T row) {
        try {
            out.writeObject(row);
            if (++count % RESET_EVERY == 0) {
                out.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import's spill file " + file, e);
        }
    }

    long count() {
        return count;
    }

    /** Reads every row back, in the order written, handing them over in lists of at most batchSize. */
    @SuppressWarnings("unchecked") // only rows of type T were written
    void forEachBatch(int batchSize, Consumer<List<T>> batches) {
        closeOutput();
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            in.setObjectInputFilter(ONLY_ROWS);
            List<T> batch = new ArrayList<>(batchSize);
            for (long read = 0; read < count; read++) {
                batch.add((T) in.readObject());
                if (batch.size() == batchSize) {
                    batches.accept(batch);
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                batches.accept(batch);
            }
        } catch (EOFException e) {
            throw new IllegalStateException("the import's spill file " + file + " ended early", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import's spill file " + file, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closeOutput();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the import's spill file " + file, e);
        }
    }

    private void closeOutput() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the import's spill file " + file, e);
            }
            out = null;
        }
    }
}
