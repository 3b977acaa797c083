package org.supplywatch.bench;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The traversal limit: breadth-first search over int adjacency arrays in memory, with the same
 * rules as the trace query (upward links that hold on the date, at most 8 hops). What no
 * database round trip, transaction or path bookkeeping can beat.
 */
final class InMemoryTraversal {

    private final int[][] up;
    private final int[][] down;
    private final int[] queue;
    private final int[] seen;
    private final int[] depths;
    private int stamp;

    InMemoryTraversal(int[][] up) {
        this.up = up;
        this.down = invert(up);
        this.queue = new int[up.length];
        this.seen = new int[up.length];
        this.depths = new int[up.length];
    }

    /** The designated companies reachable upward from a node within maxHops. */
    BitSet designatedAncestors(int start, boolean[] designated, int maxHops) {
        BitSet found = new BitSet();
        walk(start, up, maxHops, node -> {
            if (node < designated.length && designated[node]) {
                found.set(node);
            }
        });
        return found;
    }

    /** Every node at or below the given nodes within maxHops, following links downward (who is exposed to them). */
    BitSet exposedTo(BitSet targets, int maxHops) {
        BitSet exposed = new BitSet();
        targets.stream().forEach(target -> walk(target, down, maxHops, exposed::set));
        return exposed;
    }

    /** Hops on the shortest path along upward links taken in either direction, or -1 beyond maxHops. */
    int undirectedDistance(int from, int to, int maxHops) {
        stamp++;
        int head = 0;
        int tail = 0;
        queue[tail++] = from;
        seen[from] = stamp;
        depths[from] = 0;
        while (head < tail) {
            int node = queue[head++];
            if (node == to) {
                return depths[node];
            }
            if (depths[node] == maxHops) {
                continue;
            }
            tail = enqueue(up[node], node, tail);
            tail = enqueue(down[node], node, tail);
        }
        return -1;
    }

    /** Queues the unseen neighbours one hop further than the node; returns the new end of the queue. */
    private int enqueue(int[] neighbours, int node, int tail) {
        for (int next : neighbours) {
            if (seen[next] != stamp) {
                seen[next] = stamp;
                depths[next] = depths[node] + 1;
                queue[tail++] = next;
            }
        }
        return tail;
    }

    private void walk(int start, int[][] adjacency, int maxHops, java.util.function.IntConsumer visit) {
        stamp++;
        int head = 0;
        int tail = 0;
        int levelEnd = 1;
        int level = 0;
        queue[tail++] = start;
        seen[start] = stamp;
        while (head < tail) {
            int node = queue[head++];
            visit.accept(node);
            if (level < maxHops) {
                for (int next : adjacency[node]) {
                    if (seen[next] != stamp) {
                        seen[next] = stamp;
                        queue[tail++] = next;
                    }
                }
            }
            if (head == levelEnd) {
                level++;
                levelEnd = tail;
            }
        }
    }

    private static int[][] invert(int[][] up) {
        int[] counts = new int[up.length];
        for (int[] targets : up) {
            for (int target : targets) {
                counts[target]++;
            }
        }
        int[][] down = new int[up.length][];
        for (int i = 0; i < up.length; i++) {
            down[i] = new int[counts[i]];
        }
        Arrays.fill(counts, 0);
        for (int from = 0; from < up.length; from++) {
            for (int target : up[from]) {
                down[target][counts[target]++] = from;
            }
        }
        return down;
    }
}
