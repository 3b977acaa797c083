package org.supplywatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.supplywatch.rdf.RdfCommandLine;

/**
 * Starts Supplywatch: the REST API over the supply-chain graph, on an embedded or external Neo4j;
 * or, given {@code rdf-export} or {@code rdf-import} first, runs that command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SupplywatchApplication {

    public static void main(String[] args) {
        if (RdfCommandLine.isCommand(args)) {
            System.exit(RdfCommandLine.run(SupplywatchApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(SupplywatchApplication.class, args);
    }
}
