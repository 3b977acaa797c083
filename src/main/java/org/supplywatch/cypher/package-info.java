/** Loads the Cypher files of {@code cypher/} (header, example parameters, statements) and runs them. */
package org.supplywatch.cypher;
