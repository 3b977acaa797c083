package org.supplywatch.graph;

import static org.supplywatch.graph.NodeLabel.BRAND;
import static org.supplywatch.graph.NodeLabel.CLAIM;
import static org.supplywatch.graph.NodeLabel.COMPANY;
import static org.supplywatch.graph.NodeLabel.CONTRACT;
import static org.supplywatch.graph.NodeLabel.DENIAL;
import static org.supplywatch.graph.NodeLabel.DESIGNATION;
import static org.supplywatch.graph.NodeLabel.EQUIPMENT_CATEGORY;
import static org.supplywatch.graph.NodeLabel.FINDING;
import static org.supplywatch.graph.NodeLabel.GOVERNMENT_BODY;
import static org.supplywatch.graph.NodeLabel.LISTED_PARTY;
import static org.supplywatch.graph.NodeLabel.NGO;
import static org.supplywatch.graph.NodeLabel.PERSON;
import static org.supplywatch.graph.NodeLabel.PRODUCT;
import static org.supplywatch.graph.NodeLabel.PUBLISHER;
import static org.supplywatch.graph.NodeLabel.RESOLUTION;
import static org.supplywatch.graph.NodeLabel.RESTRICTION_LIST;
import static org.supplywatch.graph.NodeLabel.RETAIL_CHANNEL;
import static org.supplywatch.graph.NodeLabel.SOURCE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Relationship types, each a verb read in its one fixed direction, with the kinds of node it
 * may start and end at (the ontology's domain and range).
 */
public enum RelationshipType {
    BRAND_OF(EnumSet.of(BRAND), EnumSet.of(COMPANY)),
    SUBSIDIARY_OF(EnumSet.of(COMPANY), EnumSet.of(COMPANY)),
    OWNED_BY(EnumSet.of(COMPANY), EnumSet.of(COMPANY, GOVERNMENT_BODY)),
    SUBORDINATE_TO(EnumSet.of(GOVERNMENT_BODY), EnumSet.of(GOVERNMENT_BODY)),
    MANUFACTURED_BY(EnumSet.of(BRAND, PRODUCT), EnumSet.of(COMPANY)),
    PRODUCT_OF(EnumSet.of(PRODUCT), EnumSet.of(COMPANY, BRAND)),
    SUPPLIES(EnumSet.of(COMPANY), EnumSet.of(COMPANY, GOVERNMENT_BODY)),
    SOLD_THROUGH(EnumSet.of(BRAND, PRODUCT, COMPANY), EnumSet.of(RETAIL_CHANNEL)),
    OPERATED_BY(EnumSet.of(RETAIL_CHANNEL), EnumSet.of(COMPANY)),
    MAINTAINED_BY(EnumSet.of(RESTRICTION_LIST), EnumSet.of(GOVERNMENT_BODY)),
    DESIGNATES(EnumSet.of(DESIGNATION), EnumSet.of(COMPANY, GOVERNMENT_BODY, NGO, PERSON, LISTED_PARTY, BRAND, PRODUCT, EQUIPMENT_CATEGORY)),
    ON_LIST(EnumSet.of(DESIGNATION), EnumSet.of(RESTRICTION_LIST)),
    HAS_BUYER(EnumSet.of(CONTRACT), EnumSet.of(COMPANY, GOVERNMENT_BODY, NGO)),
    HAS_SUPPLIER(EnumSet.of(CONTRACT), EnumSet.of(COMPANY)),
    CLAIM_ABOUT(EnumSet.of(CLAIM), EnumSet.of(CONTRACT)),
    CONCERNS(EnumSet.of(FINDING), EnumSet.of(COMPANY, GOVERNMENT_BODY, BRAND, PRODUCT)),
    FOUND_BY(EnumSet.of(FINDING), EnumSet.of(PUBLISHER, NGO, GOVERNMENT_BODY)),
    DENIAL_BY(EnumSet.of(DENIAL), EnumSet.of(COMPANY, GOVERNMENT_BODY)),
    DISPUTES(EnumSet.of(DENIAL), EnumSet.of(FINDING, DESIGNATION, CLAIM)),
    PUBLISHED_BY(EnumSet.of(SOURCE), EnumSet.of(PUBLISHER, NGO, GOVERNMENT_BODY, COMPANY)),
    /** Bookkeeping of entity resolution: which designation a resolution decides. */
    RESOLVES(EnumSet.of(RESOLUTION), EnumSet.of(DESIGNATION)),
    /** Bookkeeping of entity resolution: the existing entity a listed name may be. */
    CANDIDATE(EnumSet.of(RESOLUTION), EnumSet.of(COMPANY, GOVERNMENT_BODY, NGO, PUBLISHER, PERSON, LISTED_PARTY));

    private final Set<NodeLabel> from;
    private final Set<NodeLabel> to;

    RelationshipType(Set<NodeLabel> from, Set<NodeLabel> to) {
        this.from = from;
        this.to = to;
    }

    public Set<NodeLabel> from() {
        return from;
    }

    public Set<NodeLabel> to() {
        return to;
    }

    /** Whether a curated row may state this relationship directly (the others follow from fact rows). */
    public boolean isStatedDirectly() {
        return !from.contains(DESIGNATION) && !from.contains(CONTRACT) && !from.contains(CLAIM)
                && !from.contains(FINDING) && !from.contains(DENIAL) && !from.contains(SOURCE) && !from.contains(RESOLUTION);
    }

    /** Whether this is bookkeeping of entity resolution (scores and decisions), not a sourced fact. */
    public boolean isResolutionBookkeeping() {
        return from.contains(RESOLUTION);
    }

    public static Optional<RelationshipType> fromName(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }
}
