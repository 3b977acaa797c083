package org.supplywatch.graph;

import java.util.regex.Pattern;

/**
 * Reads a list's own scope wording for whether it reaches beyond the named party: "and any
 * successor, sub-unit, or subsidiary thereof", "or any of its ... subsidiaries, or affiliates".
 * Wording such as the FCC's "to the extent it is used for the purpose of public safety" narrows
 * a listing and does not extend it.
 */
public final class ScopeWording {

    private static final Pattern EXTENDS = Pattern.compile("\\b(subsidiar(y|ies)|sub-units?|successors?|affiliates?)\\b",
            Pattern.CASE_INSENSITIVE);

    private ScopeWording() {
    }

    public static boolean reachesSubsidiaries(String... wording) {
        for (String text : wording) {
            if (text != null && EXTENDS.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
