package org.supplywatch.rdf;

import java.util.List;

/** An RDF import refused before its first write; the problems say where and why. */
public class RdfRejectedException extends RuntimeException {

    private static final int MAX_LISTED = 100;

    private final List<RdfProblem> problems;
    private final int total;

    public RdfRejectedException(String summary, List<RdfProblem> problems) {
        this(summary, problems, problems.size());
    }

    /** For a check that keeps only its first problems but counts them all. */
    public RdfRejectedException(String summary, List<RdfProblem> problems, int total) {
        super(summary);
        this.total = total;
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_LISTED)));
    }

    static RdfRejectedException single(String place, String reason) {
        return new RdfRejectedException(place + ": " + reason + "; nothing was written", List.of(new RdfProblem(place, reason)));
    }

    /** The first problems (at most 100); {@link #total()} says how many there were. */
    public List<RdfProblem> problems() {
        return problems;
    }

    public int total() {
        return total;
    }
}
