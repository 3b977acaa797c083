package org.supplywatch.support;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Test clean-up only: removes what list imports wrote to the shared Neo4j, so the other tests
 * see the seed graph alone. The service itself never deletes what an import wrote.
 */
public final class ImportedData {

    private ImportedData() {
    }

    public static void remove() {
        try (Driver driver = GraphDatabase.driver(SharedNeo4j.boltUri(), AuthTokens.none()); Session session = driver.session()) {
            session.run("MATCH (n) WHERE n.origin = 'csl' OR n:Resolution DETACH DELETE n").consume();
            session.run("MATCH (n) WHERE n.cslAliases IS NOT NULL OR n.mergedInto IS NOT NULL REMOVE n.cslAliases, n.mergedInto").consume();
            markDesignated(session);
        }
    }

    /** Removes what RDF imports of third-party data wrote: everything citing an import's source, and those sources. */
    public static void removeRdfImports() {
        try (Driver driver = GraphDatabase.driver(SharedNeo4j.boltUri(), AuthTokens.none()); Session session = driver.session()) {
            session.run("MATCH ()-[r]->() WHERE any(s IN r.sourceIds WHERE s STARTS WITH 'source/rdf-import-') DELETE r").consume();
            session.run("MATCH (n) WHERE any(s IN n.sourceIds WHERE s STARTS WITH 'source/rdf-import-') "
                    + "OR n.id STARTS WITH 'source/rdf-import-' DETACH DELETE n").consume();
            session.run("MATCH (run:ImportRun) DELETE run").consume();
            markDesignated(session);
        }
    }

    /** What every service write ends with: the derived Designated label back in step after the clean-up. */
    private static void markDesignated(Session session) {
        try (var in = ImportedData.class.getResourceAsStream("/cypher/ingest/mark-designated.cypher")) {
            String cypher = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("//")).collect(java.util.stream.Collectors.joining("\n"));
            session.run(cypher).consume();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
