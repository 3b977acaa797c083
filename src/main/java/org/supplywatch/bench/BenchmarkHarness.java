package org.supplywatch.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.kernel.impl.transaction.log.checkpoint.CheckPointer;
import org.neo4j.kernel.impl.transaction.log.checkpoint.SimpleTriggerInfo;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;
import org.supplywatch.config.RdfProperties;
import org.supplywatch.cypher.CypherCatalog;
import org.supplywatch.graph.NodeLabel;
import org.supplywatch.ingest.OfflineImport;
import org.supplywatch.graph.RelationshipType;
import org.supplywatch.query.ExposureReport;
import org.supplywatch.query.ExposureService;
import org.supplywatch.query.TraceResults.TracePath;
import org.supplywatch.query.TraversalParams;
import org.supplywatch.query.WalkMemory;
import org.supplywatch.rdf.EvidenceNodes;
import org.supplywatch.rdf.GraphToRdf;
import org.supplywatch.rdf.RdfExporter;
import org.supplywatch.rdf.RdfFormat;
import org.supplywatch.rdf.RdfImporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates the synthetic graph, loads it, and measures Supplywatch next to its baseline in the
 * same run on the same graph: traces over REST against an in-memory BFS, the exposure report
 * against a reverse BFS, the whole-graph export against Jena's raw writer over the same triples,
 * and the import against Jena parsing the same file into a null sink. Every trace and exposure
 * answer is also checked against the BFS: the benchmark doubles as a correctness test at scale.
 */
@Component
public class BenchmarkHarness {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkHarness.class);
    private static final String AS_OF = SyntheticGraph.AS_OF.toString();
    /** Requests before a latency is measured: at most 500, fewer for a small (smoke) sample. */
    private static final int WARM_UP_REQUESTS = 500;
    /** Requests for an id of each length before the timed traces (enough for Neo4j to recompile a plan it runs often). */
    private static final int ID_LENGTH_WARM_UPS = 20;
    /** Timed traces named in the log, slowest first. */
    private static final int SLOWEST_LOGGED = 15;

    private final BulkLoader loader;
    private final CypherCatalog catalog;
    /** Exposed entities a page, the most a request may ask for. */
    private static final int EXPOSURE_PAGE = 1000;
    /** Whole reports streamed (each way) before they are timed. */
    private static final int EXPOSURE_WARM_UPS = 3;
    /** Whole reports streamed (each way), and baselines, timed; each row is their median. */
    private static final int EXPOSURE_RUNS = 5;

    private final ExposureService exposure;
    private final RdfExporter exporter;
    private final RdfImporter importer;
    private final GraphToRdf mapping;
    private final Driver driver;
    private final JsonMapper json;
    private final long maxImportTriples;
    /** The service's embedded database, which the bench always runs on (absent only in tests that start no database). */
    private final ObjectProvider<DatabaseManagementService> embedded;
    /** What the service's exposure walks keep between reports (absent with read-in-process off). */
    private final ObjectProvider<WalkMemory> walkMemory;

    public BenchmarkHarness(BulkLoader loader, CypherCatalog catalog, ExposureService exposure, RdfExporter exporter,
            RdfImporter importer, GraphToRdf mapping, Driver driver, RdfProperties rdfProperties, JsonMapper json,
            ObjectProvider<DatabaseManagementService> embedded, ObjectProvider<WalkMemory> walkMemory) {
        this.embedded = embedded;
        this.walkMemory = walkMemory;
        this.loader = loader;
        this.catalog = catalog;
        this.exposure = exposure;
        this.exporter = exporter;
        this.importer = importer;
        this.mapping = mapping;
        this.driver = driver;
        this.json = json;
        this.maxImportTriples = rdfProperties.maxImportTriples();
    }

    /**
     * Options of a run: scale factor, seed, sampled traces, where the service listens, a folder for files, whether the
     * RDF round trip runs, whether the graph is loaded (not when the database already holds it), and whether the run is
     * only the RDF import of the export an earlier run kept in the folder (into the empty database).
     */
    public record Options(double scale, long seed, int traceSamples, int httpPort, Path workFolder, boolean rdf, boolean load,
            Set<String> queries, boolean importOnly) {

        /** The query benchmarks a run can measure ({@code --queries=}, all by default). */
        public static final Set<String> QUERIES = Set.of("traces", "paths", "exposure");
    }

    public BenchmarkReport run(Options options) throws IOException {
        long started = System.nanoTime();
        SyntheticGraph graph = SyntheticGraph.generate(options.scale(), options.seed());
        LOG.info("Generated SF{}: {} nodes, {} relationships in {} ms", options.scale(), graph.nodeCount(), graph.relationshipCount(),
                (System.nanoTime() - started) / 1_000_000);
        BenchmarkReport report = new BenchmarkReport(options.scale(), graph.nodeCount(), graph.relationshipCount());
        InMemoryTraversal bfs = new InMemoryTraversal(graph.up);
        if (options.importOnly()) {
            importKeptExport(options.workFolder().resolve("export.nt"), report);
            return report;
        }

        double bulkLoadRate = Double.NaN;
        if (options.load()) {
            bulkLoadRate = bulkLoad(graph);
            checkpoint();
        } else {
            LOG.info("Bulk load skipped: the database holds the graph already (--reuse=true)");
        }
        refreshStatistics();
        // The queries are measured on the service as the bulk load left it, before the load's baselines: those build two
        // more stores in this JVM (Neo4j's import tool, and a second embedded database with its own page cache), work a
        // running service never does, whose garbage and background work would otherwise fall in the timed requests.
        collectGarbage();
        int bulkLoadRowsAt = report.figures.size();
        if (options.queries().contains("traces")) {
            httpFloor(options, report);
            traces(graph, bfs, options, report);
        }
        if (options.queries().contains("paths")) {
            shortestPaths(graph, bfs, options, report);
        }
        if (options.queries().contains("exposure")) {
            exposure(graph, bfs, report);
        }
        if (options.load()) {
            int bulkLoadRowsFrom = report.figures.size();
            bulkLoadBaselines(graph, options, report, bulkLoadRate);
            // The bulk load's rows before the queries' in the report, as the load ran before them.
            report.moveRows(bulkLoadRowsFrom, bulkLoadRowsAt);
        }
        if (options.rdf()) {
            rdf(graph, options.workFolder(), report);
        }
        return report;
    }

    /** The bulk load through Cypher into the service's database; its rate in elements a second. */
    private double bulkLoad(SyntheticGraph graph) {
        long loadStart = System.nanoTime();
        long elements = loader.load(graph, (long) graph.nodeCount() + graph.relationshipCount());
        return elements / ((System.nanoTime() - loadStart) / 1e9);
    }

    /**
     * The bulk load flushed from the page cache to the store files now, not counted in its rate (as before: Neo4j did it
     * on its own). Why: Neo4j checkpoints every 15 minutes, and at SF100 the first checkpoint after the load wrote 3.4 GB
     * in 28 s while the exposure reports were being timed (session 23); an operator would flush a bulk load before
     * serving from it.
     */
    private void checkpoint() {
        DatabaseManagementService databases = embedded.getIfAvailable();
        if (databases == null) {
            return;
        }
        long started = System.nanoTime();
        GraphDatabaseAPI database = (GraphDatabaseAPI) databases.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try {
            database.getDependencyResolver().resolveDependency(CheckPointer.class)
                    .forceCheckPoint(new SimpleTriggerInfo("the bench, after its bulk load"));
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint after the bulk load failed", e);
        }
        LOG.info("Checkpoint after the bulk load in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** The bulk load's baselines: Neo4j's import tool writing the same rows into an empty store, then Neo4j's Java API. */
    private void bulkLoadBaselines(SyntheticGraph graph, Options options, BenchmarkReport report, double bulkLoadRate) throws IOException {
        Path offlineFolder = options.workFolder().resolve("admin-import");
        org.springframework.util.FileSystemUtils.deleteRecursively(offlineFolder);
        OfflineImport.Result offline = OfflineImport.run(graph, offlineFolder.resolve("home"),
                offlineFolder.resolve("work"));
        report.add("bulk load (UNWIND MERGE, 10k rows per transaction)", "elements/s", bulkLoadRate,
                String.format(Locale.ROOT, "neo4j-admin database import into an empty store, nodes numbered (`--id-type=actual`), "
                        + "CSV writing included (%.1f of %.1f s)", offline.csvSeconds(), offline.seconds()),
                (offline.nodes() + offline.relationships()) / offline.seconds(), "≥ 100,000 elements/s");
        report.checks++;
        if (offline.nodes() != graph.nodeCount() || offline.relationships() != graph.relationshipCount()) {
            report.mismatches.add("neo4j-admin import wrote " + offline.nodes() + " nodes and " + offline.relationships()
                    + " relationships of " + graph.nodeCount() + " and " + graph.relationshipCount());
        }
        coreApiLoad(graph, options, report, bulkLoadRate);
    }

    /**
     * The same rows through Neo4j's Java API into a database of its own (same schema, same batches, same merge rules),
     * beside the bulk load's figure: what the transactional write path allows, which the offline tool's figure does not
     * say. Its store is deleted once counted; it must hold what the service's graph holds after the bulk load (nodes,
     * relationships, Designated labels): the generator's rows repeat a relationship now and then, which both merge
     * into one, while the offline tool keeps both.
     */
    private void coreApiLoad(SyntheticGraph graph, Options options, BenchmarkReport report, double bulkLoadRate) {
        Path home = options.workFolder().resolve("core-api-load");
        org.springframework.util.FileSystemUtils.deleteRecursively(home.toFile());
        CoreApiLoad.Result core = CoreApiLoad.run(graph, home, catalog.schemaStatements(), BenchCommandLine.pageCacheMegabytes(options.scale()) * 1024 * 1024,
                BulkLoader.BATCH, (long) graph.nodeCount() + graph.relationshipCount());
        org.springframework.util.FileSystemUtils.deleteRecursively(home.toFile());
        // What the baseline's transactions left on the heap is collected now, not during the RDF round trip that follows.
        collectGarbage();
        report.add("bulk load, against Neo4j's transactional write path alone", "elements/s", bulkLoadRate,
                String.format(Locale.ROOT, "the same rows, batches and merge rules through Neo4j's Java API (no Cypher, no Bolt) into a "
                        + "new embedded database with the same schema (%.1f s)", core.seconds()),
                (graph.nodeCount() + (double) graph.relationshipCount()) / core.seconds(), "");
        CoreApiLoad.Counts loaded;
        try (var session = driver.session()) {
            var counts = session.run("""
                    CALL () { MATCH (node) RETURN count(node) AS nodes }
                    CALL () { MATCH ()-[link]->() RETURN count(link) AS relationships }
                    CALL () { MATCH (entity:Designated) RETURN count(entity) AS designated }
                    RETURN nodes, relationships, designated""").single();
            loaded = new CoreApiLoad.Counts(counts.get("nodes").asLong(), counts.get("relationships").asLong(),
                    counts.get("designated").asLong());
        }
        report.checks++;
        if (!core.counts().equals(loaded)) {
            report.mismatches.add("the Core API load wrote " + core.counts() + ", the bulk load " + loaded);
        }
    }

    /**
     * What an operator does after a bulk load: index statistics sampled again and cached plans
     * dropped. Without it the queries keep plans made for the empty database the service started
     * on (its start-up warms them), until Neo4j notices the divergence on its own. The sampling is
     * waited for ({@code db.prepareForReplanning}, not {@code db.resampleOutdatedIndexes}, which
     * only schedules it): a sample finished in the background after the caches were cleared made
     * Neo4j plan the trace query again in the middle of the timed traces (session 22's recording).
     */
    private void refreshStatistics() {
        try (var session = driver.session()) {
            session.run("CALL db.awaitIndexes(300)").consume();
            session.run("CALL db.prepareForReplanning(300)").consume();
        }
    }

    /**
     * The cost of a REST round trip with no query behind it (the liveness probe), on the same client,
     * so the trace latencies can be read against what HTTP, Spring and this machine's scheduling
     * cost on their own.
     */
    private void httpFloor(Options options, BenchmarkReport report) throws IOException {
        LoopbackClient http = new LoopbackClient(options.httpPort());
        long[] times = new long[options.traceSamples()];
        for (int i = -warmUp(options); i < times.length; i++) {
            long t0 = System.nanoTime();
            http.get("/actuator/health/liveness");
            if (i >= 0) {
                times[i] = System.nanoTime() - t0;
            }
        }
        Percentiles floor = Percentiles.of(times);
        report.add("REST round trip with no query (liveness probe) p50", "ms", floor.p50Millis(), "none", Double.NaN, "");
        report.add("REST round trip with no query (liveness probe) p99", "ms", floor.p99Millis(), "none", Double.NaN, "");
    }

    private static int warmUp(Options options) {
        return Math.min(WARM_UP_REQUESTS, 4 * options.traceSamples());
    }

    private void traces(SyntheticGraph graph, InMemoryTraversal bfs, Options options, BenchmarkReport report) throws IOException {
        int samples = Math.min(options.traceSamples(), graph.brands);
        int step = Math.max(1, graph.brands / samples);
        LoopbackClient http = new LoopbackClient(options.httpPort());
        // Warm-up on other brands than the measured ones: plans cached, the JIT's second tier
        // compiled (a running service's steady state; 20 requests left it half-compiled).
        for (int i = 0; i < warmUp(options); i++) {
            restTrace(http, SyntheticGraph.brandId((i * step + step / 2 + 1) % graph.brands));
        }
        // And ids of every length the timed ones have: Neo4j caches a plan per query and per size class of each string
        // parameter (lengths 2-10, 11-100, ...), so "brand/b-0", the first timed id and the only short one, was planned
        // anew inside the timed window (0.3-0.5 s at SF100), a cost a running service pays once per class, not per request.
        for (int brand : idLengthWarmUps(graph.brands)) {
            for (int i = 0; i < ID_LENGTH_WARM_UPS; i++) {
                restTrace(http, SyntheticGraph.brandId(brand));
            }
        }
        // The timed requests run back to back, as one client's would; the BFS and the check of each
        // answer come after, so their work (and garbage) does not fall inside a timed request.
        long[] rest = new long[samples];
        byte[][] answers = new byte[samples][];
        // Logged so that a GC log or a recording of the run can be read against the timed window.
        LOG.info("Traces: {} timed requests begin", samples);
        long[] starts = new long[samples];
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            answers[i] = restTrace(http, SyntheticGraph.brandId(i * step));
            rest[i] = System.nanoTime() - t0;
            starts[i] = t0;
        }
        LOG.info("Traces: timed requests end");
        logSlowest(rest, starts, answers, step);
        long[] baseline = new long[samples];
        for (int i = 0; i < samples; i++) {
            int brand = i * step;
            String id = SyntheticGraph.brandId(brand);
            long t1 = System.nanoTime();
            BitSet expected = bfs.designatedAncestors(graph.companies + brand, graph.designatedNow, SyntheticGraph.MAX_DEPTH);
            baseline[i] = System.nanoTime() - t1;
            JsonNode answer = json.readTree(answers[i]);
            if (answer.path("count").asInt() < 1000) {
                report.checks++;
                Set<String> got = new HashSet<>();
                answer.path("paths").forEach(path -> got.add(path.path("designatedEntity").path("id").asString()));
                Set<String> want = new HashSet<>();
                expected.stream().forEach(company -> want.add(SyntheticGraph.companyId(company)));
                if (!got.equals(want)) {
                    report.mismatches.add("trace from " + id + ": service " + got + ", BFS " + want);
                }
            }
        }
        Percentiles ours = Percentiles.of(rest);
        Percentiles limit = Percentiles.of(baseline);
        report.add("trace p50, one brand, REST", "ms", ours.p50Millis(), "in-memory BFS p50", limit.p50Millis(), "");
        report.add("trace p99, one brand, REST", "ms", ours.p99Millis(), "in-memory BFS p99", limit.p99Millis(), "≤ 10 ms");
    }

    /** A brand index of each number of digits below {@code brands} (1, 11, 101, ...): one id of each length. */
    static int[] idLengthWarmUps(int brands) {
        List<Integer> indexes = new ArrayList<>();
        for (long first = 1; first < brands; first = first == 1 ? 11 : (first - 1) * 10 + 1) {
            indexes.add((int) first);
        }
        return indexes.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The slowest timed traces with their brands, answer sizes and start (from the first timed request's, to be read
     * against a GC log), so that a tail can be told apart: the same brands slow in every run (their answers' work) or
     * different ones each time (the machine, the collector).
     */
    private static void logSlowest(long[] times, long[] starts, byte[][] answers, int step) {
        Integer[] order = new Integer[times.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(times[b], times[a]));
        StringBuilder slowest = new StringBuilder();
        for (int rank = 0; rank < Math.min(SLOWEST_LOGGED, order.length); rank++) {
            int i = order[rank];
            slowest.append(String.format(Locale.ROOT, " %s %.2f ms (%,d bytes, request %d at +%.0f ms);", SyntheticGraph.brandId(i * step),
                    times[i] / 1e6, answers[i].length, i, (starts[i] - starts[0]) / 1e6));
        }
        LOG.info("Traces: slowest{}", slowest);
    }

    /**
     * Shortest path from a sampled brand to the top of its ownership tree over REST (brand, ownership
     * and manufacturing links, either direction), against a BFS over the same links in memory; the
     * lengths must agree.
     */
    private void shortestPaths(SyntheticGraph graph, InMemoryTraversal bfs, Options options, BenchmarkReport report) throws IOException {
        int samples = Math.min(Math.max(1, options.traceSamples() / 2), graph.brands);
        int step = Math.max(1, graph.brands / samples);
        LoopbackClient http = new LoopbackClient(options.httpPort());
        for (int i = 0; i < Math.min(10, samples); i++) { // warm-up
            int brand = graph.companies + i * step;
            restPathLength(http, brand, top(graph, brand), graph);
        }
        long[] rest = new long[samples];
        long[] baseline = new long[samples];
        for (int i = 0; i < samples; i++) {
            int brand = graph.companies + i * step;
            int top = top(graph, brand);
            long t0 = System.nanoTime();
            int length = restPathLength(http, brand, top, graph);
            rest[i] = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            int expected = bfs.undirectedDistance(brand, top, SyntheticGraph.MAX_DEPTH);
            baseline[i] = System.nanoTime() - t1;
            report.checks++;
            if (length != expected) {
                report.mismatches.add("shortest path " + graph.nodeId(brand) + " to " + graph.nodeId(top) + ": service " + length
                        + " hops, BFS " + expected);
            }
        }
        Percentiles ours = Percentiles.of(rest);
        Percentiles limit = Percentiles.of(baseline);
        report.add("shortest path p50, brand to the top of its group, REST", "ms", ours.p50Millis(), "in-memory undirected BFS p50",
                limit.p50Millis(), "");
        report.add("shortest path p99, brand to the top of its group, REST", "ms", ours.p99Millis(), "in-memory undirected BFS p99",
                limit.p99Millis(), "");
    }

    /** The node reached by following the first upward link until there is none (or a cycle closes). */
    private static int top(SyntheticGraph graph, int node) {
        int current = node;
        for (int hop = 0; hop < SyntheticGraph.MAX_DEPTH && graph.up.degree(current) > 0; hop++) {
            int next = graph.up.target(current, 0);
            if (next == node) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** Hops of the shortest path the service finds, or -1 when it finds none (or the ends are the same node). */
    private int restPathLength(LoopbackClient http, int from, int to, SyntheticGraph graph) throws IOException {
        if (from == to) {
            return 0;
        }
        byte[] body = http.get("/api/v1/paths?from=" + graph.nodeId(from) + "&to=" + graph.nodeId(to)
                + "&follow=brand,ownership,manufacturing&maxHops=8&asOf=" + AS_OF);
        JsonNode paths = json.readTree(body).path("paths");
        return paths.isEmpty() ? -1 : paths.get(0).path("length").asInt();
    }

    private static byte[] restTrace(LoopbackClient http, String id) throws IOException {
        return http.get("/api/v1/traces/designated-ancestors?limit=1000&asOf=" + AS_OF + "&from=" + id);
    }

    private void exposure(SyntheticGraph graph, InMemoryTraversal bfs, BenchmarkReport report) {
        long ours = 0;
        long firstPages = 0;
        int brands = 0;
        int pages = 0;
        // Every query planned, and run a few times, before the clock starts, as the traces are warmed up: the plan cache
        // was emptied after the load, and a running service has compiled the walk's and the mapping's code (the first
        // whole report of a fresh JVM runs them interpreted: at SF100 about a third slower).
        TraversalParams one = new TraversalParams(AS_OF, null, null, null, null, 1);
        exposure.report(SyntheticGraph.LISTS[0], NodeLabel.BRAND.label(), 0, one);
        // The same report as an external Neo4j gives it (the Cypher query), and as the walk procedure gives it behind its
        // Cypher file (the embedded database with read-in-process off); the service walks it in its own process.
        ExposureService cypherReport = exposure.withCypherReport();
        ExposureService procedureReport = exposure.withProcedureReport();
        for (int i = 0; i < EXPOSURE_WARM_UPS; i++) {
            exposure.streamAll(SyntheticGraph.LISTS[i % SyntheticGraph.LISTS.length], NodeLabel.BRAND.label(), one, path -> { });
            cypherReport.streamAll(SyntheticGraph.LISTS[i % SyntheticGraph.LISTS.length], NodeLabel.BRAND.label(), one, path -> { });
            procedureReport.streamAll(SyntheticGraph.LISTS[i % SyntheticGraph.LISTS.length], NodeLabel.BRAND.label(), one, path -> { });
            // The baseline's read of the designees warmed up as well: planned, and its code compiled.
            designatedOn(SyntheticGraph.LISTS[i % SyntheticGraph.LISTS.length]);
        }
        TraversalParams params = new TraversalParams(AS_OF, null, null, null, null, EXPOSURE_PAGE);
        Map<String, Set<String>> exposedByList = new HashMap<>();
        Map<String, PathSequence> pagedByList = new HashMap<>();
        for (String list : SyntheticGraph.LISTS) {
            long t0 = System.nanoTime();
            Set<String> exposed = new HashSet<>();
            PathSequence pagedPaths = new PathSequence();
            int page = 0;
            ExposureReport answer;
            do {
                answer = exposure.report(list, NodeLabel.BRAND.label(), page++, params);
                answer.exposed().forEach(entity -> exposed.add(entity.id()));
                answer.paths().forEach(pagedPaths::add);
            } while (answer.hasMore());
            ours += System.nanoTime() - t0;
            brands += exposed.size();
            pages += page;
            exposedByList.put(list, exposed);
            pagedByList.put(list, pagedPaths);

            // A page of one entity costs the walk of the list's whole reach (to find and order
            // the exposed entities) and almost nothing else: the traversal against the BFS.
            long tf = System.nanoTime();
            exposure.report(list, NodeLabel.BRAND.label(), 0, new TraversalParams(AS_OF, null, null, null, null, 1));
            firstPages += System.nanoTime() - tf;
        }
        // The whole report streamed, in each of its three ways (the same rows as all the pages, one walk of the reach),
        // and the baseline, in turn, EXPOSURE_RUNS times: one run of each varied by a fifth between runs at SF100 (the
        // BFS row's read of the designees through Cypher most of all), so each row is the median of the runs.
        long[] streamed = new long[EXPOSURE_RUNS];
        long[] streamedFromEmptyMemory = new long[EXPOSURE_RUNS];
        long keptAtMost = 0;
        long[] streamedByProcedure = new long[EXPOSURE_RUNS];
        long[] streamedByCypher = new long[EXPOSURE_RUNS];
        long[] read = new long[EXPOSURE_RUNS];
        long[] walk = new long[EXPOSURE_RUNS];
        for (int run = 0; run < EXPOSURE_RUNS; run++) {
            for (String list : SyntheticGraph.LISTS) {
                PathSequence pagedPaths = pagedByList.get(list);
                // First from an empty walk memory (every node and link read from the store, as after a restart or a
                // write to them), which that run fills; then from the memory, as a running service's next report is.
                walkMemory.ifAvailable(WalkMemory::clear);
                collectGarbage();
                streamedFromEmptyMemory[run] += streamedAgainstPages(exposure, "streamed from an empty walk memory", list, params,
                        pagedPaths, report);
                keptAtMost = Math.max(keptAtMost, walkMemory.getIfAvailable() == null ? 0 : walkMemory.getObject().entries());
                collectGarbage();
                streamed[run] += streamedAgainstPages(exposure, "streamed", list, params, pagedPaths, report);
                collectGarbage();
                streamedByProcedure[run] += streamedAgainstPages(procedureReport, "streamed by the procedure", list, params, pagedPaths,
                        report);
                collectGarbage();
                streamedByCypher[run] += streamedAgainstPages(cypherReport, "streamed by the Cypher query", list, params, pagedPaths, report);
                collectGarbage();
                long t1 = System.nanoTime();
                BitSet targets = designatedOn(list);
                long t2 = System.nanoTime();
                BitSet reached = bfs.exposedTo(targets, SyntheticGraph.MAX_DEPTH);
                read[run] += t2 - t1;
                walk[run] += System.nanoTime() - t2;
                if (run == 0) {
                    checkExposed(graph, list, exposedByList.get(list), reached, report);
                }
            }
        }
        long[] baselineRuns = new long[EXPOSURE_RUNS];
        Arrays.setAll(baselineRuns, run -> read[run] + walk[run]);
        double baselineMillis = median(baselineRuns) / 1e6;
        String baseline = String.format(Locale.ROOT, "reverse in-memory BFS from each list's designees, read from the graph first "
                + "(median of %d runs; the read %.1f ms, the BFS %.1f ms)", EXPOSURE_RUNS, median(read) / 1e6, median(walk) / 1e6);
        report.add(String.format(Locale.ROOT, "exposure report, all brands exposed to each of 3 lists (%,d brands, %d pages of "
                + "%,d), every path with its evidence", brands, pages, EXPOSURE_PAGE), "ms", ours / 1e6, baseline, baselineMillis,
                "within 3× of BFS");
        report.add(String.format(Locale.ROOT, "exposure report, the same streamed (`/api/v1/exposure/all`: walked in the service's "
                + "process on the embedded database, reading the walk memory the list's report before it filled: at most %,d nodes and "
                + "links kept for a list), every path with its evidence, median of %d runs", keptAtMost, EXPOSURE_RUNS), "ms", median(streamed) / 1e6, baseline,
                baselineMillis, "within 3× of BFS");
        report.add("exposure report, the same streamed from an empty walk memory (emptied before each list: every node and link "
                + "read from the store, as the first report after a restart or after a write to them), median of " + EXPOSURE_RUNS
                + " runs", "ms", median(streamedFromEmptyMemory) / 1e6, baseline, baselineMillis, "");
        report.add("exposure report, the same streamed from the walk procedure behind its Cypher file (read-in-process off), median of "
                + EXPOSURE_RUNS + " runs", "ms", median(streamedByProcedure) / 1e6, baseline, baselineMillis, "");
        report.add("exposure report, the same streamed from the Cypher query (as with an external Neo4j), median of " + EXPOSURE_RUNS
                + " runs", "ms", median(streamedByCypher) / 1e6, baseline, baselineMillis, "");
        report.add("exposure report, first page of one brand for each of 3 lists (the walk of each list's reach)", "ms",
                firstPages / 1e6, baseline, baselineMillis, "");
    }

    /** The brands the pages showed exposed to the list, against those the BFS reached; a difference is a mismatch. */
    private static void checkExposed(SyntheticGraph graph, String list, Set<String> exposed, BitSet reached, BenchmarkReport report) {
        Set<String> want = new HashSet<>();
        reached.stream().filter(node -> node >= graph.companies).forEach(node -> want.add(SyntheticGraph.brandId(node - graph.companies)));
        report.checks++;
        if (!exposed.equals(want)) {
            Set<String> missing = new HashSet<>(want);
            missing.removeAll(exposed);
            Set<String> extra = new HashSet<>(exposed);
            extra.removeAll(want);
            report.mismatches.add("exposure to " + list + ": " + missing.size() + " brands missing, " + extra.size() + " extra");
        }
    }

    /**
     * A full collection before each timed way and before the baseline, so that none runs beside the collector's
     * concurrent marking of what the one before it left (with a 1 GB heap the Cypher way's garbage kept one of the two
     * cores marking for a third of the time, in whichever way or baseline came next): each row then pays for its own
     * garbage only.
     */
    private static void collectGarbage() {
        System.gc();
    }

    /** The middle value (the upper of the two middle ones for an even count). */
    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Nanoseconds the whole report of the list took streamed by this way; a mismatch with the pages' paths is reported. */
    private static long streamedAgainstPages(ExposureService way, String name, String list, TraversalParams params,
            PathSequence pagedPaths, BenchmarkReport report) {
        // The paths are only collected while the clock runs and hashed once it has stopped: hashing each path (its hops
        // and evidence, deeply) is the harness's check, not the service's work, as the BFS's check is not timed either.
        List<TracePath> streamed = new ArrayList<>();
        long start = System.nanoTime();
        way.streamAll(list, NodeLabel.BRAND.label(), params, streamed::add);
        long took = System.nanoTime() - start;
        PathSequence paths = new PathSequence();
        streamed.forEach(paths::add);
        report.checks++;
        if (!paths.equals(pagedPaths)) {
            report.mismatches.add("exposure to " + list + ", " + name + ": " + paths + ", the pages " + pagedPaths);
        }
        return took;
    }

    /**
     * Paths in order, kept as their count and an order-sensitive hash of their values (evidence included), so that the
     * whole streamed report can be held to its pages at SF100 without keeping either in memory.
     */
    private static final class PathSequence {
        private long count;
        private long hash = 1;

        void add(TracePath path) {
            count++;
            hash = 31 * hash + path.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PathSequence sequence && sequence.count == count && sequence.hash == hash;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(31 * count + hash);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d paths (hash %x)", count, hash);
        }
    }

    /** The companies designated on the list on the benchmark date, read back from the graph. */
    private BitSet designatedOn(String list) {
        BitSet targets = new BitSet();
        try (var session = driver.session()) {
            session.run("""
                    MATCH (d:Designation)-[:ON_LIST]->(:RestrictionList {id: $list}), (d)-[:DESIGNATES]->(c:Company)
                    WHERE (d.heldFrom IS NULL OR d.heldFrom <= date($asOf)) AND (d.heldUntil IS NULL OR date($asOf) < d.heldUntil)
                    RETURN c.id AS id""", Map.of("list", list, "asOf", AS_OF))
                    .forEachRemaining(row -> targets.set(Integer.parseInt(row.get("id").asString().substring("company/c-".length()))));
        }
        return targets;
    }

    private void rdf(SyntheticGraph graph, Path folder, BenchmarkReport report) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("export.nt");
        // Jena's own streaming writer over the same triples, made from the generator's rows: the
        // export limit. The generator makes the rows again for each pass (they are never all in
        // memory), so the time of a pass that only makes them is measured first and taken off.
        // The writer runs twice: into a file beside the export's (the same sink, so the same cost
        // of handing bytes to the file system) and into a null stream (Jena's formatting alone).
        System.gc();
        long[] made = {0};
        long tg = System.nanoTime();
        graph.forEach(node -> made[0] += node.size(), rel -> made[0] += rel.size());
        double generatorSeconds = (System.nanoTime() - tg) / 1e9;
        Path rawFile = folder.resolve("raw-writer.nt");
        RawPass toFile;
        try (OutputStream out = Files.newOutputStream(rawFile)) {
            toFile = rawWriter(graph, out, generatorSeconds);
        }
        LOG.info("Raw writer made {} MB of N-Triples", Files.size(rawFile) / 1_000_000);
        Files.delete(rawFile);
        RawPass toNull = rawWriter(graph, OutputStream.nullOutputStream(), generatorSeconds);
        LOG.info("Raw writer: {} s to a file, {} s to a null stream, with the generator's {} s taken off ({} fields made)",
                toFile.seconds(), toNull.seconds(), generatorSeconds, made[0]);

        HeapWatch exportHeap = HeapWatch.start();
        long t1 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.exportAll(RdfFormat.NTRIPLES, out);
        }
        double exportSeconds = (System.nanoTime() - t1) / 1e9;
        exportHeap.close();
        long exported;
        try (var lines = Files.lines(file)) {
            exported = lines.count();
        }
        report.add("whole-graph export, N-Triples (streamed) to a file", "triples/s", exported / exportSeconds,
                "Jena raw StreamRDF writer to a file", toFile.triples() / toFile.seconds(), "≥ 80% of raw");
        report.add("the same export against the raw writer to a null stream (formatting alone)", "triples/s",
                exported / exportSeconds, "Jena raw StreamRDF writer to a null stream", toNull.triples() / toNull.seconds(),
                "none (context)");
        // Not compared for equality: the generator's rows repeat a few relationships that the graph
        // holds once (its MERGE), so the raw writer writes a few more triples than the export.
        LOG.info("Triples: the export {}, the raw writer {} (to a file) and {} (to a null stream)", exported, toFile.triples(),
                toNull.triples());
        addHeapRow(report, "whole-graph export", exportHeap, "≤ 512 MB");

        long relationshipsBefore = relationshipCount();
        long relationshipsAfter = importOf(file, report, this::emptyDatabase);
        if (relationshipsAfter < 0) {
            return;
        }
        report.checks++;
        if (relationshipsAfter != relationshipsBefore) {
            report.mismatches.add("after the RDF round trip the graph has " + relationshipsAfter + " relationships, not "
                    + relationshipsBefore);
        }
    }

    /**
     * The RDF import alone ({@code --import-only=true}): the export an earlier run of the same scale kept, into the empty
     * database the run started on, against Jena parsing the same file. An hour less than the whole run at SF100; the
     * graph it leaves is the benchmark's graph again, for {@code --reuse=true}.
     */
    private void importKeptExport(Path file, BenchmarkReport report) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--import-only=true needs the export an earlier run with --keep=true left in " + file);
        }
        long relationships = importOf(file, report, () -> { });
        LOG.info("Imported {} relationships from {}", relationships, file);
    }

    /**
     * Jena's parse of the file into a null sink (the import limit), then (once {@code emptying} has made the database
     * empty) the service's import of it, timed; the relationships the database then holds, or -1 when the file is over
     * the import's limit (the database is then left as it was).
     */
    private long importOf(Path file, BenchmarkReport report, Runnable emptying) throws IOException {
        long t2 = System.nanoTime();
        long[] parsed = {0};
        StreamRDF counting = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                parsed[0]++;
            }
        };
        RDFParser.source(file).lang(Lang.NTRIPLES).parse(counting);
        double parseSeconds = (System.nanoTime() - t2) / 1e9;

        if (parsed[0] > maxImportTriples) {
            // The import refuses files over the configured limit: say so rather than fail the run.
            report.add("import of that export: not run, " + parsed[0] + " triples exceed supplywatch.rdf.max-import-triples",
                    "triples/s", Double.NaN, "Jena parse into a null sink", parsed[0] / parseSeconds, "≥ 50,000 triples/s");
            return -1;
        }
        emptying.run();
        HeapWatch importHeap = HeapWatch.start();
        long t3 = System.nanoTime();
        importer.importFile("export.nt", new FileSystemResource(file), RdfFormat.NTRIPLES);
        double importSeconds = (System.nanoTime() - t3) / 1e9;
        importHeap.close();
        report.add("import of that export into an empty database", "triples/s", parsed[0] / importSeconds,
                "Jena parse into a null sink", parsed[0] / parseSeconds, "≥ 50,000 triples/s");
        addHeapRow(report, "import (" + parsed[0] + " triples)", importHeap, "fits the service's 1 GB heap");
        return relationshipCount();
    }

    /**
     * Every relationship deleted, then every node, in transactions of a bounded size. Why not {@code DETACH DELETE} a
     * thousand nodes at a time: at SF100 a batch holding a node with hundreds of thousands of links (a list, a source)
     * grew past the transaction memory limit (512 MB).
     */
    private void emptyDatabase() {
        try (var session = driver.session()) {
            session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume();
            session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    /** One pass of Jena's streaming N-Triples writer over the generator's rows into {@code sink}, timed. */
    private RawPass rawWriter(SyntheticGraph graph, OutputStream sink, double generatorSeconds) throws IOException {
        EvidenceNodes evidence = new EvidenceNodes();
        long[] triples = {0};
        long t0 = System.nanoTime();
        StreamRDF raw = new StreamRDFWrapper(StreamRDFWriter.getWriterStream(sink, RDFFormat.NTRIPLES)) {
            @Override
            public void triple(Triple triple) {
                triples[0]++;
                super.triple(triple);
            }
        };
        raw.start();
        graph.forEach(node -> mapping.node((String) node.get("id"), NodeLabel.fromLabel((String) node.get("label")).orElseThrow(),
                properties(node), evidence, raw),
                rel -> mapping.relationship((String) rel.get("from"), RelationshipType.valueOf((String) rel.get("type")),
                        (String) rel.get("to"), properties(rel), false, evidence, raw));
        raw.finish();
        sink.flush();
        double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9 - generatorSeconds);
        return new RawPass(triples[0], seconds);
    }

    private record RawPass(long triples, double seconds) {
    }

    private long relationshipCount() {
        try (var session = driver.session()) {
            return session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
        }
    }

    @SuppressWarnings("unchecked") // rows hold their properties as a map
    private static Map<String, Object> properties(Map<String, Object> row) {
        return (Map<String, Object>) row.get("properties");
    }

    /** The most in use after a collection (what the work keeps, bounded above) against the target; the high-water mark as context. */
    private static void addHeapRow(BenchmarkReport report, String work, HeapWatch heap, String target) {
        report.add(work + ", peak heap in use right after a collection, above what was in use before it (" + heap.collections()
                + " collections)", "MB", heap.afterCollectionBytes() / 1e6, "none; in use when a collection began, garbage included: "
                + String.format(Locale.ROOT, "%,.0f", heap.highWaterBytes() / 1e6) + " MB", Double.NaN, target);
    }
}
