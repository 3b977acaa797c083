package org.supplywatch.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array written front to back, with the unsigned LEB128 varints the staging
 * store's records and codewords are made of. Not thread-safe.
 */
final class ByteSink {

    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    byte[] array() {
        return bytes;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void write(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    void write(byte[] source) {
        write(source, 0, source.length);
    }

    void writeVarint(long value) {
        ensure(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes[size++] = (byte) (rest & 0x7F | 0x80);
            rest >>>= 7;
        }
        bytes[size++] = (byte) rest;
    }

    /** The text's UTF-8 bytes, with no length before them. */
    void writeUtf8(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text's UTF-8 bytes after their length. */
    void writeString(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        writeVarint(utf8.length);
        write(utf8);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("a record of the staging store would exceed 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }

    /** The varint that starts at {@code at}. */
    static long readVarint(byte[] source, int at) {
        long value = 0;
        int shift = 0;
        int i = at;
        while (true) {
            byte next = source[i++];
            value |= (long) (next & 0x7F) << shift;
            if (next >= 0) {
                return value;
            }
            shift += 7;
        }
    }

    /** How many bytes the varint of this value takes. */
    static int varintSize(long value) {
        int bytes = 1;
        long rest = value >>> 7;
        while (rest != 0) {
            bytes++;
            rest >>>= 7;
        }
        return bytes;
    }
}
