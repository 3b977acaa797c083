package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Transaction;

/**
 * Neo4j's import tool reads values that span lines only when told to, and is slower when told
 * to, so the import tells it only when a value holds a line break; both ways the values land
 * exactly as given.
 */
class OfflineImportIT {

    @TempDir
    Path folder;

    @Test
    void aPassageWithLineBreaksLandsAsWritten() throws IOException {
        String passage = "First line of the notice,\nsecond line;\r\nthird.";

        assertThat(importedPassage(passage)).isEqualTo(passage);
    }

    @Test
    void aPassageOnOneLineLandsAsWritten() throws IOException {
        String passage = "One line, with \"quotes\" and a comma.";

        assertThat(importedPassage(passage)).isEqualTo(passage);
    }

    /** Imports a source and a company citing it with {@code passage}, and reads the passage back from the store. */
    private String importedPassage(String passage) throws IOException {
        Map<String, Object> source = Map.of("id", "source/notice", "label", "Source",
                "properties", Map.of("id", "source/notice", "title", "A notice"));
        Map<String, Object> company = Map.of("id", "company/example", "label", "Company",
                "properties", Map.of("id", "company/example", "name", "Example Co.", "sourceIds", List.of("source/notice"),
                        "passages", List.of(passage), "statementKinds", List.of("reported")));
        Map<String, Object> cites = Map.of("from", "company/example", "type", "SUBSIDIARY_OF", "to", "company/example",
                "properties", Map.of("statementKind", "reported", "sourceIds", List.of("source/notice"), "passages", List.of(passage)));
        Path home = folder.resolve("db");

        OfflineImport.Result result = OfflineImport.run(RowSource.of(List.of(source, company), List.of(cites)), home,
                folder.resolve("work"));

        assertThat(result.nodes()).isEqualTo(2);
        assertThat(result.relationships()).isEqualTo(1);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .build();
        try (Transaction tx = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx()) {
            Map<String, Object> row = tx.execute("""
                    MATCH (c:Company {id: 'company/example'})-[r:SUBSIDIARY_OF]->(c)
                    RETURN c.passages[0] AS onNode, r.passages[0] AS onRelationship""").next();
            assertThat(row.get("onRelationship")).isEqualTo(row.get("onNode"));
            return (String) row.get("onNode");
        } finally {
            dbms.shutdown();
        }
    }
}
