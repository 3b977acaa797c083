package org.supplywatch.lists;

/** Why a CSL file was refused, with its place: file, line (1 is the header) and column. */
public record CslProblem(String file, long line, String column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + (column.isEmpty() ? "" : " [" + column + "]") + ": " + message;
    }
}
