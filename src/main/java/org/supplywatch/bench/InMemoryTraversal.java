package org.supplywatch.bench;

import java.util.BitSet;

/**
 * The traversal limit: breadth-first search over int adjacency arrays in memory, with the same
 * rules as the trace query (upward links that hold on the date, at most 8 hops). What no
 * database round trip, transaction or path bookkeeping can beat.
 */
final class InMemoryTraversal {

    private final Adjacency up;
    private final Adjacency down;
    private final int[] queue;
    private final int[] seen;
    private final int[] depths;
    private int stamp;

    InMemoryTraversal(Adjacency up) {
        this.up = up;
        this.down = up.inverted();
        this.queue = new int[up.nodes()];
        this.seen = new int[up.nodes()];
        this.depths = new int[up.nodes()];
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
        // Sized for every node at once: grown by doubling, the set's last copy at SF100 was an array of more than half a
        // G1 region (a humongous allocation), which right after the harness's full collection started a concurrent
        // marking cycle that took one of the two cores for 150-280 ms during the baseline (session 24's GC logs).
        BitSet exposed = new BitSet(up.nodes());
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
            tail = enqueue(up, node, tail);
            tail = enqueue(down, node, tail);
        }
        return -1;
    }

    /** Queues the unseen neighbours one hop further than the node; returns the new end of the queue. */
    private int enqueue(Adjacency links, int node, int tail) {
        for (int i = 0, degree = links.degree(node); i < degree; i++) {
            int next = links.target(node, i);
            if (seen[next] != stamp) {
                seen[next] = stamp;
                depths[next] = depths[node] + 1;
                queue[tail++] = next;
            }
        }
        return tail;
    }

    private void walk(int start, Adjacency adjacency, int maxHops, java.util.function.IntConsumer visit) {
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
                for (int i = 0, degree = adjacency.degree(node); i < degree; i++) {
                    int next = adjacency.target(node, i);
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
}
