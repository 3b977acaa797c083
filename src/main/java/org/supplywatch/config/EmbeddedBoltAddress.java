package org.supplywatch.config;

/** Where the embedded Neo4j accepts Bolt connections, e.g. {@code bolt://127.0.0.1:7687}: what Neo4j Browser connects to. */
public record EmbeddedBoltAddress(String uri) {
}
