package org.supplywatch.rdf;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * An external sort of byte records, the way the staging store is built: records are gathered in a
 * chunk of memory; a full chunk is sorted, rid of duplicates and written as a run file on another
 * thread while the next one fills; at the end the runs are merged into one {@link SortedFile}.
 * Memory is at most two chunks whatever the input's size. Records compare as unsigned bytes;
 * a group is the records that share their first {@code groupCodewords} term codewords.
 */
final class SortedRecords implements AutoCloseable {

    private static final int STREAM_BUFFER = 1 << 16;

    private final Path directory;
    private final String name;
    private final int groupCodewords;
    private final int chunkBytes;
    private final ExecutorService sorter;
    private final List<Path> runs = new ArrayList<>();
    private Chunk filling;
    private Chunk spare;
    private Future<?> sorting;

    /**
     * @param directory where the runs and the sorted file go
     * @param groupCodewords how many leading codewords make a record's group (and the sorted file's lookup key)
     * @param chunkBytes the most a chunk of records holds before it is sorted
     * @param sorter the thread that sorts full chunks
     */
    SortedRecords(Path directory, String name, int groupCodewords, int chunkBytes, ExecutorService sorter) {
        this.directory = directory;
        this.name = name;
        this.groupCodewords = groupCodewords;
        this.chunkBytes = chunkBytes;
        this.sorter = sorter;
        this.filling = new Chunk(Math.min(chunkBytes, 1 << 16));
    }

    /** Adds a record (its bytes are copied). */
    void add(ByteSink record) {
        if (!filling.fits(record.size(), chunkBytes)) {
            handOver();
        }
        filling.add(record.array(), record.size(), chunkBytes);
    }

    /** Sorts what is left, merges every run into one sorted file, and deletes the runs. */
    SortedFile finish(LongConsumer merged) {
        awaitSorting();
        Path file = directory.resolve(name + ".sorted");
        try {
            if (filling.count > 0) {
                // The last chunk is sorted here, on the thread that merges: the parser is done.
                Path run = directory.resolve(name + "-run-" + runs.size() + ".bin");
                runs.add(run);
                filling.writeSorted(run);
            }
            filling = null;
            spare = null;
            SortedFile.Writer writer = new SortedFile.Writer(file, groupCodewords);
            try (writer) {
                merge(writer, merged);
            }
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
            runs.clear();
            return writer.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import's staging file " + file, e);
        }
    }

    @Override
    public void close() {
        if (sorting != null) {
            sorting.cancel(false);
        }
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                // The staging directory is deleted as a whole afterwards.
            }
        }
    }

    /** Hands the full chunk to the sorting thread, once the one before it is written, and fills the other. */
    private void handOver() {
        awaitSorting();
        Chunk full = filling;
        Path run = directory.resolve(name + "-run-" + runs.size() + ".bin");
        runs.add(run);
        sorting = sorter.submit(() -> {
            full.writeSorted(run);
            return null;
        });
        filling = spare != null ? spare : new Chunk(Math.min(chunkBytes, 1 << 20));
        spare = full;
    }

    private void awaitSorting() {
        if (sorting == null) {
            return;
        }
        try {
            sorting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the import's staging sorted its records", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException failure) {
                throw failure;
            }
            if (e.getCause() instanceof IOException failure) {
                throw new UncheckedIOException("cannot write the import's staging runs", failure);
            }
            throw new IllegalStateException("the import's staging could not sort its records", e.getCause());
        } finally {
            sorting = null;
        }
        spare.clear();
    }

    private void merge(SortedFile.Writer writer, LongConsumer merged) throws IOException {
        PriorityQueue<RunReader> heads = new PriorityQueue<>(Math.max(1, runs.size()), RunReader::compareTo);
        List<RunReader> readers = new ArrayList<>();
        try {
            for (Path run : runs) {
                RunReader reader = new RunReader(run);
                readers.add(reader);
                if (reader.next()) {
                    heads.add(reader);
                }
            }
            long count = 0;
            while (!heads.isEmpty()) {
                RunReader head = heads.poll();
                writer.add(head.record, head.length);
                if (++count % 1_000_000 == 0) {
                    merged.accept(count);
                }
                if (head.next()) {
                    heads.add(head);
                }
            }
        } finally {
            for (RunReader reader : readers) {
                reader.close();
            }
        }
    }

    /** Records in one array, with where each starts and how long it is. */
    private static final class Chunk {

        private byte[] data;
        private int used;
        private int[] starts = new int[1024];
        private int[] lengths = new int[1024];
        private int count;

        Chunk(int capacity) {
            this.data = new byte[capacity];
        }

        boolean fits(int length, int limit) {
            return count == 0 || (long) used + length <= limit;
        }

        void add(byte[] record, int length, int limit) {
            if (used + length > data.length) {
                long grown = Math.max(Math.min((long) data.length * 2, limit), (long) used + length);
                data = Arrays.copyOf(data, (int) grown);
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            System.arraycopy(record, 0, data, used, length);
            starts[count] = used;
            lengths[count] = length;
            used += length;
            count++;
        }

        void clear() {
            used = 0;
            count = 0;
        }

        /** Sorts the records and writes them, each once, as a run. */
        void writeSorted(Path run) throws IOException {
            int[] order = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            sort(order, new int[count], 0, count);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(run), 1 << 20)) {
                ByteSink header = new ByteSink(16);
                int previous = -1;
                for (int index : order) {
                    if (previous >= 0 && compare(previous, index) == 0) {
                        continue;
                    }
                    header.clear();
                    header.writeVarint(lengths[index]);
                    out.write(header.array(), 0, header.size());
                    out.write(data, starts[index], lengths[index]);
                    previous = index;
                }
            }
        }

        private int compare(int a, int b) {
            return Arrays.compareUnsigned(data, starts[a], starts[a] + lengths[a], data, starts[b], starts[b] + lengths[b]);
        }

        /** A merge sort of record numbers by their bytes: stable, no boxing, n log n whatever the input. */
        private void sort(int[] order, int[] scratch, int from, int to) {
            if (to - from <= 16) {
                for (int i = from + 1; i < to; i++) {
                    int moving = order[i];
                    int j = i - 1;
                    while (j >= from && compare(order[j], moving) > 0) {
                        order[j + 1] = order[j];
                        j--;
                    }
                    order[j + 1] = moving;
                }
                return;
            }
            int middle = (from + to) >>> 1;
            sort(order, scratch, from, middle);
            sort(order, scratch, middle, to);
            if (compare(order[middle - 1], order[middle]) <= 0) {
                return;
            }
            System.arraycopy(order, from, scratch, from, to - from);
            int left = from;
            int right = middle;
            for (int i = from; i < to; i++) {
                if (right >= to || left < middle && compare(scratch[left], scratch[right]) <= 0) {
                    order[i] = scratch[left++];
                } else {
                    order[i] = scratch[right++];
                }
            }
        }
    }

    /** One run's records in order, the current one in {@link #record}. */
    private static final class RunReader implements Comparable<RunReader>, AutoCloseable {

        private final DataInputStream in;
        private byte[] record = new byte[256];
        private int length;

        RunReader(Path run) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), STREAM_BUFFER));
        }

        boolean next() throws IOException {
            long size = readVarint(in);
            if (size < 0) {
                return false;
            }
            length = (int) size;
            if (length > record.length) {
                record = new byte[Math.max(length, record.length * 2)];
            }
            in.readFully(record, 0, length);
            return true;
        }

        @Override
        public int compareTo(RunReader other) {
            return Arrays.compareUnsigned(record, 0, length, other.record, 0, other.length);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        /** The next varint, or -1 at the end of the run. */
        private static long readVarint(InputStream in) throws IOException {
            long value = 0;
            int shift = 0;
            while (true) {
                int next = in.read();
                if (next < 0) {
                    if (shift == 0) {
                        return -1;
                    }
                    throw new EOFException("a staging run ends inside a record");
                }
                value |= (long) (next & 0x7F) << shift;
                if ((next & 0x80) == 0) {
                    return value;
                }
                shift += 7;
            }
        }
    }
}
