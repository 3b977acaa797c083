package org.supplywatch.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.supplywatch.graph.Period;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.graph.StatementKind;
import org.supplywatch.ingest.RowSource;

/**
 * A realistic synthetic graph, the same for the same scale factor and seed. SF1 has 10,000
 * companies, 30,000 brands and about 60,000 relationships; SF100 a million companies, 3 million
 * brands and about 6 million relationships. Ownership is a forest grown by preferential
 * attachment (power-law fan-out) at most 8 deep, with a few cycles; brands belong to companies,
 * a fifth are made by another company (OEM); companies supply each other; 0.5% of companies are
 * designated on one of three lists, a fifth of those later removed; every edge has evidence,
 * a statement kind and, for a third, dates, so that asOf and evidence filters do real work.
 *
 * <p>The rows are not kept: each {@link #forEach} makes them again from the seed, in the same
 * order, so SF100's ten million rows stream through whoever reads them (the bulk load, the
 * offline import, the raw RDF writer) instead of filling the heap. What is kept is the shape the
 * baselines need: the upward links in compressed int arrays, for the in-memory BFS, and which
 * companies are designated on the benchmark date.
 */
public final class SyntheticGraph implements RowSource {

    static final int MAX_DEPTH = 8;
    static final int SOURCES = 100;
    static final String[] LISTS = {"list/synthetic-a", "list/synthetic-b", "list/synthetic-c"};
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    final int companies;
    final int brands;
    /** Upward links that hold on AS_OF, by node index (companies 0..C-1, then brands C..C+B-1). */
    final Adjacency up;
    /** Per company: whether a designation of it holds on AS_OF. */
    final boolean[] designatedNow;

    private final long seed;
    private final int nodeCount;
    private final int relationshipCount;

    private SyntheticGraph(double scale, long seed) {
        this.companies = Math.max(10, (int) Math.round(10_000 * scale));
        this.brands = companies * 3;
        this.seed = seed;
        Pass shape = new Pass(null, null);
        shape.run();
        this.up = Adjacency.of(companies + brands, shape.upFrom, shape.upTo, shape.upCount);
        this.designatedNow = shape.designatedNow;
        this.nodeCount = shape.nodes;
        this.relationshipCount = shape.relationships;
    }

    public static SyntheticGraph generate(double scale, long seed) {
        return new SyntheticGraph(scale, seed);
    }

    /** Makes every row again, the same ones in the same order as every other pass. */
    @Override
    public void forEach(Consumer<Map<String, Object>> nodes, Consumer<Map<String, Object>> relationships) {
        new Pass(nodes, relationships).run();
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int relationshipCount() {
        return relationshipCount;
    }

    static String companyId(int index) {
        return "company/c-" + index;
    }

    static String brandId(int index) {
        return "brand/b-" + index;
    }

    String nodeId(int index) {
        return index < companies ? companyId(index) : brandId(index - companies);
    }

    /**
     * One walk through the generator from the seed. Every random number is drawn whether or not
     * rows are wanted, so the pass that only records the shape and the passes that make rows see
     * the same graph. Without sinks (the shape pass) no row is built.
     */
    private final class Pass {

        private final Consumer<Map<String, Object>> nodeSink;
        private final Consumer<Map<String, Object>> relationshipSink;
        private final SplittableRandom random = new SplittableRandom(seed);
        private final boolean[] designatedNow = new boolean[companies];
        private int[] upFrom = new int[1024];
        private int[] upTo = new int[1024];
        private int upCount;
        private int nodes;
        private int relationships;
        private int designations;

        Pass(Consumer<Map<String, Object>> nodeSink, Consumer<Map<String, Object>> relationshipSink) {
            this.nodeSink = nodeSink;
            this.relationshipSink = relationshipSink;
        }

        void run() {
            for (int s = 0; s < SOURCES; s++) {
                node("source/s-" + s, "Source", Map.of("title", "Synthetic source " + s, "published", "2020"));
            }
            node("government-body/regulator", "GovernmentBody", withEvidence(Map.of("name", "Synthetic regulator")));
            for (String list : LISTS) {
                node(list, "RestrictionList", withEvidence(Map.of("name", "Synthetic list " + list.substring(list.length() - 1))));
                relationship(list, RelationshipType.MAINTAINED_BY, "government-body/regulator", StatementKind.OFFICIAL_ACT, null, null, -1, -1);
            }
            int[] depth = new int[companies];
            int[] parent = new int[companies];
            // Companies that can be picked as a parent, once per company and once more per child
            // it already has: preferential attachment, hence a power-law fan-out.
            int[] attachment = new int[companies * 2];
            int attachments = 0;
            for (int c = 0; c < companies; c++) {
                node(companyId(c), "Company", withEvidence(Map.of("name", "Synthetic Company " + c, "country", "XX")));
                parent[c] = -1;
                boolean root = c == 0 || random.nextInt(10) == 0;
                if (!root) {
                    int candidate = attachment[random.nextInt(attachments)];
                    if (depth[candidate] < MAX_DEPTH - 1) {
                        depth[c] = depth[candidate] + 1;
                        parent[c] = candidate;
                        link(c, RelationshipType.SUBSIDIARY_OF, candidate);
                        attachment[attachments++] = candidate;
                    }
                }
                attachment[attachments++] = c;
            }
            // A few cycles: a parent also owned by its subsidiary (cross-holdings).
            for (int i = 0; i < Math.max(1, companies / 10_000 * 5); i++) {
                int child = random.nextInt(companies);
                if (parent[child] >= 0) {
                    link(parent[child], RelationshipType.OWNED_BY, child);
                }
            }
            for (int b = 0; b < brands; b++) {
                int node = companies + b;
                node(brandId(b), "Brand", withEvidence(Map.of("name", "Synthetic Brand " + b)));
                link(node, RelationshipType.BRAND_OF, attachment[random.nextInt(attachments)]);
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
            node(id, "Designation", properties);
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
            String source = "source/s-" + random.nextInt(SOURCES);
            LocalDate heldFrom = validFrom == null ? null : Period.start(validFrom);
            LocalDate heldUntil = validTo == null ? null : Period.endExclusive(validTo);
            relationships++;
            if (fromIndex >= 0 && (heldFrom == null || !heldFrom.isAfter(AS_OF)) && (heldUntil == null || AS_OF.isBefore(heldUntil))) {
                recordUpward(fromIndex, toIndex);
            }
            if (relationshipSink == null) {
                return;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("statementKind", kind.value());
            properties.put("statementKinds", List.of(kind.value()));
            properties.put("sourceIds", List.of(source));
            properties.put("passages", List.of("Synthetic passage: " + from + " " + type + " " + to + "."));
            if (validFrom != null) {
                properties.put("validFrom", validFrom);
                properties.put("heldFrom", heldFrom);
            }
            if (validTo != null) {
                properties.put("validTo", validTo);
                properties.put("heldUntil", heldUntil);
            }
            relationshipSink.accept(Map.of("from", from, "type", type.name(), "to", to, "properties", properties));
        }

        private void recordUpward(int from, int to) {
            if (upCount == upFrom.length) {
                upFrom = Arrays.copyOf(upFrom, upCount * 2);
                upTo = Arrays.copyOf(upTo, upCount * 2);
            }
            upFrom[upCount] = from;
            upTo[upCount++] = to;
        }

        private StatementKind kind() {
            int roll = random.nextInt(10);
            return roll < 7 ? StatementKind.REPORTED : roll < 9 ? StatementKind.OFFICIAL_ACT : StatementKind.COMPANY_STATEMENT;
        }

        private Map<String, Object> withEvidence(Map<String, Object> properties) {
            String source = "source/s-" + random.nextInt(SOURCES);
            if (nodeSink == null) {
                return properties;
            }
            Map<String, Object> all = new LinkedHashMap<>(properties);
            all.put("sourceIds", List.of(source));
            all.put("passages", List.of(String.valueOf(properties.get("name"))));
            return all;
        }

        private void node(String id, String label, Map<String, Object> properties) {
            nodes++;
            if (nodeSink == null) {
                return;
            }
            Map<String, Object> all = new LinkedHashMap<>(properties);
            all.put("id", id);
            nodeSink.accept(Map.of("id", id, "label", label, "properties", all));
        }
    }
}
