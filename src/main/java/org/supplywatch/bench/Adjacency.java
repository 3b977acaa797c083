package org.supplywatch.bench;

/**
 * Directed links between int-numbered nodes in compressed sparse rows: the targets of node
 * {@code n} are {@code targets[offsets[n] .. offsets[n + 1])}. Two int arrays instead of an array
 * per node, so SF100's four million nodes cost tens of megabytes, not hundreds.
 */
final class Adjacency {

    private final int[] offsets;
    private final int[] targets;

    private Adjacency(int[] offsets, int[] targets) {
        this.offsets = offsets;
        this.targets = targets;
    }

    /** Links {@code from[i] → to[i]} for the first {@code count} entries, kept in the order given per node. */
    static Adjacency of(int nodes, int[] from, int[] to, int count) {
        int[] offsets = new int[nodes + 1];
        for (int i = 0; i < count; i++) {
            offsets[from[i] + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            offsets[n + 1] += offsets[n];
        }
        int[] next = java.util.Arrays.copyOf(offsets, nodes);
        int[] targets = new int[count];
        for (int i = 0; i < count; i++) {
            targets[next[from[i]]++] = to[i];
        }
        return new Adjacency(offsets, targets);
    }

    /** The same links, each turned round. */
    Adjacency inverted() {
        int nodes = offsets.length - 1;
        int[] from = new int[targets.length];
        for (int n = 0; n < nodes; n++) {
            for (int i = offsets[n]; i < offsets[n + 1]; i++) {
                from[i] = n;
            }
        }
        return of(nodes, targets, from, targets.length);
    }

    int nodes() {
        return offsets.length - 1;
    }

    int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    int target(int node, int index) {
        return targets[offsets[node] + index];
    }
}
