package org.supplywatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Supplywatch: the REST API over the supply-chain graph, on an embedded or external Neo4j. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SupplywatchApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupplywatchApplication.class, args);
    }
}
