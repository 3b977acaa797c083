/**
 * The researchers' workbench: Neo4j Browser served offline with the Supplywatch guide and style,
 * and the web view that draws a trace or neighbourhood with its evidence.
 */
package org.supplywatch.workbench;
