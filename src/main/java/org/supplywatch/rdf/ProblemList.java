package org.supplywatch.rdf;

import java.util.ArrayList;
import java.util.List;

/** The problems a check finds in an import: the first ones kept for the answer, all of them counted. */
final class ProblemList {

    private static final int KEPT = 100;

    private final List<RdfProblem> kept = new ArrayList<>();
    private int count;

    void add(RdfProblem problem) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Refuses the import when there is any problem: nothing has been written yet. */
    void refuseIfAny(String summary) {
        if (count > 0) {
            throw new RdfRejectedException(summary + ": " + count + " problem" + (count == 1 ? "" : "s") + "; nothing was written",
                    List.copyOf(kept), count);
        }
    }
}
