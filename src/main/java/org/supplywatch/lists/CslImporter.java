package org.supplywatch.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.types.MapAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.supplywatch.cypher.GraphReader;
import org.supplywatch.cypher.GraphWriter;
import org.supplywatch.lists.CslImportReport.ResolutionLine;

/**
 * Imports a Consolidated Screening List file (CSV, or the JSON of the CSL API): validates the whole file first, compares it with
 * what earlier imports recorded for the same source lists, resolves new entries to entities,
 * then writes everything in one transaction. Entries gone from the file are ended, not deleted;
 * the same file twice changes nothing.
 */
@Service
public class CslImporter {

    private static final Logger log = LoggerFactory.getLogger(CslImporter.class);
    static final String PUBLISHER = "government-body/us-international-trade-administration";

    private final GraphReader reader;
    private final GraphWriter writer;
    private final EntityResolver resolver;

    public CslImporter(GraphReader reader, GraphWriter writer, EntityResolver resolver) {
        this.reader = reader;
        this.writer = writer;
        this.resolver = resolver;
    }

    /** Imports a CSL file, CSV or JSON (told apart by its first character: a JSON file opens with '{'). */
    public CslImportReport importCsv(String fileName, String content, LocalDate observedOn) {
        List<CslProblem> problems = new ArrayList<>();
        boolean json = content.stripLeading().startsWith("{");
        List<CslEntry> entries = json
                ? CslJsonReader.read(fileName, new java.io.StringReader(content), problems)
                : CslCsvReader.read(fileName, new java.io.StringReader(content), problems);
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add(new CslProblem(fileName, 1, "", "holds no entry below its header"));
        }
        if (!problems.isEmpty()) {
            throw new CslRejectedException(problems);
        }
        String sourceId = "source/csl/" + sha256(content).substring(0, 16);
        List<String> codes = entries.stream().map(CslEntry::listCode).distinct().sorted().toList();
        Map<String, StoredDesignation> stored = stored(codes);
        CslImportPlan plan = new CslImportPlan(sourceId, observedOn);
        Set<String> seen = new HashSet<>();
        for (CslEntry entry : entries) {
            StoredDesignation earlier = stored.get(key(entry.listCode(), entry.name()));
            if (earlier == null || earlier.removalObserved()) {
                String id = CslRows.designationId(entry) + (earlier == null ? "" : "/relisted-" + observedOn);
                plan.add(uniqueId(id, plan), entry);
            } else {
                seen.add(earlier.id());
                plan.update(earlier, entry);
            }
        }
        stored.values().stream()
                .filter(earlier -> !seen.contains(earlier.id()) && earlier.removed() == null)
                .forEach(plan::end);
        plan.resolve(resolver.resolve(plan.newEntries()));
        codes.stream().map(CslLists::of).filter(info -> !info.known())
                .forEach(info -> plan.warn("unknown source list code; imported as " + info.id()));
        entries.stream().filter(entry -> !entry.conflicts().isEmpty())
                .forEach(entry -> plan.warn("line " + entry.firstLine() + " (" + entry.name() + "): " + String.join("; ", entry.conflicts())));
        writer.inOneTransaction(batch -> plan.write(batch, fileName, codes));
        log.info("CSL import of {}: {} added, {} changed, {} ended, {} unchanged", fileName, plan.added().size(),
                plan.changed().size(), plan.ended().size(), plan.unchanged());
        List<ResolutionLine> resolutions = plan.resolutionLines();
        return new CslImportReport(fileName, sourceId, observedOn.toString(), entries.size(), codes, plan.added(), plan.changed(),
                plan.ended(), plan.unchanged(), resolutions, plan.warnings());
    }

    /** What earlier imports recorded, by list code and listed name; a live designation wins over an ended one. */
    private Map<String, StoredDesignation> stored(List<String> codes) {
        Map<String, StoredDesignation> byKey = new LinkedHashMap<>();
        for (StoredDesignation designation : reader.list("queries/csl-designations", Map.of("listCodes", codes),
                CslImporter::storedDesignation)) {
            byKey.merge(key(designation.listCode(), designation.listedName()), designation,
                    (a, b) -> a.removalObserved() ? b : a);
        }
        return byKey;
    }

    private static StoredDesignation storedDesignation(MapAccessor row) {
        return new StoredDesignation(row.get("id").asString(), row.get("listCode").asString(), row.get("listedName").asString(),
                row.get("removed").isNull() ? null : row.get("removed").asString(), row.get("removalObserved").asBoolean(),
                row.get("fields").asMap(), row.get("sourceIds").asList(v -> v.asString()), row.get("passages").asList(v -> v.asString()));
    }

    record StoredDesignation(String id, String listCode, String listedName, String removed, boolean removalObserved,
            Map<String, Object> fields, List<String> sourceIds, List<String> passages) {
    }

    private static String uniqueId(String id, CslImportPlan plan) {
        String unique = id;
        for (int i = 2; plan.hasDesignation(unique); i++) {
            unique = id + "-" + i;
        }
        return unique;
    }

    private static String key(String code, String name) {
        return code + "\u0000" + name;
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
