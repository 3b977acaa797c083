package org.supplywatch.ingest;

import java.util.Set;

/** One kind of seed file: where it lives in the seed folder, its columns, and how a row becomes graph. */
abstract class SeedSection {

    private final String pattern;
    private final Set<String> columns;
    private final Set<String> required;

    /**
     * @param pattern  path pattern under the seed folder, e.g. {@code entities/*.csv}
     * @param columns  every column the file may have
     * @param required the columns it must have
     */
    SeedSection(String pattern, Set<String> columns, Set<String> required) {
        this.pattern = pattern;
        this.columns = Set.copyOf(columns);
        this.required = Set.copyOf(required);
    }

    final String pattern() {
        return pattern;
    }

    final Set<String> columns() {
        return columns;
    }

    final Set<String> required() {
        return required;
    }

    abstract void read(SeedRow row, SeedGraphBuilder graph);
}
