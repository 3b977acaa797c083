package org.supplywatch.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.supplywatch.cypher.GraphWriter;
import org.supplywatch.lists.CslImportReport.ResolutionLine;
import org.supplywatch.lists.CslImporter.StoredDesignation;
import org.supplywatch.lists.EntityResolver.Decision;

/** Everything one import will write, gathered before the single write transaction. */
final class CslImportPlan {

    private final String sourceId;
    private final LocalDate observedOn;
    private final Map<String, CslEntry> newDesignations = new LinkedHashMap<>();
    private final List<Map<String, Object>> designationRows = new ArrayList<>();
    private final List<Map<String, Object>> endRows = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final List<String> changed = new ArrayList<>();
    private final List<String> ended = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<ResolutionLine> resolutionLines = new ArrayList<>();
    private final List<Map<String, Object>> entityRows = new ArrayList<>();
    private final List<Map<String, Object>> relationshipRows = new ArrayList<>();
    private final List<Map<String, Object>> resolutionRows = new ArrayList<>();
    private final List<Map<String, Object>> aliasRows = new ArrayList<>();
    private int unchanged;

    CslImportPlan(String sourceId, LocalDate observedOn) {
        this.sourceId = sourceId;
        this.observedOn = observedOn;
    }

    void add(String id, CslEntry entry) {
        newDesignations.put(id, entry);
        added.add(id);
        designationRows.add(node(id, "Designation", CslRows.designation(id, entry, List.of(sourceId), List.of(entry.name()), null)));
        relationshipRows.add(CslRows.relationship(id, "ON_LIST", CslLists.of(entry.listCode()).id(), CslRows.evidence(sourceId, entry)));
    }

    void update(StoredDesignation earlier, CslEntry entry) {
        List<String> sourceIds = new ArrayList<>(earlier.sourceIds());
        List<String> passages = new ArrayList<>(earlier.passages());
        boolean newSource = !sourceIds.contains(sourceId);
        if (newSource) {
            sourceIds.add(sourceId);
            passages.add(entry.name());
        }
        boolean listChanged = !CslRows.sameFields(earlier.fields(), CslRows.listedFields(entry))
                || !java.util.Objects.equals(earlier.removed(), entry.lifted());
        if (listChanged) {
            changed.add(earlier.id());
        } else {
            unchanged++;
        }
        if (listChanged || newSource) {
            designationRows.add(node(earlier.id(), "Designation", CslRows.designation(earlier.id(), entry, sourceIds, passages, null)));
        }
    }

    void end(StoredDesignation earlier) {
        ended.add(earlier.id());
        endRows.add(CslRows.endRow(earlier.id(), observedOn));
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    boolean hasDesignation(String id) {
        return newDesignations.containsKey(id);
    }

    List<CslEntry> newEntries() {
        return List.copyOf(newDesignations.values());
    }

    /** Links each new designation to the entity its resolution chose, and records the resolution. */
    void resolve(Map<CslEntry, Decision> decisions) {
        newDesignations.forEach((id, entry) -> {
            Decision decision = decisions.get(entry);
            Map<String, Object> provisional = CslRows.provisionalEntity(entry, sourceId);
            String provisionalId = (String) provisional.get("id");
            boolean automatic = "automatic".equals(decision.status());
            String target = automatic ? decision.candidate().id() : provisionalId;
            if (!automatic) {
                entityRows.add(provisional);
            } else {
                List<String> names = new ArrayList<>(entry.aliases());
                names.addFirst(entry.name());
                aliasRows.add(Map.of("id", target, "aliases", names));
            }
            Map<String, Object> evidence = new LinkedHashMap<>(CslRows.evidence(sourceId, entry));
            evidence.put("resolutionStatus", decision.status());
            evidence.put("resolutionScore", decision.score());
            relationshipRows.add(CslRows.relationship(id, "DESIGNATES", target, evidence));
            String candidate = decision.candidate() == null ? null : decision.candidate().id();
            if (candidate != null) {
                String resolutionId = CslRows.resolutionId(id);
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("id", resolutionId);
                properties.put("status", decision.status());
                properties.put("score", decision.score());
                properties.put("reason", decision.reason());
                properties.put("provisionalEntity", provisionalId);
                properties.put("provisionalLabel", provisional.get("label"));
                resolutionRows.add(node(resolutionId, "Resolution", properties));
                relationshipRows.add(CslRows.relationship(resolutionId, "RESOLVES", id, Map.of()));
                relationshipRows.add(CslRows.relationship(resolutionId, "CANDIDATE", candidate, Map.of()));
            }
            resolutionLines.add(new ResolutionLine(id, entry.name(), decision.status(), target, candidate,
                    Math.round(decision.score() * 1000) / 1000.0, decision.reason()));
        });
    }

    void write(GraphWriter.Batch batch, String fileName, List<String> codes) {
        List<Map<String, Object>> absent = new ArrayList<>();
        absent.add(node(CslImporter.PUBLISHER, "GovernmentBody", Map.of("id", CslImporter.PUBLISHER,
                "name", "International Trade Administration", "aliases", List.of("ITA"), "country", "US", "origin", "csl",
                "sourceIds", List.of(sourceId), "passages", List.of())));
        absent.add(node(sourceId, "Source", Map.of("id", sourceId, "title", "Consolidated Screening List (CSV): " + fileName,
                "published", observedOn.toString(), "origin", "csl", "note", "Imported file; the id is the start of its SHA-256.")));
        for (String code : codes) {
            CslLists.ListInfo list = CslLists.of(code);
            absent.add(node(list.id(), "RestrictionList", Map.of("id", list.id(), "name", list.name(), "listCode", code, "origin", "csl",
                    "sourceIds", List.of(sourceId), "passages", List.of())));
        }
        absent.addAll(entityRows);
        batch.unwind("ingest/merge-nodes-if-absent", absent);
        batch.unwind("ingest/merge-nodes", designationRows);
        batch.unwind("ingest/merge-nodes", resolutionRows);
        List<Map<String, Object>> relationships = new ArrayList<>(relationshipRows);
        relationships.add(CslRows.relationship(sourceId, "PUBLISHED_BY", CslImporter.PUBLISHER, Map.of("statementKind",
                "company_statement", "statementKinds", List.of("company_statement"), "sourceIds", List.of(sourceId),
                "passages", List.of("Consolidated Screening List"))));
        batch.unwind("ingest/merge-relationships", relationships);
        batch.unwind("ingest/add-imported-aliases", aliasRows);
        batch.unwind("ingest/end-designations", endRows);
    }

    List<String> added() {
        return added;
    }

    List<String> changed() {
        return changed;
    }

    List<String> ended() {
        return ended;
    }

    int unchanged() {
        return unchanged;
    }

    List<String> warnings() {
        return warnings;
    }

    List<ResolutionLine> resolutionLines() {
        return resolutionLines;
    }

    private static Map<String, Object> node(String id, String label, Map<String, Object> properties) {
        return Map.of("id", id, "label", label, "properties", properties);
    }
}
