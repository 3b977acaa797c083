package org.supplywatch.ingest;

/**
 * One reason a seed load was refused, with its place: file (relative to the seed folder),
 * line (1 is the header), and field (the column), so an editor can go straight to it.
 */
public record SeedProblem(String file, long line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + (field.isEmpty() ? "" : " [" + field + "]") + ": " + message;
    }
}
