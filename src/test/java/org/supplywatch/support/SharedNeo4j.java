package org.supplywatch.support;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.supplywatch.query.ExposureWalk;

/**
 * One real Neo4j (Neo4j Harness, in this JVM) shared by every integration test of the run.
 * The service reaches it over Bolt exactly as it would reach an external server; it has the embedded database's
 * procedure ({@link ExposureWalk}), which tests that compare the walk with the Cypher report call.
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
            // As the embedded database does, so every file of cypher/queries/ runs here.
            ExposureWalk.register(neo4j.defaultDatabaseService());
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "shared-neo4j-shutdown"));
        }
        return neo4j;
    }

    public static String boltUri() {
        return instance().boltURI().toString();
    }
}
