package org.supplywatch.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** The seed files were refused; nothing was written. Carries every problem found, not just the first. */
public class SeedRejectedException extends RuntimeException {

    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final transient List<SeedProblem> problems;

    SeedRejectedException(List<SeedProblem> problems) {
        super(problems.size() + " problem(s) in the seed files, nothing was written:\n"
                + problems.stream().limit(PROBLEMS_IN_MESSAGE).map(SeedProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SeedProblem> problems() {
        return problems;
    }
}
