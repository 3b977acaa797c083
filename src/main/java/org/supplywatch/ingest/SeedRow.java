package org.supplywatch.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One CSV record of a seed file, with where it came from. Cells are trimmed; lists are split on {@code |}. */
record SeedRow(String file, long line, Map<String, String> cells) {

    String text(String field) {
        String value = cells.get(field);
        return value == null ? "" : value.strip();
    }

    List<String> list(String field) {
        String value = text(field);
        return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    SeedProblem problem(String field, String message) {
        return new SeedProblem(file, line, field, message);
    }
}
