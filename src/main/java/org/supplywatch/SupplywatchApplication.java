package org.supplywatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.supplywatch.bench.BenchCommandLine;
import org.supplywatch.ingest.OfflineSeedImport;
import org.supplywatch.rdf.RdfCommandLine;

/**
 * Starts Supplywatch: the REST API over the supply-chain graph, on an embedded or external Neo4j;
 * or, given {@code rdf-export}, {@code rdf-import}, {@code offline-import} or {@code bench} first, runs
 * that command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SupplywatchApplication {

    public static void main(String[] args) throws java.io.IOException {
        if (BenchCommandLine.isCommand(args)) {
            System.exit(BenchCommandLine.run(SupplywatchApplication.class, args, System.out));
        }
        if (OfflineSeedImport.isCommand(args)) {
            System.exit(OfflineSeedImport.run(args, System.out, System.err));
        }
        if (RdfCommandLine.isCommand(args)) {
            System.exit(RdfCommandLine.run(SupplywatchApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(SupplywatchApplication.class, args);
    }
}
