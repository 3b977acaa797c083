package org.supplywatch.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.supplywatch.graph.StatementKind;

/**
 * How an import adds to what is already there, so that nothing curated is lost and the same
 * file twice changes nothing: values already set are kept, list values are united, and each
 * new (source, passage) pair is appended to the side-by-side evidence arrays. The statement kind
 * becomes the strongest among all the evidence.
 */
final class EvidenceMerge {

    private EvidenceMerge() {
    }

    static Map<String, Object> merge(Map<String, Object> existing, Map<String, Object> incoming, Predicate<String> isList) {
        Map<String, Object> merged = new LinkedHashMap<>(existing);
        incoming.forEach((key, value) -> {
            if (GraphToRdf.EVIDENCE_KEYS.contains(key) || "statementKind".equals(key)) {
                return;
            }
            Object earlier = merged.get(key);
            if (earlier == null) {
                merged.put(key, value);
            } else if (isList.test(key) && earlier instanceof List<?> before && value instanceof List<?> added) {
                List<Object> union = new ArrayList<>(before);
                added.stream().filter(item -> !union.contains(item)).forEach(union::add);
                merged.put(key, union);
            }
        });
        mergeEvidence(existing, incoming, merged);
        return merged;
    }

    private static void mergeEvidence(Map<String, Object> existing, Map<String, Object> incoming, Map<String, Object> merged) {
        List<Item> items = new ArrayList<>(items(existing));
        boolean withKinds = existing.get("statementKinds") != null || items.isEmpty();
        boolean withPassages = !strings(existing.get("passages")).isEmpty();
        for (Item item : items(incoming)) {
            if (items.stream().noneMatch(known -> known.sameSupport(item))) {
                items.add(item);
                withPassages |= item.passage() != null && !item.passage().isEmpty();
            }
        }
        if (items.isEmpty()) {
            return;
        }
        String fallbackKind = (String) existing.getOrDefault("statementKind", incoming.get("statementKind"));
        merged.put("sourceIds", items.stream().map(Item::sourceId).toList());
        if (withPassages) {
            merged.put("passages", items.stream().map(item -> Objects.requireNonNullElse(item.passage(), "")).toList());
        }
        if (withKinds && items.stream().allMatch(item -> item.kind() != null || fallbackKind != null)) {
            merged.put("statementKinds", items.stream().map(item -> Objects.requireNonNullElse(item.kind(), fallbackKind)).toList());
        }
        if (existing.containsKey("statementKind") || incoming.containsKey("statementKind")) {
            strongest(existing.get("statementKind"), incoming.get("statementKind"), merged.get("statementKinds"))
                    .ifPresent(kind -> merged.put("statementKind", kind));
        }
    }

    private static java.util.Optional<String> strongest(Object... candidates) {
        List<String> kinds = new ArrayList<>();
        for (Object candidate : candidates) {
            if (candidate instanceof String kind) {
                kinds.add(kind);
            } else if (candidate instanceof List<?> list) {
                list.forEach(kind -> kinds.add(kind.toString()));
            }
        }
        return kinds.stream()
                .map(StatementKind::fromValue)
                .flatMap(java.util.Optional::stream)
                .min(Comparator.naturalOrder())
                .map(StatementKind::value);
    }

    private static List<Item> items(Map<String, Object> properties) {
        List<String> sources = strings(properties.get("sourceIds"));
        List<String> passages = strings(properties.get("passages"));
        List<String> kinds = strings(properties.get("statementKinds"));
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            items.add(new Item(sources.get(i), i < passages.size() ? passages.get(i) : null, i < kinds.size() ? kinds.get(i) : null));
        }
        return items;
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    /** One source's support: the source, the quoted passage, the kind of statement. */
    private record Item(String sourceId, String passage, String kind) {
        boolean sameSupport(Item other) {
            return sourceId.equals(other.sourceId) && Objects.equals(blankToNull(passage), blankToNull(other.passage));
        }

        private static String blankToNull(String text) {
            return text == null || text.isEmpty() ? null : text;
        }
    }
}
