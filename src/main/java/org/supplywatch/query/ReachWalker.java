package org.supplywatch.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.TerminationGuard;
import org.neo4j.token.api.TokenConstants;
import org.neo4j.values.storable.Value;
import org.supplywatch.query.ListReach.Candidate;
import org.supplywatch.query.ListReach.Designee;
import org.supplywatch.query.ListReach.Listing;

/**
 * One thread's share of a list's reach: depth first from each designee it is given, every counted link followed
 * against its arrow, no node twice on a path, each path to an entity of the exposed kind kept (once per listing of its
 * designee). Each node and link is read from the walk's {@link WalkMemory}, or from the store when the memory has not
 * got it (and then kept there); a link's hop is made in the walk's form ({@link HopForm}) when the first path through
 * it is found, so links leading to no entity of the exposed kind make none. Its cursors belong to the transaction it
 * was made in.
 */
final class ReachWalker<H> implements AutoCloseable {

    /** Links passed between two checks of the transaction's time budget. */
    private static final int CHECK_EVERY = 4096;

    private final TerminationGuard guard;
    private final HopFilter filter;
    private final int maxHops;
    private final HopForm<H> form;
    private final WalkCursors cursors;
    private final WalkMemory memory;
    /** The memory's count of commits when the walk began: what it may keep ({@link WalkMemory#keep}). */
    private final long since;
    /** Whether each link type (by token id) is followed. */
    private final boolean[] followed;
    private final int exposedLabel;
    private final long[] nodes = new long[ListReach.MAX_HOPS + 1];
    private final WalkMemory.NodeReads[] reads = new WalkMemory.NodeReads[ListReach.MAX_HOPS + 1];
    private final ReachValues.Named[] named = new ReachValues.Named[ListReach.MAX_HOPS + 1];
    /** The values of the link walked at each depth of the path, by {@link WalkCursors#LINK_READ_KEYS} (shared: never changed). */
    private final Value[][] linkAt = new Value[ListReach.MAX_HOPS][];
    /** The hop over the link at each depth of the path walked, null until a path through it is found. */
    private final Object[] hops = new Object[ListReach.MAX_HOPS];
    private final Value[] types = new Value[ListReach.MAX_HOPS];
    private final Map<Long, List<Candidate<H>>> byExposed = new HashMap<>();
    /** Reads the designations' cards and sources in this walker's transaction. */
    private final ReachValues values;
    private List<Listing> listings;
    /** Whether this walker has read the cards of the designee it walks from (when its first path was found). */
    private boolean listingsRead;
    private long linksRead;

    ReachWalker(Transaction transaction, TerminationGuard guard, HopFilter filter, String exposedKind, int maxHops, HopForm<H> form,
            WalkMemory memory, long since) {
        this.guard = guard;
        this.filter = filter;
        this.maxHops = maxHops;
        this.form = form;
        this.cursors = new WalkCursors(transaction);
        this.memory = memory;
        this.since = since;
        int[] followedIds = cursors.typeIds(filter.followed());
        this.followed = new boolean[Arrays.stream(followedIds).max().orElse(-1) + 1];
        for (int type : followedIds) {
            followed[type] = true;
        }
        this.exposedLabel = cursors.labelId(exposedKind);
        this.values = new ReachValues(transaction);
    }

    void walkFrom(Designee designee) {
        listings = designee.listings();
        listingsRead = false;
        nodes[0] = designee.node();
        reads[0] = node(designee.node());
        if (reads[0] != null) {
            named[0] = reads[0].named();
            descend(0);
        }
    }

    Map<Long, List<Candidate<H>>> byExposed() {
        return byExposed;
    }

    /** Follows every counted link into the node at {@code depth} against its arrow, depth first. */
    private void descend(int depth) {
        if (depth == maxHops) {
            return;
        }
        WalkMemory.NodeReads at = reads[depth];
        long[] links = at.links();
        long[] others = at.others();
        int[] linkTypes = at.types();
        for (int i = 0; i < links.length; i++) {
            if (++linksRead % CHECK_EVERY == 0) {
                guard.check();
            }
            int type = linkTypes[i];
            long next = others[i];
            if (type >= followed.length || !followed[type] || onPath(next, depth)) {
                continue;
            }
            Value[] link = link(links[i]);
            if (link == null || !filter.holds(WalkCursors.statementKind(link), WalkCursors.heldFrom(link), WalkCursors.heldUntil(link))) {
                continue;
            }
            WalkMemory.NodeReads below = node(next);
            if (below == null) {
                continue;
            }
            types[depth] = cursors.typeName(type);
            linkAt[depth] = link;
            reads[depth + 1] = below;
            named[depth + 1] = below.named();
            hops[depth] = null;
            nodes[depth + 1] = next;
            if (exposedLabel != TokenConstants.NO_TOKEN && below.hasLabel(exposedLabel)) {
                found(depth + 1);
            }
            descend(depth + 1);
        }
    }

    /** A node as the memory has it, or read from the store and kept; null if there is none. */
    private WalkMemory.NodeReads node(long id) {
        WalkMemory.NodeReads known = memory.node(id);
        if (known == null) {
            known = cursors.node(id);
            if (known != null) {
                memory.keep(since, id, known);
            }
        }
        return known;
    }

    /** A link's values as the memory has them, or read from the store and kept; null if there is none. */
    private Value[] link(long id) {
        Value[] known = memory.link(id);
        if (known == null) {
            known = cursors.link(id);
            if (known != null) {
                memory.keep(since, id, known);
            }
        }
        return known;
    }

    private boolean onPath(long node, int depth) {
        for (int i = 0; i <= depth; i++) {
            if (nodes[i] == node) {
                return true;
            }
        }
        return false;
    }

    /** The path down to {@code nodes[length]}, reversed to read from the exposed entity up, once per listing of its designee. */
    @SuppressWarnings("unchecked") // hops holds only what the form made
    private void found(int length) {
        ReachValues.Named[] path = new ReachValues.Named[length + 1];
        Object[] links = new Object[length];
        Value[] linkTypes = new Value[length];
        for (int i = 0; i < length; i++) {
            int depth = length - 1 - i;
            if (hops[depth] == null) {
                hops[depth] = WalkCursors.hop(linkAt[depth], form, named[depth + 1], types[depth], named[depth]);
            }
            path[i] = named[length - i];
            links[i] = hops[depth];
            linkTypes[i] = types[depth];
        }
        path[length] = named[0];
        List<H> pathHops = (List<H>) List.of(links);
        if (!listingsRead) {
            listings.forEach(listing -> listing.readWith(values));
            listingsRead = true;
        }
        List<Candidate<H>> candidates = byExposed.computeIfAbsent(nodes[length], node -> new ArrayList<>());
        for (Listing listing : listings) {
            candidates.add(new Candidate<>(listing, path, pathHops, linkTypes));
        }
    }

    @Override
    public void close() {
        cursors.close();
    }
}
