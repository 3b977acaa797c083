/** The model in code: labels, relationship types, statement kinds and ids, mirrored from the ontology. */
package org.supplywatch.graph;
