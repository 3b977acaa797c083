package org.supplywatch.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** The whole graph as sorted text rows (ids, labels, types, properties), to prove that a step changed nothing. */
public final class GraphSnapshot {

    private GraphSnapshot() {
    }

    public static List<String> of(String boltUri) {
        try (Driver driver = GraphDatabase.driver(boltUri, AuthTokens.none()); Session session = driver.session()) {
            List<String> nodes = session.executeRead(tx -> tx.run(
                    "MATCH (n) RETURN n.id AS key, labels(n) AS kinds, properties(n) AS properties")
                    .list(GraphSnapshot::row));
            List<String> relationships = session.executeRead(tx -> tx.run(
                    "MATCH (a)-[r]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id AS key, [] AS kinds, properties(r) AS properties")
                    .list(GraphSnapshot::row));
            return Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
        }
    }

    private static String row(Record record) {
        List<String> kinds = record.get("kinds").asList(value -> value.asString()).stream().sorted().toList();
        Map<String, Object> properties = new TreeMap<>(record.get("properties").asMap());
        return record.get("key").asString() + " " + kinds + " " + properties;
    }

    public static long count(String boltUri, String cypher) {
        try (Driver driver = GraphDatabase.driver(boltUri, AuthTokens.none()); Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
        }
    }
}
