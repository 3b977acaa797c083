package org.supplywatch.lists;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.supplywatch.graph.Period;
import org.supplywatch.graph.ScopeWording;
import org.supplywatch.graph.StatementKind;

/** The graph rows an import writes for a CSL entry: its designation, its provisional entity, its links. */
final class CslRows {

    private CslRows() {
    }

    static String designationId(CslEntry entry) {
        return "designation/csl/" + entry.listCode().toLowerCase(java.util.Locale.ROOT) + "/" + entry.slug();
    }

    static String resolutionId(String designationId) {
        return "resolution/" + designationId.substring("designation/".length());
    }

    /** The entity made from the listed name when no existing entity is (yet) confirmed to be the party. */
    static Map<String, Object> provisionalEntity(CslEntry entry, String sourceId) {
        String label = entry.isPerson() ? "Person" : "ListedParty";
        String id = (entry.isPerson() ? "person/" : "listed-party/") + entry.slug();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", id);
        properties.put("name", entry.name());
        properties.put("aliases", entry.aliases());
        properties.put("origin", "csl");
        if (entry.countries().size() == 1 && Countries.code(entry.countries().getFirst()) != null) {
            properties.put("country", Countries.code(entry.countries().getFirst()));
        }
        properties.put("sourceIds", List.of(sourceId));
        properties.put("passages", List.of(entry.name()));
        return Map.of("id", id, "label", label, "properties", properties);
    }

    /** What the list says of the entry: compared between imports to tell changed from unchanged. */
    static Map<String, Object> listedFields(CslEntry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("federalRegisterNotices", entry.notices());
        fields.put("effective", entry.effective());
        fields.put("licenseRequirement", blankToNull(entry.licenseRequirement()));
        fields.put("licensePolicy", blankToNull(entry.licensePolicy()));
        fields.put("addresses", entry.addresses());
        fields.put("listedAliases", entry.aliases());
        fields.put("reason", blankToNull(entry.remarks()));
        fields.values().removeIf(value -> value == null || value instanceof List<?> list && list.isEmpty());
        return fields;
    }

    static boolean sameFields(Map<String, Object> stored, Map<String, Object> listed) {
        return Objects.equals(normalized(stored), normalized(listed));
    }

    static Map<String, Object> designation(String id, CslEntry entry, List<String> sourceIds, List<String> passages,
            String removedOverride) {
        Map<String, Object> properties = new LinkedHashMap<>(listedFields(entry));
        properties.put("id", id);
        properties.put("origin", "csl");
        properties.put("listCode", entry.listCode());
        properties.put("listedName", entry.name());
        properties.put("statementKind", StatementKind.OFFICIAL_ACT.value());
        properties.put("legalCitation", entry.notices().isEmpty() ? "Consolidated Screening List, " + entry.listCode()
                : String.join("; ", entry.notices()));
        String removed = removedOverride != null ? removedOverride : entry.lifted();
        properties.put("removed", removed);
        properties.put("heldFrom", Period.start(entry.effective()));
        properties.put("heldUntil", Period.endExclusive(removed));
        String scope = String.join(" ", entry.licenseRequirement(), entry.remarks()).strip();
        properties.put("scope", scope.isEmpty() ? null : scope);
        properties.put("scopeReachesSubsidiaries", ScopeWording.reachesSubsidiaries(entry.name(), entry.licenseRequirement(),
                entry.remarks()));
        properties.put("note", entry.conflicts().isEmpty() ? null : String.join("; ", entry.conflicts()));
        properties.put("sourceIds", sourceIds);
        properties.put("passages", passages);
        properties.values().removeIf(Objects::isNull);
        return properties;
    }

    static Map<String, Object> evidence(String sourceId, CslEntry entry) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("statementKind", StatementKind.OFFICIAL_ACT.value());
        properties.put("statementKinds", List.of(StatementKind.OFFICIAL_ACT.value()));
        properties.put("sourceIds", List.of(sourceId));
        properties.put("passages", List.of(entry.name()));
        return properties;
    }

    static Map<String, Object> relationship(String from, String type, String to, Map<String, Object> properties) {
        return Map.of("from", from, "type", type, "to", to, "properties", properties);
    }

    static Map<String, Object> endRow(String id, LocalDate observedOn) {
        return Map.of("id", id, "removed", observedOn.toString(), "heldUntil", observedOn);
    }

    private static String normalized(Map<String, Object> fields) {
        Map<String, String> text = new java.util.TreeMap<>();
        fields.forEach((key, value) -> {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                text.put(key, String.valueOf(value));
            }
        });
        return text.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
