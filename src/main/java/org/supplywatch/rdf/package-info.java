/**
 * The graph in RDF: export in six syntaxes (the whole graph streamed), SHACL validation, import of
 * our own and mapped vocabularies with provenance, entity IRIs that dereference, and the command line.
 */
package org.supplywatch.rdf;
