package org.supplywatch.lists;

import java.util.List;

/**
 * What an import did: designations added, changed and ended (by id), how each new entry was
 * resolved to an entity, and warnings (rows that disagree, unknown list codes).
 */
public record CslImportReport(String file, String sourceId, String observedOn, int entries, List<String> listCodes,
        List<String> added, List<String> changed, List<String> ended, int unchanged, List<ResolutionLine> resolutions,
        List<String> warnings) {

    /** How one new entry was matched: automatic, pending (queued for review) or new (no good candidate). */
    public record ResolutionLine(String designationId, String listedName, String status, String entityId, String candidateId,
            Double score, String reason) {
    }
}
