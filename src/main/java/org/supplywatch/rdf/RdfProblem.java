package org.supplywatch.rdf;

/** What is wrong with an RDF import and where: file with line and column, or focus node, path and shape. */
public record RdfProblem(String place, String reason) {
}
