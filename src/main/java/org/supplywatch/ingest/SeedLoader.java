package org.supplywatch.ingest;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.supplywatch.config.SeedProperties;
import org.supplywatch.cypher.GraphWriter;
import org.supplywatch.query.Utf8Text;

/**
 * Loads the curated seed graph: reads every file, validates everything, and only then writes
 * it all in one transaction. A refused load writes nothing; a repeated load changes nothing.
 */
@Service
public class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private static final List<SeedSection> SECTIONS = List.of(new SourcesSection(), new EntitiesSection(),
            new RelationshipsSection(), new DesignationsSection(), new FindingsSection(), new DenialsSection(),
            new ContractsSection(), new ClaimsSection());

    private final GraphWriter writer;
    private final SeedProperties properties;

    public SeedLoader(GraphWriter writer, SeedProperties properties) {
        this.writer = writer;
        this.properties = properties;
    }

    /** Loads the configured seed folder. */
    public SeedLoadReport load() {
        return load(properties.location());
    }

    /** Loads the seed folder at a Spring resource location ({@code classpath:...} or {@code file:...}). */
    public SeedLoadReport load(String location) {
        SeedFolder folder = new SeedFolder(location);
        SeedGraph graph = validate(folder);
        writer.inOneTransaction(batch -> {
            batch.unwind("ingest/merge-nodes", graph.nodes());
            batch.unwind("ingest/merge-relationships", graph.relationships());
        });
        log.info("Seed graph loaded from {}: {} nodes, {} relationships", folder.location(), graph.nodes().size(),
                graph.relationships().size());
        return new SeedLoadReport(folder.location(), graph.nodes().size(), graph.relationships().size());
    }

    /** The seed folder at a location, read and validated whole, without touching any database. */
    static SeedGraph validated(String location) {
        return validate(new SeedFolder(location));
    }

    private static SeedGraph validate(SeedFolder folder) {
        List<SeedProblem> problems = new ArrayList<>();
        SeedGraphBuilder builder = new SeedGraphBuilder(problems);
        if (folder.files("sources.csv").isEmpty()) {
            problems.add(new SeedProblem("sources.csv", 0, "", "missing: the seed folder " + folder.location() + " has no sources.csv"));
        }
        for (SeedSection section : SECTIONS) {
            for (SeedFolder.SeedFile file : folder.files(section.pattern())) {
                byte[] bytes = file.bytes();
                long badLine = Utf8Text.firstInvalidLine(bytes);
                if (badLine > 0) {
                    problems.add(new SeedProblem(file.name(), badLine, "", "is not valid UTF-8 (seed files are UTF-8; nothing is guessed)"));
                    continue;
                }
                String text = Utf8Text.withoutByteOrderMark(new String(bytes, StandardCharsets.UTF_8));
                SeedCsvReader.read(file.name(), new StringReader(text), section.columns(), section.required(), problems)
                        .forEach(row -> section.read(row, builder));
            }
        }
        SeedGraph graph = builder.build();
        if (!problems.isEmpty()) {
            throw new SeedRejectedException(problems);
        }
        return graph;
    }
}
