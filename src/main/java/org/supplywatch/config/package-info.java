/** Typed configuration and the start-up of the embedded Neo4j. */
package org.supplywatch.config;
