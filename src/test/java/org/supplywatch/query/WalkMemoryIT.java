package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.supplywatch.cypher.InProcessDatabase;
import org.supplywatch.query.TraceResults.TracePath;

/**
 * Exposure walks reading from a {@link WalkMemory} shared between reports, kept up to date by its transaction listener,
 * give what a walk of the store alone gives, after every kind of write: names and labels changed, link evidence and
 * dates changed or removed, links created and deleted, nodes deleted and new ones made (whose ids Neo4j may reuse), a
 * whole graph replaced. On the random graphs of {@link ExposureWalkIT}, on a database of this test's own.
 */
class WalkMemoryIT {

    private static final Duration BUDGET = Duration.ofMinutes(1);

    private static Neo4j neo4j;
    private static GraphDatabaseService database;
    private static WalkMemory memory;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024).build();
        database = neo4j.defaultDatabaseService();
        memory = WalkMemory.shared(100_000);
        neo4j.databaseManagementService().registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, memory);
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    @Test
    void walksFromMemoryAreWalksOfTheStoreAfterEveryKindOfWrite() {
        int pathsCompared = 0;
        int writes = 0;
        for (int seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            Map<String, Object> graph = ExposureWalkIT.randomGraph(random);
            ExposureWalkIT.write(database, graph);
            for (int step = 0; step < 16; step++) {
                for (int report = 0; report < 3; report++) {
                    Map<String, Object> filters = ExposureWalkIT.randomFilters(random);
                    List<TracePath> fromStore = walk(filters, WalkMemory.forOneReport());
                    walk(filters, memory); // fills the memory, or reads it
                    assertThat(walk(filters, memory)).as("graph %d, after %d writes, filters %s", seed, step, filters)
                            .isEqualTo(fromStore);
                    pathsCompared += fromStore.size();
                }
                assertThat(memory.entries()).as("the reports kept what they read").isPositive();
                randomWrite(random, graph);
                writes++;
            }
        }
        assertThat(pathsCompared).as("the random graphs must hold exposure paths to compare").isGreaterThan(1000);
        assertThat(writes).isEqualTo(12 * 16);
    }

    @Test
    void aRenamedBrandAndADeletedLinkShowInTheNextReportEvenWhenTheMemoryIsFull() {
        for (WalkMemory shared : List.of(memory, WalkMemory.shared(3))) {
            if (shared != memory) {
                neo4j.databaseManagementService().registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, shared);
            }
            run("MATCH (n) DETACH DELETE n", Map.of());
            run("""
                    CREATE (:Resource:RestrictionList {id: 'list/0', name: 'List'})<-[:ON_LIST]-(:Resource:Designation {id: 'designation/0',
                            statementKind: 'official_act'})-[:DESIGNATES]->(parent:Resource:Company {id: 'company/parent', name: 'Parent'})
                    CREATE (parent)<-[:BRAND_OF {statementKind: 'official_act', sourceIds: ['source/0'], passages: ['Brand of Parent']}]-
                           (:Resource:Brand {id: 'brand/one', name: 'One'})
                    CREATE (parent)<-[:BRAND_OF {statementKind: 'reported', sourceIds: ['source/0'], passages: ['Reported brand']}]-
                           (:Resource:Brand {id: 'brand/two', name: 'Two'})""", Map.of());
            Map<String, Object> filters = Map.of("listId", "list/0", "exposedKind", "Brand", "asOf", LocalDate.of(2026, 1, 1),
                    "evidenceKinds", List.of("official_act", "reported"), "excludeDisputed", false, "followTypes",
                    List.of("BRAND_OF"), "maxHops", 8L, "pathsPerEntity", 100L);
            assertThat(walk(filters, shared)).extracting(path -> path.start().name()).containsExactly("One", "Two");
            assertThat(walk(filters, shared)).extracting(path -> path.start().name()).containsExactly("One", "Two");

            run("MATCH (b:Brand {id: 'brand/one'}) SET b.name = 'Uno'", Map.of());
            run("MATCH (:Brand {id: 'brand/two'})-[link:BRAND_OF]->() SET link.passages = ['Said again']", Map.of());
            List<TracePath> renamed = walk(filters, shared);
            assertThat(renamed).extracting(path -> path.start().name()).containsExactly("Two", "Uno");
            assertThat(renamed.getFirst().hops().getFirst().evidence().getFirst().passage()).isEqualTo("Said again");

            run("MATCH (:Brand {id: 'brand/two'})-[link:BRAND_OF]->() DELETE link", Map.of());
            run("MATCH (b:Brand {id: 'brand/one'}) REMOVE b:Brand SET b:Product", Map.of());
            assertThat(walk(filters, shared)).isEmpty();
            run("MATCH (b:Product {id: 'brand/one'}) SET b:Brand", Map.of());
            assertThat(walk(filters, shared)).extracting(path -> path.start().name()).containsExactly("Uno");
        }
    }

    /** The in-process walk of the whole report, as the service runs it, with the given memory. */
    @SuppressWarnings("unchecked")
    private static List<TracePath> walk(Map<String, Object> filters, WalkMemory with) {
        HopFilter filter = new HopFilter((LocalDate) filters.get("asOf"), (List<String>) filters.get("evidenceKinds"),
                (List<String>) filters.get("followTypes"), (Boolean) filters.get("excludeDisputed"));
        List<TracePath> paths = new ArrayList<>();
        WalkPaths.stream(new InProcessDatabase(database), BUDGET, (String) filters.get("listId"), (String) filters.get("exposedKind"),
                filter, (int) (long) (Long) filters.get("maxHops"), (int) (long) (Long) filters.get("pathsPerEntity"), with, paths::add);
        return paths;
    }

    /** One write of a random kind, in a transaction of its own, on a node or link of the graph (gone ones change nothing). */
    @SuppressWarnings("unchecked")
    private static void randomWrite(Random random, Map<String, Object> graph) {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) graph.get("nodes");
        List<Map<String, Object>> links = (List<Map<String, Object>>) graph.get("links");
        String node = (String) ((Map<String, Object>) nodes.get(random.nextInt(nodes.size())).get("properties")).get("id");
        Map<String, Object> link = links.get(random.nextInt(links.size()));
        String match = "MATCH (a:Resource {id: $link.from})-[link:$($link.type)]->(b:Resource {id: $link.to}) ";
        Map<String, Object> parameters = Map.of("id", node, "link", link, "name", "Renamed " + random.nextInt(5),
                "label", ExposureWalkIT.LABELS[random.nextInt(ExposureWalkIT.LABELS.length)],
                "type", ExposureWalkIT.TYPES[random.nextInt(ExposureWalkIT.TYPES.length)],
                "other", (String) ((Map<String, Object>) nodes.get(random.nextInt(nodes.size())).get("properties")).get("id"),
                "fact", ExposureWalkIT.fact(random, "written " + random.nextInt(100)),
                "kind", ExposureWalkIT.KINDS[random.nextInt(ExposureWalkIT.KINDS.length)]);
        switch (random.nextInt(10)) {
            case 0 -> run("MATCH (n:Resource {id: $id}) SET n.name = $name", parameters);
            case 1 -> run("MATCH (n:Resource {id: $id}) REMOVE n.name", parameters);
            case 2 -> run("MATCH (n:Resource {id: $id}) SET n:$($label)", parameters);
            case 3 -> run("MATCH (n:Resource {id: $id}) REMOVE n:Brand, n:Company", parameters);
            case 4 -> run(match + "SET link.statementKind = $kind, link.passages = [$name]", parameters);
            case 5 -> run(match + "SET link = $fact", parameters);
            case 6 -> run(match + "DELETE link", parameters);
            case 7 -> run("MATCH (a:Resource {id: $id}), (b:Resource {id: $other}) WHERE a <> b CREATE (a)-[link:$($type)]->(b) SET link = $fact",
                    parameters);
            case 8 -> run("""
                    MATCH (n:Resource {id: $id}) DETACH DELETE n
                    WITH count(*) AS deleted
                    MATCH (b:Resource {id: $other})
                    CREATE (:Resource:$($label) {id: $id, name: $name})-[link:$($type)]->(b) SET link = $fact""", parameters);
            default -> run(match + "REMOVE link.heldFrom, link.heldUntil", parameters);
        }
    }

    private static void run(String cypher, Map<String, Object> parameters) {
        try (Transaction tx = database.beginTx()) {
            tx.execute(cypher, parameters).close();
            tx.commit();
        }
    }
}
