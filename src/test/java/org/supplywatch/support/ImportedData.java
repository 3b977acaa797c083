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
        }
    }
}
