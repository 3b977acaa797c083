package org.supplywatch.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of statement a fact is. Official acts, companies' own statements, reported
 * allegations and denials are kept apart so that a reader can weigh them differently.
 * The order is the strength of the evidence, strongest first.
 */
public enum StatementKind {
    /** An act of a government body: a designation, a law, a determination. */
    OFFICIAL_ACT("official_act"),
    /** What a company says of itself. */
    COMPANY_STATEMENT("company_statement"),
    /** Reported or alleged by the press, researchers, advocates or officials outside an act. */
    REPORTED("reported"),
    /**
     * Taken from a third party's dataset by an RDF import, without a passage a person chose: weaker
     * than a reported allegation, so traces count it only when asked ({@code minEvidence=imported}).
     */
    IMPORTED("imported"),
    /** A denial of another statement, recorded as a statement of its own. */
    DENIAL("denial");

    private final String value;

    StatementKind(String value) {
        this.value = value;
    }

    /** The value stored in the graph and in seed files. */
    public String value() {
        return value;
    }

    public static Optional<StatementKind> fromValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value.equals(value)).findFirst();
    }
}
