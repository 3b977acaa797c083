package org.supplywatch.graph;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of link a traversal may follow, as users name them ({@code follow=ownership,brand}).
 * A path's kind is its weakest link: supply, then manufacturing, then brand and ownership.
 */
public enum TraversalKind {
    /** Subsidiaries, owners and the hierarchy of government bodies. */
    OWNERSHIP("ownership", EnumSet.of(RelationshipType.SUBSIDIARY_OF, RelationshipType.OWNED_BY, RelationshipType.SUBORDINATE_TO)),
    /** A brand and the company that owns it. */
    BRAND("brand", EnumSet.of(RelationshipType.BRAND_OF)),
    /** Who makes a brand or product (OEM), and which line a product belongs to. */
    MANUFACTURING("manufacturing", EnumSet.of(RelationshipType.MANUFACTURED_BY, RelationshipType.PRODUCT_OF)),
    /** Suppliers; followed from the customer back to its supplier. */
    SUPPLY("supply", EnumSet.of(RelationshipType.SUPPLIES)),
    /** Retail channels and who operates them. */
    RETAIL("retail", EnumSet.of(RelationshipType.SOLD_THROUGH, RelationshipType.OPERATED_BY)),
    /** Contracts and purchases, to their buyers and suppliers, and the claims about them. */
    CONTRACT("contract", EnumSet.of(RelationshipType.HAS_BUYER, RelationshipType.HAS_SUPPLIER, RelationshipType.CLAIM_ABOUT)),
    /** Designations, their lists and the bodies that maintain them. */
    DESIGNATION("designation", EnumSet.of(RelationshipType.DESIGNATES, RelationshipType.ON_LIST, RelationshipType.MAINTAINED_BY)),
    /** Findings, who made them, and denials. */
    FINDING("finding", EnumSet.of(RelationshipType.CONCERNS, RelationshipType.FOUND_BY, RelationshipType.DENIAL_BY,
            RelationshipType.DISPUTES));

    /** What a trace up to designated ancestors follows unless told otherwise. */
    public static final Set<TraversalKind> TRACE_DEFAULT = EnumSet.of(OWNERSHIP, BRAND, MANUFACTURING);
    /** The kinds a trace may follow at all: the upward links of supply chains. */
    public static final Set<TraversalKind> TRACE_ALLOWED = EnumSet.of(OWNERSHIP, BRAND, MANUFACTURING, SUPPLY);

    private final String value;
    private final Set<RelationshipType> types;

    TraversalKind(String value, Set<RelationshipType> types) {
        this.value = value;
        this.types = types;
    }

    public String value() {
        return value;
    }

    public Set<RelationshipType> types() {
        return types;
    }

    public static Optional<TraversalKind> fromValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value.equalsIgnoreCase(value)).findFirst();
    }

    public static Optional<TraversalKind> of(RelationshipType type) {
        return Arrays.stream(values()).filter(kind -> kind.types.contains(type)).findFirst();
    }

    /** The relationship type names of these kinds, as the Cypher files filter on them. */
    public static List<String> typeNames(Set<TraversalKind> kinds) {
        return kinds.stream().flatMap(kind -> kind.types.stream()).map(Enum::name).sorted().toList();
    }

    /** The kind of a whole path: its weakest link (supply, then manufacturing, then brand, then ownership). */
    public static TraversalKind ofPath(List<RelationshipType> hops) {
        // Loops, not streams: every path of a whole exposure report asks (tens of thousands at a million companies).
        for (TraversalKind kind : WEAKEST_FIRST) {
            for (RelationshipType hop : hops) {
                if (kind.types.contains(hop)) {
                    return kind;
                }
            }
        }
        return OWNERSHIP;
    }

    private static final List<TraversalKind> WEAKEST_FIRST = List.of(SUPPLY, MANUFACTURING, BRAND, OWNERSHIP, RETAIL, CONTRACT,
            DESIGNATION, FINDING);
}
