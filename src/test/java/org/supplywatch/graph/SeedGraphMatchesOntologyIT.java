package org.supplywatch.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.SharedNeo4j;

/** What the loaded seed graph really holds (labels, types, property keys) is all declared in the ontology. */
@GraphIntegrationTest
class SeedGraphMatchesOntologyIT {

    @Test
    void everyPropertyKeyInTheGraphIsADatatypePropertyOfTheOntology() {
        Model ontology = ModelFactory.createDefaultModel();
        RDFParser.source("ontology/supplywatch.ttl").lang(Lang.TURTLE).parse(ontology);
        Set<String> declared = ontology.listResourcesWithProperty(RDF.type, OWL.DatatypeProperty)
                .mapWith(Resource::getLocalName).toSet();
        try (Driver driver = GraphDatabase.driver(SharedNeo4j.boltUri(), AuthTokens.none()); Session session = driver.session()) {
            List<String> keys = session.run("""
                    MATCH (n) UNWIND keys(n) AS key RETURN DISTINCT key
                    UNION
                    MATCH ()-[r]->() UNWIND keys(r) AS key RETURN DISTINCT key
                    """).list(row -> row.get("key").asString());
            assertThat(keys).isNotEmpty().isSubsetOf(declared);
        }
    }
}
