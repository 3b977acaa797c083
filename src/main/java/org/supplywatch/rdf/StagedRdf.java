package org.supplywatch.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.loader.main.LoaderMain;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * An import's input parsed into a temporary Jena TDB2 database on disk, so a file far larger than
 * the heap can be read, translated and validated whole before anything is written to the graph.
 * The default graph holds every triple of the file (those of named graphs too: the union is the
 * data); the named graphs are kept as they were, for statements written as named graphs; one more
 * graph of our own lists the external IRIs that mapped properties use, so entities that are only
 * ever objects are found. Closing it deletes the database.
 */
final class StagedRdf implements AutoCloseable {

    /** Where external ends of mapped triples are listed; not a graph of the file. */
    static final Node MENTIONED_GRAPH = NodeFactory.createURI("urn:supplywatch:import:mentioned");
    private static final Node MENTIONED = NodeFactory.createURI("urn:supplywatch:import:isEndOfMappedTriple");

    /**
     * Smaller node caches than TDB2's defaults: the import has to fit in a 1 GB heap beside Neo4j. And only the indexes
     * the translator reads by: triples by subject (SPO) and by predicate and object (POS), quads by graph (GSPO) and by
     * triple (SPOG), with the two more quad indexes TDB2 insists on (it takes two or three triple indexes, four or six
     * quad ones). Its default third triple index (OSP) and two more quad indexes would only be built to go unread: the
     * staged SF10 export (12.4 M triples) takes 1.40 GB of disk with these, 1.95 GB with the defaults. (Not time, on two
     * cores: the phased loader builds the secondary indexes side by side, so POS alone took as long as POS and OSP.)
     */
    private static final StoreParams PARAMS = StoreParamsBuilder.create("supplywatch-import")
            .node2NodeIdCacheSize(100_000)
            .nodeId2NodeCacheSize(200_000)
            .tripleIndexes(new String[] {"SPO", "POS"})
            .quadIndexes(new String[] {"GSPO", "GPOS", "SPOG", "POSG"})
            .build();

    /** Jena's phased loader (parse into the primary indexes, then build each secondary one) over just those indexes. */
    private static final LoaderPlan PLAN = new LoaderPlan(LoaderPlans.loaderPlanPhased.dataInputType(), new String[] {"SPO"},
            new String[] {"GSPO"}, new String[][] {{"POS"}}, new String[][] {{"GPOS"}, {"SPOG", "POSG"}});

    private final Path directory;
    private final DatasetGraph dataset;
    private final long parsed;

    private StagedRdf(Path directory, DatasetGraph dataset, long parsed) {
        this.directory = directory;
        this.dataset = dataset;
        this.parsed = parsed;
    }

    /**
     * Parses the file into a new staging database; a refused file leaves nothing behind. Once the file is parsed, the
     * loader's own progress lines (which index it builds, how many triples so far) go to {@code indexing}: building
     * the secondary indexes took a third of the staging of a 124 M triple file (445 of 1,447 s) with nothing else to show.
     */
    static StagedRdf stage(String name, InputStream in, RdfFormat format, long maxTriples, RdfReader.ProgressListener progress,
            Consumer<String> indexing) {
        Path directory = createDirectory();
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(directory), PARAMS);
        AtomicBoolean parsedAll = new AtomicBoolean();
        // The phased loader parses on this thread and builds the indexes on others: 3 M triples of our N-Triples
        // export staged in 40 s where the basic loader (everything on the parser's thread) took 50. While it parses,
        // its lines repeat what the reader's progress says already.
        DataLoader loader = new LoaderMain(PLAN, dataset, (message, args) -> {
            if (parsedAll.get()) {
                indexing.accept(String.format(Locale.ROOT, message, args).strip());
            }
        });
        loader.startBulk();
        try {
            long parsed = RdfReader.read(name, in, format, maxTriples, progress, new Staging(loader.stream()));
            parsedAll.set(true);
            loader.finishBulk();
            dataset.begin(TxnType.READ);
            return new StagedRdf(directory, dataset, parsed);
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception exception ? exception : new RuntimeException(e));
            release(dataset, directory);
            throw e;
        }
    }

    /** Every triple of the file, the named graphs' ones included. */
    Graph union() {
        return dataset.getDefaultGraph();
    }

    DatasetGraph dataset() {
        return dataset;
    }

    /** Triples and quads as the parser gave them, duplicates included. */
    long parsed() {
        return parsed;
    }

    /**
     * Each subject's triples, one list a subject, in the store's order (deterministic for the same
     * file), but for the subjects {@code skipped} says were translated already: one pass over the
     * SPO index gives the translator every description without looking any subject up. The pass
     * reads the index as node ids and turns into RDF terms only the triples it hands over (statements
     * and evidence items, read with their owner, are most of a file's triples).
     */
    Iterator<List<Triple>> bySubject(Predicate<Node> skipped) {
        NodeTupleTable triples = TDBInternal.getDatasetGraphTDB(dataset).getTripleTable().getNodeTupleTable();
        NodeTable nodes = triples.getNodeTable();
        Iterator<Tuple<NodeId>> rows = triples.findAll();
        return new Iterator<>() {
            private Tuple<NodeId> row = rows.hasNext() ? rows.next() : null;
            private List<Triple> group = advance();

            @Override
            public boolean hasNext() {
                return group != null;
            }

            @Override
            public List<Triple> next() {
                if (group == null) {
                    throw new NoSuchElementException();
                }
                List<Triple> next = group;
                group = advance();
                return next;
            }

            /** The next subject's triples that are not skipped; null at the end. */
            private List<Triple> advance() {
                while (row != null) {
                    NodeId subjectId = row.get(0);
                    Node subject = nodes.getNodeForNodeId(subjectId);
                    boolean skip = skipped.test(subject);
                    List<Triple> found = new ArrayList<>();
                    while (row != null && row.get(0).equals(subjectId)) {
                        if (!skip) {
                            found.add(Triple.create(subject, nodes.getNodeForNodeId(row.get(1)), nodes.getNodeForNodeId(row.get(2))));
                        }
                        row = rows.hasNext() ? rows.next() : null;
                    }
                    if (!skip) {
                        return found;
                    }
                }
                return null;
            }
        };
    }

    /** External IRIs used by mapped properties that are never a subject themselves. */
    Iterator<Node> mentionedOnlyAsObjects() {
        return Iter.filter(distinctSubjects(dataset.getGraph(MENTIONED_GRAPH).find()),
                candidate -> !union().find(candidate, Node.ANY, Node.ANY).hasNext());
    }

    @Override
    public void close() {
        dataset.end();
        release(dataset, directory);
    }

    /** Triples come grouped by subject from the store's SPO index; each group gives its subject once. */
    private static Iterator<Node> distinctSubjects(Iterator<Triple> triples) {
        Node[] last = {null};
        return Iter.filter(Iter.map(triples, Triple::getSubject), subject -> {
            boolean first = !subject.equals(last[0]);
            last[0] = subject;
            return first;
        });
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("supplywatch-rdf-import-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the import's staging directory", e);
        }
    }

    private static void release(DatasetGraph dataset, Path directory) {
        TDBInternal.expel(dataset, true);
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the import's staging directory " + directory, e);
        }
    }

    /** Writes what the parser reads into the staging database, as described above. */
    private static final class Staging extends StreamRDFBase {

        private final StreamRDF out;

        Staging(StreamRDF out) {
            this.out = out;
        }

        @Override
        public void triple(Triple triple) {
            out.triple(triple);
            mention(triple);
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
                return;
            }
            out.quad(quad);
            triple(quad.asTriple());
        }

        private void mention(Triple triple) {
            if (triple.getSubject().isURI() && triple.getObject().isURI() && ExternalVocabulary.property(triple.getPredicate()).isPresent()) {
                for (Node end : new Node[] {triple.getSubject(), triple.getObject()}) {
                    if (!end.getURI().startsWith(Vocabulary.ID)) {
                        out.quad(Quad.create(MENTIONED_GRAPH, end, MENTIONED, MENTIONED_GRAPH));
                    }
                }
            }
        }
    }
}
