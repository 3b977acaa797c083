package org.supplywatch.rdf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes every export declares, so Turtle, TriG and JSON-LD stay readable. */
final class Prefixes {

    static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("sw", Vocabulary.ONTOLOGY);
        ALL.put("swid", Vocabulary.ID);
        ALL.put("prov", Vocabulary.PROV);
        ALL.put("rdf", RDF.getURI());
        ALL.put("rdfs", RDFS.getURI());
        ALL.put("owl", OWL.getURI());
        ALL.put("xsd", XSD.getURI());
    }

    private Prefixes() {
    }

    static void declare(StreamRDF stream) {
        ALL.forEach(stream::prefix);
    }
}
