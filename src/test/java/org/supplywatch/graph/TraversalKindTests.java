package org.supplywatch.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TraversalKindTests {

    /** Links that record provenance and review decisions, never followed by a traversal. */
    private static final java.util.Set<RelationshipType> BOOKKEEPING = java.util.EnumSet.of(RelationshipType.PUBLISHED_BY,
            RelationshipType.RESOLVES, RelationshipType.CANDIDATE);

    @Test
    void everyRelationshipTypeHasExactlyOneKind() {
        for (RelationshipType type : RelationshipType.values()) {
            assertThat(Arrays.stream(TraversalKind.values()).filter(kind -> kind.types().contains(type)))
                    .as("kinds of %s", type).hasSize(BOOKKEEPING.contains(type) ? 0 : 1);
        }
    }

    @Test
    void aPathIsAsWeakAsItsWeakestLink() {
        assertThat(TraversalKind.ofPath(List.of(RelationshipType.BRAND_OF, RelationshipType.SUBSIDIARY_OF)))
                .isEqualTo(TraversalKind.BRAND);
        assertThat(TraversalKind.ofPath(List.of(RelationshipType.MANUFACTURED_BY, RelationshipType.SUBSIDIARY_OF)))
                .isEqualTo(TraversalKind.MANUFACTURING);
        assertThat(TraversalKind.ofPath(List.of(RelationshipType.BRAND_OF, RelationshipType.SUPPLIES, RelationshipType.MANUFACTURED_BY)))
                .isEqualTo(TraversalKind.SUPPLY);
        assertThat(TraversalKind.ofPath(List.of(RelationshipType.SUBSIDIARY_OF))).isEqualTo(TraversalKind.OWNERSHIP);
    }

    @Test
    void tracesFollowBrandOwnershipAndManufacturingUnlessToldOtherwise() {
        assertThat(TraversalKind.typeNames(TraversalKind.TRACE_DEFAULT))
                .containsExactly("BRAND_OF", "MANUFACTURED_BY", "OWNED_BY", "PRODUCT_OF", "SUBORDINATE_TO", "SUBSIDIARY_OF");
    }
}
