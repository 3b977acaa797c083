package org.supplywatch.support;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real Neo4j (Neo4j Harness, in this JVM) shared by every integration test of the run.
 * The service reaches it over Bolt exactly as it would reach an external server.
 */
public final class SharedNeo4j {

    private static Neo4j neo4j;

    private SharedNeo4j() {
    }

    public static synchronized Neo4j instance() {
        if (neo4j == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "shared-neo4j-shutdown"));
        }
        return neo4j;
    }

    public static String boltUri() {
        return instance().boltURI().toString();
    }
}
