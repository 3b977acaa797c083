package org.supplywatch.graph;

import java.util.regex.Pattern;

/**
 * The stable, readable business id of a node ({@code company/dahua-technology}): a kind
 * prefix and a slug. RDF IRIs are minted from it; Neo4j's internal ids never leave the database.
 */
public final class ResourceId {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)+");

    private ResourceId() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && id.length() <= 300 && SHAPE.matcher(id).matches();
    }
}
