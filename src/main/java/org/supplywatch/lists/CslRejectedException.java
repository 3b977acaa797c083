package org.supplywatch.lists;

import java.util.List;
import java.util.stream.Collectors;

/** A CSL file was refused before anything was written; carries every problem found. */
public class CslRejectedException extends RuntimeException {

    private final transient List<CslProblem> problems;

    CslRejectedException(List<CslProblem> problems) {
        super(problems.size() + " problem(s) in the CSL file, nothing was written:\n"
                + problems.stream().limit(20).map(CslProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CslProblem> problems() {
        return problems;
    }
}
