package org.supplywatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.SharedNeo4j;

/** With spring.neo4j.uri set, the service starts no Neo4j of its own and keeps its graph in the external one. */
@GraphIntegrationTest
class ExternalNeo4jIT {

    @Autowired
    ApplicationContext context;

    @Test
    void startsNoEmbeddedServerWhenAnExternalUriIsSet() {
        assertThat(context.getBeanProvider(DatabaseManagementService.class).getIfAvailable()).isNull();
        assertThat(context.getBeansOfType(EmbeddedNeo4jConfiguration.class)).isEmpty();
    }

    @Test
    void loadsTheSeedGraphIntoTheExternalServer() {
        assertThat(GraphSnapshot.count(SharedNeo4j.boltUri(), "MATCH (s:Source) RETURN count(s)")).isGreaterThan(10);
        assertThat(GraphSnapshot.count(SharedNeo4j.boltUri(), "MATCH (d:Designation) RETURN count(d)")).isGreaterThan(400);
    }
}
