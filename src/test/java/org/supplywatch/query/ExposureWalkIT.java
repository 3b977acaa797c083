package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.supplywatch.cypher.CypherCatalog;

/**
 * The walk procedure ({@code exposure-to-list-walk.cypher}) gives exactly the rows of the Cypher whole report
 * ({@code exposure-to-list-all.cypher}), in the same order, on random graphs made to be hard: ownership cycles, links
 * in both directions, twin links of two types, dates that are open, past, future or not dates at all, statement
 * kinds the filter drops, designations removed, disputed, naming two entities, or two designations of one entity,
 * sources missing or with several publishers, names missing or shared; and random filters (day, evidence, disputed,
 * followed types, hop bound, exposed kind, paths per entity). Each graph is written on a database of this test's own.
 */
class ExposureWalkIT {

    static final String[] TYPES = {"BRAND_OF", "SUBSIDIARY_OF", "OWNED_BY", "SUBORDINATE_TO", "MANUFACTURED_BY", "PRODUCT_OF",
        "SUPPLIES"};
    static final String[] KINDS = {"official_act", "company_statement", "reported", "imported"};
    static final String[] LABELS = {"Company", "Brand", "Product", "GovernmentBody"};
    private static final int GRAPHS = 40;

    private static Neo4j neo4j;
    private static GraphDatabaseService database;
    private final CypherCatalog catalog = new CypherCatalog();

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024).build();
        database = neo4j.defaultDatabaseService();
        ExposureWalk.register(database);
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    @Test
    void walksTheSameRowsAsTheCypherReportOnRandomGraphs() {
        int rowsCompared = 0;
        for (int seed = 1; seed <= GRAPHS; seed++) {
            Random random = new Random(seed);
            write(randomGraph(random));
            for (int filters = 0; filters < 8; filters++) {
                Map<String, Object> parameters = randomFilters(random);
                List<Object> cypher = rows("queries/exposure-to-list-all", parameters);
                List<Object> walked = rows("queries/exposure-to-list-walk", parameters);
                assertThat(walked).as("graph %d, filters %s", seed, parameters).isEqualTo(cypher);
                rowsCompared += cypher.size();
            }
        }
        assertThat(rowsCompared).as("the random graphs must hold exposure paths to compare").isGreaterThan(500);
    }

    @Test
    void anUnknownListHasNoRows() {
        write(randomGraph(new Random(7)));
        Map<String, Object> parameters = randomFilters(new Random(7));
        parameters.put("listId", "list/none");
        assertThat(rows("queries/exposure-to-list-walk", parameters)).isEmpty();
    }

    /**
     * Nodes and links as Cypher statements with parameters, run in one transaction on an emptied database (also by
     * {@link WalkMemoryIT}).
     */
    static Map<String, Object> randomGraph(Random random) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        int count = 25 + random.nextInt(20);
        for (int i = 0; i < count; i++) {
            String label = LABELS[i % 7 < 3 ? 0 : i % 7 < 5 ? 1 : i % 7 == 5 ? 2 : 3];
            Map<String, Object> properties = new HashMap<>();
            properties.put("id", "n/" + i);
            if (random.nextInt(10) > 0) {
                properties.put("name", "Name " + (char) ('A' + random.nextInt(6)) + (random.nextInt(4) == 0 ? "" : " " + random.nextInt(3)));
            }
            nodes.add(Map.of("label", label, "properties", properties));
        }
        List<Map<String, Object>> links = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < count * 4; i++) {
            int from = random.nextInt(count);
            int to = random.nextInt(count);
            String type = TYPES[random.nextInt(TYPES.length)];
            if (from == to || !seen.add(from + type + to)) {
                continue; // the loaders keep one link per (from, type, to)
            }
            links.add(Map.of("from", "n/" + from, "to", "n/" + to, "type", type, "properties", fact(random, "link " + i)));
        }
        List<Map<String, Object>> designations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> properties = fact(random, "designation " + i);
            properties.put("id", "designation/" + (char) ('z' - random.nextInt(26)) + i);
            properties.put("sourceIds", List.of("source/" + random.nextInt(4), "source/" + random.nextInt(4), "source/missing"));
            properties.put("passages", List.of("first", "second", "third"));
            if (random.nextBoolean()) {
                properties.put("legalCitation", "Citation " + i);
            }
            List<String> designees = new ArrayList<>(List.of("n/" + random.nextInt(count)));
            if (random.nextInt(4) == 0) {
                designees.add("n/" + random.nextInt(count));
            }
            designations.add(Map.of("properties", properties, "list", "list/" + random.nextInt(2), "designees",
                    designees.stream().distinct().toList(), "disputed", random.nextInt(5) == 0));
        }
        return Map.of("nodes", nodes, "links", links, "designations", designations);
    }

    static Map<String, Object> fact(Random random, String passage) {
        Map<String, Object> properties = new HashMap<>();
        int kind = random.nextInt(KINDS.length + 1);
        if (kind < KINDS.length) {
            properties.put("statementKind", KINDS[kind]);
        }
        properties.put("sourceIds", List.of("source/" + random.nextInt(4)));
        properties.put("passages", List.of(passage));
        int dates = random.nextInt(6);
        if (dates == 1 || dates == 3) {
            properties.put("heldFrom", LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1));
            properties.put("validFrom", properties.get("heldFrom").toString());
        }
        if (dates == 2 || dates == 3) {
            properties.put("heldUntil", LocalDate.of(2018 + random.nextInt(10), 1 + random.nextInt(12), 1));
        }
        if (dates == 4) {
            properties.put("heldFrom", "2019-01-01"); // a string where a date belongs: Cypher's comparison is null
        }
        return properties;
    }

    private static void write(Map<String, Object> graph) {
        write(database, graph);
    }

    static void write(GraphDatabaseService database, Map<String, Object> graph) {
        try (Transaction tx = database.beginTx()) {
            tx.execute("MATCH (n) DETACH DELETE n").close();
            tx.execute("""
                    UNWIND $nodes AS node CREATE (n:Resource) SET n = node.properties SET n:$(node.label)""", graph).close();
            tx.execute("""
                    UNWIND $links AS link MATCH (a:Resource {id: link.from}), (b:Resource {id: link.to})
                    CREATE (a)-[r:$(link.type)]->(b) SET r = link.properties""", graph).close();
            tx.execute("""
                    UNWIND range(0, 1) AS i CREATE (:Resource:RestrictionList {id: 'list/' + i, name: 'List ' + i})
                    WITH count(*) AS lists
                    UNWIND range(0, 3) AS i CREATE (s:Resource:Source {id: 'source/' + i, title: 'Source ' + i, url: 'https://example.org/' + i})
                    WITH s, i WHERE i > 0
                    UNWIND range(1, i % 3) AS p CREATE (s)-[:PUBLISHED_BY]->(:Resource:Publisher {id: 'publisher/' + i + '-' + p, name: 'Publisher ' + p})""")
                    .close();
            tx.execute("""
                    UNWIND $designations AS row
                    MATCH (list:RestrictionList {id: row.list})
                    CREATE (d:Resource:Designation)-[:ON_LIST]->(list) SET d = row.properties
                    WITH d, row
                    UNWIND row.designees AS designee MATCH (entity:Resource {id: designee}) CREATE (d)-[:DESIGNATES]->(entity)
                    WITH DISTINCT d, row WHERE row.disputed CREATE (:Resource:Denial {id: d.id + '/denial'})-[:DISPUTES]->(d)""", graph)
                    .close();
            tx.commit();
        }
    }

    static Map<String, Object> randomFilters(Random random) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("listId", "list/" + random.nextInt(2));
        parameters.put("exposedKind", LABELS[random.nextInt(3)]);
        parameters.put("asOf", LocalDate.of(2014 + random.nextInt(14), 1 + random.nextInt(12), 15));
        List<String> kinds = new ArrayList<>(Arrays.asList(KINDS).subList(0, 1 + random.nextInt(KINDS.length)));
        parameters.put("evidenceKinds", kinds);
        parameters.put("excludeDisputed", random.nextBoolean());
        List<String> follow = new ArrayList<>();
        for (String type : TYPES) {
            if (random.nextInt(5) > 0) {
                follow.add(type);
            }
        }
        parameters.put("followTypes", follow);
        parameters.put("maxHops", (long) (1 + random.nextInt(8)));
        parameters.put("pathsPerEntity", random.nextInt(3) == 0 ? 1L + random.nextInt(3) : 100L);
        return parameters;
    }

    private List<Object> rows(String query, Map<String, Object> parameters) {
        try (Transaction tx = database.beginTx(); Result result = tx.execute(catalog.get(query).statement(), parameters)) {
            List<Object> rows = new ArrayList<>();
            result.forEachRemaining(row -> rows.add(plain(new LinkedHashMap<>(row))));
            return rows;
        }
    }

    /** Arrays (how Neo4j gives a list property) and lists alike as lists, maps compared by their entries. */
    private static Object plain(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new HashMap<>();
                map.forEach((key, item) -> copy.put(key, plain(item)));
                yield copy;
            }
            case List<?> list -> list.stream().map(ExposureWalkIT::plain).toList();
            case Object[] array -> Arrays.stream(array).map(ExposureWalkIT::plain).toList();
            case null -> null;
            default -> value;
        };
    }
}
