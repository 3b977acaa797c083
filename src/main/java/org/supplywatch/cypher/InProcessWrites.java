package org.supplywatch.cypher;

/**
 * The embedded database, for {@link GraphWriter}'s transactions without Bolt: present when Neo4j
 * runs in this process and {@code supplywatch.embedded.write-in-process} is on (the default).
 * Kept apart from the readers' {@link InProcessDatabase} bean so each way can be turned off alone.
 */
public record InProcessWrites(InProcessDatabase database) {
}
