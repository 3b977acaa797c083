package org.supplywatch.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Tells Neo4j Browser and the page's security policy where the database is. */
@Configuration(proxyBeanMethods = false)
class BrowserConnectionConfiguration {

    @Bean
    BrowserConnection browserConnection(ObjectProvider<EmbeddedBoltAddress> embedded, EmbeddedNeo4jProperties properties,
            Environment environment) {
        EmbeddedBoltAddress address = embedded.getIfAvailable();
        if (address != null) {
            return new BrowserConnection(address.uri(), properties.authenticated());
        }
        return new BrowserConnection(environment.getProperty("spring.neo4j.uri", "bolt://localhost:7687"), true);
    }
}
