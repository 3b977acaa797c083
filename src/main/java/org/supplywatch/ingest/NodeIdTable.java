package org.supplywatch.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A value (a non-negative long) for each node id, looked up exactly by id. Built for the offline import, which gives
 * Neo4j's import tool node numbers instead of string ids so that the tool does not have to sort the ids and
 * binary-search them for every relationship end. Compact on purpose: the ids are kept as UTF-8 bytes in one array,
 * with an open-addressing table beside it, under 40 bytes per node (a {@code HashMap<String, Long>} of the 4 M ids of
 * a million companies would take ~450 MB of the service's heap).
 */
final class NodeIdTable {

    private byte[] bytes = new byte[1 << 16];
    private int used;
    /** Where each id (by order of adding) starts in {@link #bytes}; it ends where the next one starts. */
    private int[] starts = new int[1 << 10];
    private long[] values = new long[1 << 10];
    private int size;
    /** Open addressing: an id's number (order of adding) + 1 in each taken slot, 0 in a free one; at most half full. */
    private int[] slots = new int[1 << 11];

    /** Adds the id with its value; false, and nothing changed, if the id is there already. */
    boolean add(String id, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("values are not negative: " + value);
        }
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int slot = slotOf(key);
        if (slots[slot] != 0) {
            return false;
        }
        if (used + key.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + key.length));
        }
        System.arraycopy(key, 0, bytes, used, key.length);
        if (size + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            values = Arrays.copyOf(values, starts.length);
        }
        values[size] = value;
        starts[size] = used;
        used += key.length;
        starts[size + 1] = used;
        slots[slot] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return true;
    }

    /** The value of the id, or -1 if it was never added. */
    long get(String id) {
        int taken = slots[slotOf(id.getBytes(StandardCharsets.UTF_8))];
        return taken == 0 ? -1 : values[taken - 1];
    }

    int size() {
        return size;
    }

    /** The slot holding the key, or the free slot where it would go. */
    private int slotOf(byte[] key) {
        int mask = slots.length - 1;
        for (int slot = hash(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
            int taken = slots[slot];
            if (taken == 0 || Arrays.equals(bytes, starts[taken - 1], starts[taken], key, 0, key.length)) {
                return slot;
            }
        }
    }

    private void rehash() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int taken : old) {
            if (taken != 0) {
                int number = taken - 1;
                int slot = hash(bytes, starts[number], starts[number + 1]) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = taken;
            }
        }
    }

    /** A hash of the bytes, its bits spread (ids differ mostly in their last characters). */
    private static int hash(byte[] data, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + data[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
