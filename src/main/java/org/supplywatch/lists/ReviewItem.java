package org.supplywatch.lists;

import org.supplywatch.query.TraceResults.NamedRef;

/**
 * An entity resolution as a reviewer sees it: the listed name, the candidate with score and
 * reason, what the designation points at now, and the decision so far.
 */
public record ReviewItem(String id, String status, Double score, String reason, String decidedOn, String listedName,
        String designationId, NamedRef candidate, NamedRef designatedEntity, String provisionalEntity) {
}
