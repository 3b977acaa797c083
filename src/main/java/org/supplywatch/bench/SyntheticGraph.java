package org.supplywatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.supplywatch.graph.Period;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.StatementKind;

/**
 * A realistic synthetic graph, the same for the same scale factor and seed. SF1 has 10,000
 * companies, 30,000 brands and about 60,000 relationships; SF100 a million companies, 3 million
 * brands and about 6 million relationships. Ownership is a forest grown by preferential
 * attachment (power-law fan-out) at most 8 deep, with a few cycles; brands belong to companies,
 * a fifth are made by another company (OEM); companies supply each other; 0.5% of companies are
 * designated on one of three lists, a fifth of those later removed; every edge has evidence,
 * a statement kind and, for a third, dates, so that asOf and evidence filters do real work.
 *
 * <p>Besides the rows Neo4j gets, it keeps int adjacency arrays of the upward links, for the
 * in-memory BFS that is the traversal baseline.
 */
public final class SyntheticGraph {

    static final int MAX_DEPTH = 8;
    static final int SOURCES = 100;
    static final String[] LISTS = {"list/synthetic-a", "list/synthetic-b", "list/synthetic-c"};
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    final int companies;
    final int brands;
    /** Upward links by node index (companies 0..C-1, then brands C..C+B-1): targets, and whether they hold on AS_OF. */
    final int[][] up;
    /** Per company: whether a designation of it holds on AS_OF. */
    final boolean[] designatedNow;
    final List<Map<String, Object>> nodes = new ArrayList<>();
    final List<Map<String, Object>> relationships = new ArrayList<>();

    private final SplittableRandom random;
    private final List<List<Integer>> upward;
    private int designations;

    private SyntheticGraph(double scale, long seed) {
        this.companies = Math.max(10, (int) Math.round(10_000 * scale));
        this.brands = companies * 3;
        this.random = new SplittableRandom(seed);
        this.upward = new ArrayList<>(companies + brands);
        for (int i = 0; i < companies + brands; i++) {
            upward.add(new ArrayList<>(2));
        }
        this.designatedNow = new boolean[companies];
        build();
        this.up = new int[companies + brands][];
        for (int i = 0; i < up.length; i++) {
            up[i] = upward.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    public static SyntheticGraph generate(double scale, long seed) {
        return new SyntheticGraph(scale, seed);
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int relationshipCount() {
        return relationships.size();
    }

    static String companyId(int index) {
        return "company/c-" + index;
    }

    static String brandId(int index) {
        return "brand/b-" + index;
    }

    private void build() {
        for (int s = 0; s < SOURCES; s++) {
            nodes.add(node("source/s-" + s, "Source", Map.of("title", "Synthetic source " + s, "published", "2020")));
        }
        nodes.add(node("government-body/regulator", "GovernmentBody", withEvidence(Map.of("name", "Synthetic regulator"))));
        for (String list : LISTS) {
            nodes.add(node(list, "RestrictionList", withEvidence(Map.of("name", "Synthetic list " + list.substring(list.length() - 1)))));
            relationship(list, RelationshipType.MAINTAINED_BY, "government-body/regulator", StatementKind.OFFICIAL_ACT, null, null, -1, -1);
        }
        int[] depth = new int[companies];
        List<Integer> attachment = new ArrayList<>();
        for (int c = 0; c < companies; c++) {
            nodes.add(node(companyId(c), "Company", withEvidence(Map.of("name", "Synthetic Company " + c, "country", "XX"))));
            boolean root = c == 0 || random.nextInt(10) == 0;
            if (!root) {
                int parent = attachment.get(random.nextInt(attachment.size()));
                if (depth[parent] < MAX_DEPTH - 1) {
                    depth[c] = depth[parent] + 1;
                    link(c, RelationshipType.SUBSIDIARY_OF, parent);
                    attachment.add(parent);
                }
            }
            attachment.add(c);
        }
        // A few cycles: an ancestor also owned by one of its descendants (cross-holdings).
        for (int i = 0; i < Math.max(1, companies / 10_000 * 5); i++) {
            int child = random.nextInt(companies);
            List<Integer> parents = upward.get(child);
            if (!parents.isEmpty()) {
                link(parents.getFirst(), RelationshipType.OWNED_BY, child);
            }
        }
        for (int b = 0; b < brands; b++) {
            int node = companies + b;
            nodes.add(node(brandId(b), "Brand", withEvidence(Map.of("name", "Synthetic Brand " + b))));
            link(node, RelationshipType.BRAND_OF, attachment.get(random.nextInt(attachment.size())));
            if (random.nextInt(5) == 0) {
                link(node, RelationshipType.MANUFACTURED_BY, random.nextInt(companies));
            }
        }
        for (int i = 0; i < companies * 3 / 2; i++) {
            int supplier = random.nextInt(companies);
            int customer = random.nextInt(companies);
            if (supplier != customer) {
                relationship(companyId(supplier), RelationshipType.SUPPLIES, companyId(customer), kind(), null, null, -1, -1);
            }
        }
        for (int c = 0; c < companies; c++) {
            if (random.nextInt(200) == 0) {
                designate(c);
            }
        }
    }

    private void designate(int company) {
        String id = "designation/synthetic-" + designations++;
        LocalDate effective = LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String removed = random.nextInt(5) == 0 ? effective.plusYears(1 + random.nextInt(4)).toString() : null;
        Map<String, Object> properties = new LinkedHashMap<>(Map.of("statementKind", StatementKind.OFFICIAL_ACT.value(),
                "effective", effective.toString(), "legalCitation", "Synthetic rule " + id));
        properties.put("heldFrom", Period.start(effective.toString()));
        if (removed != null) {
            properties.put("removed", removed);
            properties.put("heldUntil", Period.endExclusive(removed));
        }
        String source = "source/s-" + random.nextInt(SOURCES);
        properties.put("sourceIds", List.of(source));
        properties.put("passages", List.of("Synthetic Company " + company + " is added to the list."));
        nodes.add(node(id, "Designation", properties));
        relationship(id, RelationshipType.DESIGNATES, companyId(company), StatementKind.OFFICIAL_ACT, null, null, -1, -1);
        relationship(id, RelationshipType.ON_LIST, LISTS[random.nextInt(LISTS.length)], StatementKind.OFFICIAL_ACT, null, null, -1, -1);
        boolean holds = !effective.isAfter(AS_OF) && (removed == null || AS_OF.isBefore(Period.endExclusive(removed)));
        designatedNow[company] |= holds;
    }

    /** An upward link between indexed nodes, with dates on a third of them. */
    private void link(int from, RelationshipType type, int to) {
        String validFrom = null;
        String validTo = null;
        if (random.nextInt(3) == 0) {
            validFrom = Integer.toString(2000 + random.nextInt(30));
            if (random.nextInt(10) == 0) {
                validTo = Integer.toString(Integer.parseInt(validFrom) + random.nextInt(10));
            }
        }
        relationship(nodeId(from), type, nodeId(to), kind(), validFrom, validTo, from, to);
    }

    private void relationship(String from, RelationshipType type, String to, StatementKind kind, String validFrom, String validTo,
            int fromIndex, int toIndex) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("statementKind", kind.value());
        properties.put("statementKinds", List.of(kind.value()));
        properties.put("sourceIds", List.of("source/s-" + random.nextInt(SOURCES)));
        properties.put("passages", List.of("Synthetic passage: " + from + " " + type + " " + to + "."));
        if (validFrom != null) {
            properties.put("validFrom", validFrom);
            properties.put("heldFrom", Period.start(validFrom));
        }
        if (validTo != null) {
            properties.put("validTo", validTo);
            properties.put("heldUntil", Period.endExclusive(validTo));
        }
        relationships.add(Map.of("from", from, "type", type.name(), "to", to, "properties", properties));
        if (fromIndex >= 0 && holdsOnAsOf(properties)) {
            upward.get(fromIndex).add(toIndex);
        }
    }

    private static boolean holdsOnAsOf(Map<String, Object> properties) {
        LocalDate from = (LocalDate) properties.get("heldFrom");
        LocalDate until = (LocalDate) properties.get("heldUntil");
        return (from == null || !from.isAfter(AS_OF)) && (until == null || AS_OF.isBefore(until));
    }

    private StatementKind kind() {
        int roll = random.nextInt(10);
        return roll < 7 ? StatementKind.REPORTED : roll < 9 ? StatementKind.OFFICIAL_ACT : StatementKind.COMPANY_STATEMENT;
    }

    String nodeId(int index) {
        return index < companies ? companyId(index) : brandId(index - companies);
    }

    private Map<String, Object> withEvidence(Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("sourceIds", List.of("source/s-" + random.nextInt(SOURCES)));
        all.put("passages", List.of(String.valueOf(properties.get("name"))));
        return all;
    }

    private static Map<String, Object> node(String id, String label, Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("id", id);
        return Map.of("id", id, "label", label, "properties", all);
    }
}
