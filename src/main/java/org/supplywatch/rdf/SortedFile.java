package org.supplywatch.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongPredicate;

/**
 * Sorted byte records on disk, memory-mapped, read in order or looked up by group: the records
 * sharing their first codewords (a subject, say). Each record is {@code [flag][varint length]
 * [bytes]}, the flag set on the first record of a group, so groups are told apart without
 * comparing records. A sparse index in memory (a group start every {@value #INDEX_EVERY} bytes or
 * more) takes a lookup to within one stretch of the file. Groups are numbered in order from 0:
 * the number is a group's ordinal. Used by one thread at a time once written; closing unmaps it.
 */
final class SortedFile implements AutoCloseable {

    static final int INDEX_EVERY = 1 << 14;

    private final Arena arena;
    private final MemorySegment segment;
    private final byte[] keys;
    private final int[] keyStarts;
    private final long[] offsets;
    private final long[] ordinals;
    private final int indexed;
    private final long records;
    private final long groups;

    private SortedFile(Path file, Writer written) throws IOException {
        this.arena = Arena.ofShared();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            this.segment = channel.size() == 0 ? MemorySegment.NULL : channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena);
        }
        this.keys = Arrays.copyOf(written.keys.array(), written.keys.size());
        this.keyStarts = Arrays.copyOf(written.keyStarts, written.indexed + 1);
        this.keyStarts[written.indexed] = written.keys.size();
        this.offsets = Arrays.copyOf(written.offsets, written.indexed);
        this.ordinals = Arrays.copyOf(written.ordinals, written.indexed);
        this.indexed = written.indexed;
        this.records = written.records;
        this.groups = written.groups;
    }

    /** Distinct records. */
    long records() {
        return records;
    }

    long groups() {
        return groups;
    }

    /** One group's records, and its ordinal. */
    record Group(long ordinal, List<byte[]> records) {
    }

    /** The group whose leading codewords are exactly {@code key}, or null. */
    Group find(byte[] key) {
        int entry = lastEntryAtOrBefore(key);
        if (entry < 0) {
            return null;
        }
        MemorySegment wanted = MemorySegment.ofArray(key);
        long at = offsets[entry];
        long ordinal = ordinals[entry] - 1;
        long end = segment.byteSize();
        while (at < end) {
            boolean starts = segment.get(ValueLayout.JAVA_BYTE, at) != 0;
            long length = varint(at + 1);
            long start = at + 1 + ByteSink.varintSize(length);
            if (starts) {
                ordinal++;
                int order = compare(start, length, wanted, key.length);
                if (order > 0) {
                    return null;
                }
                if (order == 0) {
                    return new Group(ordinal, readGroup(at));
                }
            }
            at = start + length;
        }
        return null;
    }

    /** Every group in order, its records read only when {@code wanted} says so for its ordinal. */
    Iterator<Group> groups(LongPredicate wanted) {
        return new Iterator<>() {
            private long at;
            private long ordinal = -1;
            private Group next;

            /** Lazily: whether the next group is wanted is asked only once the one before has been handled. */
            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public Group next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Group group = next;
                next = null;
                return group;
            }

            private Group advance() {
                long end = segment.byteSize();
                while (at < end) {
                    ordinal++;
                    if (wanted.test(ordinal)) {
                        List<byte[]> read = new ArrayList<>();
                        at = readGroup(at, read);
                        return new Group(ordinal, read);
                    }
                    at = skipGroup(at);
                }
                return null;
            }
        };
    }

    @Override
    public void close() {
        arena.close();
    }

    private List<byte[]> readGroup(long at) {
        List<byte[]> read = new ArrayList<>();
        readGroup(at, read);
        return read;
    }

    /** Reads the group that starts at {@code at} into {@code into}; returns where the next group starts. */
    private long readGroup(long at, List<byte[]> into) {
        long next = at;
        long end = segment.byteSize();
        do {
            long length = varint(next + 1);
            long start = next + 1 + ByteSink.varintSize(length);
            byte[] record = new byte[(int) length];
            MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, start, record, 0, record.length);
            into.add(record);
            next = start + length;
        } while (next < end && segment.get(ValueLayout.JAVA_BYTE, next) == 0);
        return next;
    }

    private long skipGroup(long at) {
        long next = at;
        long end = segment.byteSize();
        do {
            long length = varint(next + 1);
            next = next + 1 + ByteSink.varintSize(length) + length;
        } while (next < end && segment.get(ValueLayout.JAVA_BYTE, next) == 0);
        return next;
    }

    /** The record's bytes against the key, as unsigned bytes: a record that begins with the key is its group's. */
    private int compare(long start, long length, MemorySegment key, int keyLength) {
        long compared = Math.min(length, keyLength);
        long mismatch = MemorySegment.mismatch(segment, start, start + compared, key, 0, compared);
        if (mismatch < 0) {
            return length < keyLength ? -1 : 0;
        }
        return Integer.compare(Byte.toUnsignedInt(segment.get(ValueLayout.JAVA_BYTE, start + mismatch)),
                Byte.toUnsignedInt(key.get(ValueLayout.JAVA_BYTE, mismatch)));
    }

    private int lastEntryAtOrBefore(byte[] key) {
        int low = 0;
        int high = indexed - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (Arrays.compareUnsigned(keys, keyStarts[middle], keyStarts[middle + 1], key, 0, key.length) <= 0) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    private long varint(long at) {
        long value = 0;
        int shift = 0;
        long i = at;
        while (true) {
            byte next = segment.get(ValueLayout.JAVA_BYTE, i++);
            value |= (long) (next & 0x7F) << shift;
            if (next >= 0) {
                return value;
            }
            shift += 7;
        }
    }

    /** Writes sorted records once each, flags group starts and keeps the sparse index. */
    static final class Writer implements AutoCloseable {

        private final Path file;
        private final int groupCodewords;
        private final OutputStream out;
        private final ByteSink header = new ByteSink(16);
        private final ByteSink keys = new ByteSink(1 << 12);
        private int[] keyStarts = new int[256];
        private long[] offsets = new long[256];
        private long[] ordinals = new long[256];
        private int indexed;
        private byte[] previous = new byte[256];
        private int previousLength = -1;
        private int previousKeyLength;
        private long written;
        private long sinceIndexed = Long.MAX_VALUE;
        private long records;
        private long groups;

        Writer(Path file, int groupCodewords) throws IOException {
            this.file = file;
            this.groupCodewords = groupCodewords;
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        }

        /** Adds the next record, which sorts at or after the one before; a repeat is dropped. */
        void add(byte[] record, int length) throws IOException {
            if (previousLength >= 0 && Arrays.equals(previous, 0, previousLength, record, 0, length)) {
                return;
            }
            int keyLength = keyLength(record, length);
            boolean startsGroup = previousLength < 0 || keyLength != previousKeyLength
                    || !Arrays.equals(previous, 0, keyLength, record, 0, keyLength);
            if (startsGroup) {
                if (sinceIndexed >= INDEX_EVERY) {
                    index(record, keyLength);
                }
                groups++;
            }
            header.clear();
            header.writeByte(startsGroup ? 1 : 0);
            header.writeVarint(length);
            out.write(header.array(), 0, header.size());
            out.write(record, 0, length);
            written += header.size() + length;
            sinceIndexed += header.size() + length;
            records++;
            if (length > previous.length) {
                previous = new byte[Math.max(length, previous.length * 2)];
            }
            System.arraycopy(record, 0, previous, 0, length);
            previousLength = length;
            previousKeyLength = keyLength;
        }

        private void index(byte[] record, int keyLength) {
            if (indexed == offsets.length) {
                keyStarts = Arrays.copyOf(keyStarts, indexed * 2 + 1);
                offsets = Arrays.copyOf(offsets, indexed * 2);
                ordinals = Arrays.copyOf(ordinals, indexed * 2);
            }
            keyStarts[indexed] = keys.size();
            keys.write(record, 0, keyLength);
            offsets[indexed] = written;
            ordinals[indexed] = groups;
            indexed++;
            sinceIndexed = 0;
        }

        private int keyLength(byte[] record, int length) {
            int at = 0;
            for (int i = 0; i < groupCodewords && at < length; i++) {
                at += TermCodec.length(record, at);
            }
            return Math.min(at, length);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        /** The written file, mapped for reading. */
        SortedFile open() {
            if (keyStarts.length < indexed + 1) {
                keyStarts = Arrays.copyOf(keyStarts, indexed + 1);
            }
            try {
                return new SortedFile(file, this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot map the import's staging file " + file, e);
            }
        }
    }
}
