package org.supplywatch.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service, pointed at the shared Neo4j Harness through {@code spring.neo4j.uri} (so
 * the embedded server stays off) with the seed graph loaded at start. One Spring context is
 * cached and shared by every test class that carries this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"logging.level.org.neo4j.driver=WARN", "logging.level.org.springframework.data.neo4j.cypher=ERROR",
        "supplywatch.security.writer-password=" + GraphIntegrationTest.WRITER_PASSWORD})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = SharedNeo4jInitializer.class)
public @interface GraphIntegrationTest {

    /** The writer's password in integration tests; production has no default. */
    String WRITER_PASSWORD = "integration-test-writer";
}
