package org.supplywatch.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.procedure.TerminationGuard;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.values.storable.Value;
import org.supplywatch.query.ListReach.Candidate;
import org.supplywatch.query.ListReach.Designee;
import org.supplywatch.query.ListReach.Listing;

/**
 * One thread's share of a list's reach: depth first from each designee it is given, every counted link followed
 * against its arrow, no node twice on a path, each path to an entity of the exposed kind kept (once per listing of its
 * designee). Each link's values are read once, when the walk passes it; its hop is made in the walk's form
 * ({@link HopForm}) when the first path through it is found, so links leading to no entity of the exposed kind make
 * none. Its cursors belong to the transaction it was made in.
 */
final class ReachWalker<H> implements AutoCloseable {

    /** Links read between two checks of the transaction's time budget. */
    private static final int CHECK_EVERY = 4096;

    private final TerminationGuard guard;
    private final HopFilter filter;
    private final int maxHops;
    private final HopForm<H> form;
    private final WalkCursors cursors;
    private final RelationshipSelection followed;
    private final int exposedLabel;
    private final long[] nodes = new long[ListReach.MAX_HOPS + 1];
    private final ReachValues.Named[] named = new ReachValues.Named[ListReach.MAX_HOPS + 1];
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

    ReachWalker(Transaction transaction, TerminationGuard guard, HopFilter filter, String exposedKind, int maxHops, HopForm<H> form) {
        this.guard = guard;
        this.filter = filter;
        this.maxHops = maxHops;
        this.form = form;
        this.cursors = new WalkCursors(transaction, ListReach.MAX_HOPS + 1);
        this.followed = WalkCursors.incomingOf(cursors.typeIds(filter.followed()));
        this.exposedLabel = cursors.labelId(exposedKind);
        this.values = new ReachValues(transaction);
    }

    void walkFrom(Designee designee) {
        listings = designee.listings();
        listingsRead = false;
        nodes[0] = designee.node();
        if (cursors.place(0, designee.node())) {
            named[0] = cursors.named(0, designee.node());
            descend(0);
        }
    }

    Map<Long, List<Candidate<H>>> byExposed() {
        return byExposed;
    }

    /** Follows every counted link into the node at {@code depth} (placed there) against its arrow, depth first. */
    private void descend(int depth) {
        if (depth == maxHops) {
            return;
        }
        cursors.incoming(depth, followed);
        RelationshipTraversalCursor link = cursors.link(depth);
        while (link.next()) {
            if (++linksRead % CHECK_EVERY == 0) {
                guard.check();
            }
            long next = link.otherNodeReference();
            if (onPath(next, depth)) {
                continue;
            }
            cursors.readLink(depth);
            if (!filter.holds(cursors.statementKind(depth), cursors.heldFrom(depth), cursors.heldUntil(depth))
                    || !cursors.place(depth + 1, next)) {
                continue;
            }
            types[depth] = cursors.typeName(link.type());
            named[depth + 1] = cursors.named(depth + 1, next);
            hops[depth] = null;
            nodes[depth + 1] = next;
            if (cursors.hasLabel(depth + 1, exposedLabel)) {
                found(depth + 1);
            }
            descend(depth + 1);
        }
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
                hops[depth] = cursors.hop(depth, form, named[depth + 1], types[depth], named[depth]);
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
