/** Writes to the graph: the schema, and the curated seed graph, validated whole before the first write. */
package org.supplywatch.ingest;
