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
 * <p>One instance per document, used from one thread: two instances writing into the same
 * document would give two different evidence nodes the same label, and so merge them.
 */
public final class EvidenceNodes {

    private long count;

    /** A blank node no other call on this instance has returned. */
    Node next() {
        return NodeFactory.createBlankNode("e" + Long.toString(count++, Character.MAX_RADIX));
    }
}
