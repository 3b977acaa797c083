package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

class EvidenceNodesTests {

    @Test
    void streamedDocumentsGetShortCountedLabels() {
        EvidenceNodes nodes = new EvidenceNodes();
        assertThat(List.of(nodes.next(), nodes.next(), nodes.next())).extracting(Node::getBlankNodeLabel)
                .containsExactly("e0", "e1", "e2");
    }

    @Test
    void labelsForGraphsAreDistinctAndTheSameForEveryDocument() {
        List<String> first = labels(EvidenceNodes.forGraphs(), 200_000);
        assertThat(new HashSet<>(first)).hasSize(first.size());
        assertThat(labels(EvidenceNodes.forGraphs(), 200_000)).isEqualTo(first);
    }

    @Test
    void labelsForGraphsSpreadTheirHashCodesOverTheWholeRange() {
        // Counted labels' hash codes crowd into a narrow band (what made Jena's in-memory graph slow);
        // spread ones fall into every one of 64 equal slices of the int range.
        Set<Integer> slices = new HashSet<>();
        labels(EvidenceNodes.forGraphs(), 10_000).forEach(label -> slices.add(label.hashCode() >>> 26));
        Set<Integer> countedSlices = new HashSet<>();
        labels(new EvidenceNodes(), 10_000).forEach(label -> countedSlices.add(label.hashCode() >>> 26));
        assertThat(slices).hasSize(64);
        assertThat(countedSlices).hasSizeLessThan(8);
    }

    private static List<String> labels(EvidenceNodes nodes, int count) {
        List<String> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            labels.add(nodes.next().getBlankNodeLabel());
        }
        return labels;
    }
}
