package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Neo4j's import tool reads values that span lines only when told to, so the import tells it only
 * when a value holds a line break; both ways the values land exactly as given. Nodes go to the
 * tool numbered (its "actual" ids): relationships must join the nodes their rows name, whatever
 * the order of labels and rows, and a row naming no node is refused before a store is made.
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

    @Test
    void relationshipsJoinTheNodesTheyNameAcrossLabelsInAnyOrder() throws IOException {
        List<Map<String, Object>> nodes = List.of(node("company/a", "Company"), node("brand/x", "Brand"), node("company/b", "Company"),
                node("designation/d", "Designation"), node("brand/y", "Brand"), node("company/c", "Company"));
        List<Map<String, Object>> relationships = List.of(link("brand/y", "BRAND_OF", "company/c"), link("company/c", "SUBSIDIARY_OF", "company/a"),
                link("brand/x", "BRAND_OF", "company/b"), link("designation/d", "DESIGNATES", "company/b"),
                link("company/b", "SUBSIDIARY_OF", "company/a"));
        Path home = folder.resolve("db");

        OfflineImport.Result result = OfflineImport.run(RowSource.of(nodes, relationships), home, folder.resolve("work"));

        assertThat(result.nodes()).isEqualTo(6);
        assertThat(result.relationships()).isEqualTo(5);
        DatabaseManagementService dbms = open(home);
        try (Transaction tx = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx()) {
            List<String> links = tx.execute("""
                    MATCH (a)-[r]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id AS link ORDER BY link""")
                    .stream().map(row -> (String) row.get("link")).toList();
            assertThat(links).containsExactly("brand/x BRAND_OF company/b", "brand/y BRAND_OF company/c",
                    "company/b SUBSIDIARY_OF company/a", "company/c SUBSIDIARY_OF company/a", "designation/d DESIGNATES company/b");
            List<String> designated = tx.execute("MATCH (n:Designated) RETURN n.id AS id").stream().map(row -> (String) row.get("id")).toList();
            assertThat(designated).containsExactly("company/b");
            assertThat((long) tx.execute("MATCH (n:Resource:Company) RETURN count(n) AS c").next().get("c")).isEqualTo(3L);
        } finally {
            dbms.shutdown();
        }
    }

    @Test
    void aRelationshipNamingNoNodeIsRefusedAndNoStoreIsMade() {
        Path home = folder.resolve("db");
        RowSource rows = RowSource.of(List.of(node("company/a", "Company")), List.of(link("company/a", "SUBSIDIARY_OF", "company/gone")));

        assertThatThrownBy(() -> OfflineImport.run(rows, home, folder.resolve("work")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("company/a -SUBSIDIARY_OF-> company/gone")
                .hasMessageContaining("no node has the id company/gone");
        assertThat(home.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)).doesNotExist();
    }

    @Test
    void aNodeWithTwoRowsIsRefused() {
        RowSource rows = RowSource.of(List.of(node("company/a", "Company"), node("company/a", "Company")), List.of());

        assertThatThrownBy(() -> OfflineImport.run(rows, folder.resolve("db"), folder.resolve("work")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node company/a has two rows");
    }

    private static Map<String, Object> node(String id, String label) {
        return Map.of("id", id, "label", label, "properties", Map.of("id", id, "name", "Name of " + id));
    }

    private static Map<String, Object> link(String from, String type, String to) {
        return Map.of("from", from, "type", type, "to", to, "properties", Map.of("statementKind", "reported"));
    }

    private static DatabaseManagementService open(Path home) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .build();
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
