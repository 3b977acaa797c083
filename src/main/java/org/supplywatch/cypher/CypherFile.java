package org.supplywatch.cypher;

import java.util.List;
import java.util.Map;

/**
 * One file of {@code cypher/}, as Neo4j Browser users read it.
 *
 * @param name           path under {@code cypher/} without the extension, e.g. {@code queries/brands-traced-to-designated-parents}
 * @param description    the header's comment lines, minus the {@code :param} lines
 * @param exampleParams  parameter name to the Cypher expression of its example value, from {@code // :param name => expr}
 * @param statements     the statements of the file, comments kept, split on a {@code ;} that ends a line
 */
public record CypherFile(String name, String description, Map<String, String> exampleParams, List<String> statements) {

    public CypherFile {
        exampleParams = Map.copyOf(exampleParams);
        statements = List.copyOf(statements);
    }

    /** The one statement of a query or ingest file. */
    public String statement() {
        if (statements.size() != 1) {
            throw new IllegalStateException("cypher/" + name + ".cypher holds " + statements.size() + " statements, expected one");
        }
        return statements.getFirst();
    }
}
