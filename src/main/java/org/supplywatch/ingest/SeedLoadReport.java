package org.supplywatch.ingest;

/** What a seed load wrote: the number of nodes and relationships it holds (the same on every replay). */
public record SeedLoadReport(String location, int nodes, int relationships) {
}
