package org.supplywatch.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the service at the shared harness: the same switch a user flips for an external Neo4j. */
public class SharedNeo4jInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.neo4j.uri=" + SharedNeo4j.boltUri(), "spring.neo4j.authentication.username=neo4j",
                "spring.neo4j.authentication.password=unused-auth-is-off").applyTo(context);
    }
}
