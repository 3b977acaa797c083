package org.supplywatch.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of node in the graph. Every node also carries {@link #RESOURCE}, which holds the
 * stable id; the ontology declares each as an OWL class of the same name.
 */
public enum NodeLabel {
    RESOURCE("Resource", false),
    COMPANY("Company", true),
    GOVERNMENT_BODY("GovernmentBody", true),
    PERSON("Person", true),
    LISTED_PARTY("ListedParty", true),
    NGO("Ngo", true),
    PUBLISHER("Publisher", true),
    BRAND("Brand", true),
    PRODUCT("Product", true),
    EQUIPMENT_CATEGORY("EquipmentCategory", true),
    RETAIL_CHANNEL("RetailChannel", true),
    RESTRICTION_LIST("RestrictionList", true),
    DESIGNATION("Designation", false),
    /** A second label on every entity a designation on record names; derived, kept in step by each write. */
    DESIGNATED("Designated", false),
    CONTRACT("Contract", false),
    CLAIM("Claim", false),
    FINDING("Finding", false),
    DENIAL("Denial", false),
    SOURCE("Source", false),
    RESOLUTION("Resolution", false),
    /** The record of an RDF import that has not written its last batch yet (not a Resource; never exported). */
    IMPORT_RUN("ImportRun", false);

    private final String label;
    private final boolean namedEntity;

    NodeLabel(String label, boolean namedEntity) {
        this.label = label;
        this.namedEntity = namedEntity;
    }

    /** The label as written in Cypher. */
    public String label() {
        return label;
    }

    /** Whether rows of {@code entities/*.csv} may have this kind (facts have files of their own). */
    public boolean isNamedEntity() {
        return namedEntity;
    }

    public static Optional<NodeLabel> fromLabel(String label) {
        return Arrays.stream(values()).filter(value -> value.label.equals(label)).findFirst();
    }
}
