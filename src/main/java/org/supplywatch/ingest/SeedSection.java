package org.supplywatch.ingest;

import java.util.Set;

/** One kind of seed file: where it lives in the seed folder, its columns, and how a row becomes graph. */
interface SeedSection {

    /** Path pattern under the seed folder, e.g. {@code entities/*.csv}. */
    String pattern();

    Set<String> columns();

    Set<String> required();

    void read(SeedRow row, SeedGraphBuilder graph);
}
