package org.supplywatch.ingest;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.supplywatch.config.SeedProperties;
import org.supplywatch.cypher.CypherCatalog;
import org.supplywatch.cypher.CypherFile;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.cypher.GraphWriter;

/**
 * At start-up, before the service reports ready: applies every file of {@code cypher/schema/}
 * (idempotent) and loads the seed graph when configured to (by default, when the graph holds no source yet).
 */
@Component
class GraphInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

    private final CypherCatalog catalog;
    private final GraphWriter writer;
    private final GraphReader reader;
    private final SeedLoader seedLoader;
    private final SeedProperties properties;

    GraphInitializer(CypherCatalog catalog, GraphWriter writer, GraphReader reader, SeedLoader seedLoader,
            SeedProperties properties) {
        this.catalog = catalog;
        this.writer = writer;
        this.reader = reader;
        this.seedLoader = seedLoader;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        catalog.all().stream()
                .map(CypherFile::name)
                .filter(name -> name.startsWith("schema/"))
                .forEach(writer::applySchema);
        switch (properties.loadOnStart()) {
            case ALWAYS -> seedLoader.load();
            case IF_EMPTY -> {
                if (sourceCount() == 0) {
                    seedLoader.load();
                } else {
                    log.info("The graph already holds sources: seed load skipped (supplywatch.seed.load-on-start=if-empty)");
                }
            }
            case NEVER -> log.info("Seed load skipped (supplywatch.seed.load-on-start=never)");
        }
    }

    private long sourceCount() {
        List<Long> counts = reader.list("queries/count-sources", Map.of(), row -> row.get("sources").asLong());
        return counts.getFirst();
    }
}
