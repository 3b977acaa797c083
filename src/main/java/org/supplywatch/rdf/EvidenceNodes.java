package org.supplywatch.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The blank nodes that carry the evidence of one RDF document, labelled by a counter. A fresh
 * Jena blank node has a random 36-character label that Jena's N-Triples writer spells out with
 * a hex escape for every character that is not a letter or digit: in a whole-graph export that
 * was the writer's largest single cost. Short counted labels are cheap to write, and two exports
 * of the same graph come out byte for byte the same, so dumps can be compared with {@code diff}.
 *
 * <p>Counted labels hash badly, though: the hash codes of "e0", "e1", ... fill one dense run of
 * Jena's in-memory graph's open-addressed tables, so adding 30,000 evidence triples to a graph took
 * 120 ms instead of 5. Documents built in memory ({@link #forGraphs()}) therefore get the counter
 * multiplied by an odd constant (a bijection on 64 bits, so still distinct and deterministic),
 * longer labels that spread over the table; the streamed whole-graph export keeps the short ones.
 *
 * <p>One instance per document, used from one thread: two instances writing into the same
 * document would give two different evidence nodes the same label, and so merge them.
 */
public final class EvidenceNodes {

    /** 2^64 divided by the golden ratio, odd: consecutive counts land far apart. */
    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    private final boolean spread;
    private long count;

    /** Short counted labels, for documents streamed to a writer. */
    public EvidenceNodes() {
        this(false);
    }

    private EvidenceNodes(boolean spread) {
        this.spread = spread;
    }

    /** Labels that hash well, for documents gathered in a Jena graph or dataset before they are written or validated. */
    public static EvidenceNodes forGraphs() {
        return new EvidenceNodes(true);
    }

    /** A blank node no other call on this instance has returned. */
    Node next() {
        long label = spread ? count++ * SPREAD : count++;
        return NodeFactory.createBlankNode("e" + Long.toUnsignedString(label, Character.MAX_RADIX));
    }
}
