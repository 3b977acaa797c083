package org.supplywatch.config;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver logs through SLF4J (so Logback's levels apply), whichever Neo4j it talks to.
 * Why: left to its default, {@code System.Logger}, driver 6.1 turns every message it sends into
 * text for a debug line before anything asks whether debug is on; every batch of a bulk load
 * (10,000 rows of parameters) was formatted and thrown away, 8% of the machine's CPU in a profile.
 * Its SLF4J logger asks first. The bean applies to Spring Boot's driver (external Neo4j) and to the
 * embedded mode's own.
 */
@Configuration(proxyBeanMethods = false)
class DriverLoggingConfiguration {

    @Bean
    ConfigBuilderCustomizer driverLogsThroughSlf4j() {
        return builder -> builder.withLogging(slf4j());
    }

    @SuppressWarnings("deprecation") // Logging is deprecated for System.Logger, whose default is the cost above
    private static Logging slf4j() {
        return Logging.slf4j();
    }
}
