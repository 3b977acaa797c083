package org.supplywatch.rdf;

import java.util.Map;

/**
 * What an RDF import did. {@code unmapped} counts, per predicate, the triples that neither our
 * vocabulary nor a mapped one covers: they were read, reported here, and not written.
 *
 * @param sourceId the source the import's mapped facts cite (the file), or null when it brought none
 */
public record RdfImportReport(String runId, String name, String format, long triples, long mappedTriples,
        long nodesAdded, long nodesChanged, long nodesUnchanged,
        long relationshipsAdded, long relationshipsChanged, long relationshipsUnchanged,
        String sourceId, long unmappedTriples, Map<String, Long> unmapped) {
}
