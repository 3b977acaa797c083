package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.supplywatch.support.GraphIntegrationTest;

/** Exports of the seed graph: every syntax parses, conforms to the SHACL shapes and keeps each fact's evidence. */
@GraphIntegrationTest
class RdfExportIT {

    private static final Node LOREX = Vocabulary.entity("brand/lorex");
    private static final Node DAHUA = Vocabulary.entity("company/dahua-technology");
    private static final Node LOREX_BRAND_OF_DAHUA = NodeFactory.createURI(Vocabulary.ID
            + "brand/lorex#brandOf/company/dahua-technology");

    @Autowired
    MockMvc mvc;

    @Autowired
    RdfShapes shapes;

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void wholeGraphConformsToTheShapesAndKeepsEvidence(RdfFormat format) throws Exception {
        DatasetGraph dataset = RdfTestSupport.parse(RdfTestSupport.wholeGraph(mvc, format), format);

        assertThat(shapes.validate(dataset)).isEmpty();
        Graph union = RdfShapes.union(dataset);
        assertThat(union.contains(LOREX, Vocabulary.term("brandOf"), DAHUA)).isTrue();
        assertThat(union.contains(LOREX_BRAND_OF_DAHUA, Vocabulary.STATEMENT_KIND, NodeFactory.createLiteralString("reported")))
                .isTrue();
        Node evidence = union.find(LOREX_BRAND_OF_DAHUA, Vocabulary.EVIDENCE, Node.ANY).next().getObject();
        assertThat(union.contains(evidence, Vocabulary.PASSAGE, NodeFactory.createLiteralString("Dear Dahua (and Lorex) partners,")))
                .isTrue();
        assertThat(union.contains(evidence, Vocabulary.SOURCE, Vocabulary.entity("source/dear-dahua-and-lorex-partners-2022")))
                .isTrue();
        if (format.isDataset()) {
            assertThat(dataset.getGraph(LOREX_BRAND_OF_DAHUA).contains(LOREX, Vocabulary.term("brandOf"), DAHUA)).isTrue();
        } else {
            assertThat(union.contains(LOREX_BRAND_OF_DAHUA, RDF.subject.asNode(), LOREX)).isTrue();
            assertThat(union.contains(LOREX_BRAND_OF_DAHUA, RDF.object.asNode(), DAHUA)).isTrue();
        }
    }

    /** Evidence nodes are labelled in order, not at random: dumps of an unchanged graph can be compared with diff. */
    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"NTRIPLES", "NQUADS", "TURTLE", "TRIG"})
    void twoExportsOfTheSameGraphAreTheSameBytes(RdfFormat format) throws Exception {
        byte[] first = RdfTestSupport.wholeGraph(mvc, format);
        byte[] second = RdfTestSupport.wholeGraph(mvc, format);

        assertThat(second).isEqualTo(first);
        Graph union = RdfShapes.union(RdfTestSupport.parse(first, format));
        List<Triple> evidenceLinks = union.find(Node.ANY, Vocabulary.EVIDENCE, Node.ANY).toList();
        Set<Node> evidenceNodes = evidenceLinks.stream().map(Triple::getObject).collect(Collectors.toSet());
        assertThat(evidenceLinks).hasSizeGreaterThan(100);
        assertThat(evidenceNodes).as("one evidence node per item of evidence, none shared").hasSameSizeAs(evidenceLinks)
                .allMatch(Node::isBlank);
    }

    @Test
    void officialActsReportedAllegationsAndDenialsStayDistinct() throws Exception {
        Graph union = RdfShapes.union(RdfTestSupport.parse(RdfTestSupport.wholeGraph(mvc, RdfFormat.NTRIPLES), RdfFormat.NTRIPLES));
        Node designation = Vocabulary.entity("designation/us-bis-entity-list/2019-10/dahua-technology");
        assertThat(union.contains(designation, RDF.type.asNode(), Vocabulary.term("Designation"))).isTrue();
        assertThat(union.contains(designation, Vocabulary.STATEMENT_KIND, NodeFactory.createLiteralString("official_act"))).isTrue();
        Node denial = Vocabulary.entity("denial/dahua-no-such-products-2022");
        assertThat(union.contains(denial, Vocabulary.STATEMENT_KIND, NodeFactory.createLiteralString("denial"))).isTrue();
    }

    @Test
    void oneEntityCarriesItsRelationshipsNeighboursAndSources() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/rdf/entities/brand/lorex").header("Accept", "application/n-triples"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/n-triples"))
                .andReturn().getResponse().getContentAsByteArray();
        Graph graph = RdfShapes.union(RdfTestSupport.parse(body, RdfFormat.NTRIPLES));

        assertThat(shapes.validate(graph)).isEmpty();
        assertThat(graph.contains(LOREX, Vocabulary.term("brandOf"), DAHUA)).isTrue();
        assertThat(graph.contains(DAHUA, RDF.type.asNode(), Vocabulary.term("Company"))).isTrue();
        assertThat(graph.contains(Vocabulary.entity("source/dear-dahua-and-lorex-partners-2022"), RDF.type.asNode(),
                Vocabulary.term("Source"))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void traceResultsConformInEverySyntax(RdfFormat format) throws Exception {
        byte[] body = mvc.perform(get("/api/v1/rdf/traces/designated-ancestors").param("from", "brand/lorex")
                        .param("list", "list/us-bis-entity-list").param("format", format.parameter()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        DatasetGraph dataset = RdfTestSupport.parse(body, format);

        assertThat(shapes.validate(dataset)).isEmpty();
        Graph union = RdfShapes.union(dataset);
        assertThat(union.contains(LOREX, Vocabulary.term("brandOf"), DAHUA)).isTrue();
        assertThat(union.contains(Vocabulary.entity("designation/us-bis-entity-list/2019-10/dahua-technology"),
                Vocabulary.term("designates"), DAHUA)).isTrue();
    }

    @Test
    void pathsAndNeighbourhoodsConform() throws Exception {
        for (var request : List.of(
                get("/api/v1/rdf/paths").param("from", "brand/lorex").param("to", "company/amazon").param("k", "3"),
                get("/api/v1/rdf/neighbourhood").param("of", "company/dahua-technology").param("maxHops", "2"))) {
            byte[] body = mvc.perform(request.accept("application/ld+json")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            DatasetGraph dataset = RdfTestSupport.parse(body, RdfFormat.JSONLD);
            assertThat(shapes.validate(dataset)).isEmpty();
            assertThat(RdfShapes.union(dataset).size()).isGreaterThan(10);
        }
    }

    @Test
    void unknownFormatsAndUnacceptableTypesAreProblems() throws Exception {
        mvc.perform(get("/api/v1/rdf/entities/brand/lorex").param("format", "csv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("format")));
        mvc.perform(get("/api/v1/rdf/entities/brand/lorex").header("Accept", "image/png"))
                .andExpect(status().isNotAcceptable());
        mvc.perform(get("/api/v1/rdf/entities/company/no-such-company"))
                .andExpect(status().isNotFound());
    }
}
