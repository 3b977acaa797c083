package org.supplywatch.rdf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Fetching exports over REST and reading them back with Jena. */
final class RdfTestSupport {

    private RdfTestSupport() {
    }

    /** The whole-graph export in one format (a streamed, asynchronous response). */
    static byte[] wholeGraph(MockMvc mvc, RdfFormat format) throws Exception {
        MvcResult started = mvc.perform(get("/api/v1/rdf/graph").param("format", format.parameter()))
                .andExpect(request().asyncStarted())
                .andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    static DatasetGraph parse(byte[] body, RdfFormat format) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(body)).lang(format.lang()).parse(dataset);
        return dataset;
    }
}
