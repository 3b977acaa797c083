package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The external properties an import maps, as the translator looks them up one predicate at a time. */
class ExternalVocabularyTests {

    @Test
    void listsEveryMappedPredicateUnderEachSchemeItIsMappedUnder() {
        assertThat(ExternalVocabulary.MAPPED_PREDICATES)
                .allSatisfy(predicate -> assertThat(ExternalVocabulary.property(predicate)).isPresent());
        assertThat(ExternalVocabulary.MAPPED_PREDICATES).map(Node::getURI).contains("https://schema.org/brand", "http://schema.org/brand",
                "http://www.w3.org/ns/org#subOrganizationOf", "http://www.wikidata.org/prop/direct/P749").doesNotHaveDuplicates();
        assertThat(ExternalVocabulary.property(NodeFactory.createURI("https://example.org/brand"))).isEmpty();
    }
}
