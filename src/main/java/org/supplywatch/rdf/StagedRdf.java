package org.supplywatch.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * An import's input parsed into sorted files on disk, so a file far larger than the heap can be
 * read, translated and validated whole before anything is written to the graph. Every triple of
 * the file (those of named graphs too: the union is the data) is kept once, sorted by subject, and
 * read either subject by subject in one pass or looked up by subject; the triples of a few
 * predicates are also kept by predicate and object, for the translator's lookups from an object to
 * its subjects; named graphs are kept as they were, for statements written as named graphs; and the
 * external IRIs that mapped properties use are listed, so entities that are only ever objects are
 * found. Closing it deletes the files.
 *
 * <p>Why not Jena's TDB2, which staged imports until session 22: TDB2 gives every term a number
 * through its node table as it loads and turns numbers back into terms as it is read, behind one
 * lock, and at 124 M triples that was most of the import's hour (BENCHMARKS.md, sessions 18 and
 * 19). Here terms are written inline ({@link TermCodec}) and the files are made by an external
 * sort ({@link SortedRecords}) whose chunks are sorted on a second thread while the parser reads on.
 * Subjects are numbered by their place in the sorted file, which the translator uses to skip the
 * statements and evidence items it has already read with their owner.
 */
final class StagedRdf implements AutoCloseable {

    /** The predicates whose triples can be looked up from their object ({@link #subjectsWith}). */
    static final Set<Node> REVERSE_PREDICATES = reversePredicates();

    /** The most bytes of sorted records held in memory per file being staged, twice (one filling, one being sorted). */
    private static final int MAIN_CHUNK = 64 << 20;
    private static final int SMALL_CHUNK = 16 << 20;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Path directory;
    private final TermCodec codec;
    private final SortedFile triples;
    private final SortedFile reverse;
    private final SortedFile quads;
    private final SortedFile quadGraphs;
    private final SortedFile mentioned;
    private final long parsed;

    private StagedRdf(Path directory, TermCodec codec, SortedFile[] files, long parsed) {
        this.directory = directory;
        this.codec = codec;
        this.triples = files[0];
        this.reverse = files[1];
        this.quads = files[2];
        this.quadGraphs = files[3];
        this.mentioned = files[4];
        this.parsed = parsed;
    }

    /** A subject's triples, numbered by the subject's place in the store (-1 for a subject of no triple). */
    record Subject(long ordinal, Node subject, List<Triple> triples) {
    }

    /**
     * Parses the file into a new staging directory; a refused file leaves nothing behind. Once the
     * file is parsed, what the sort still has to do (merging its sorted runs) goes to {@code indexing}.
     */
    static StagedRdf stage(String name, InputStream in, RdfFormat format, long maxTriples, RdfReader.ProgressListener progress,
            Consumer<String> indexing) {
        return stage(name, in, format, maxTriples, progress, indexing, MAIN_CHUNK, SMALL_CHUNK);
    }

    /** As above, with chunks of these sizes: small ones make many runs of a small file, for tests. */
    static StagedRdf stage(String name, InputStream in, RdfFormat format, long maxTriples, RdfReader.ProgressListener progress,
            Consumer<String> indexing, int mainChunk, int smallChunk) {
        Path directory = createDirectory();
        TermCodec codec = new TermCodec();
        // One sorting thread while the parser reads (chunks are sorted in the order they fill), then two merging.
        ExecutorService sorter = daemons("rdf-import-sort-", 1);
        ExecutorService merging = daemons("rdf-import-merge-", 2);
        List<SortedRecords> sorts = new ArrayList<>();
        List<SortedFile> files = new ArrayList<>();
        try {
            sorts.add(new SortedRecords(directory, "spo", 1, mainChunk, sorter));
            sorts.add(new SortedRecords(directory, "pos", 2, smallChunk, sorter));
            sorts.add(new SortedRecords(directory, "gspo", 1, smallChunk, sorter));
            sorts.add(new SortedRecords(directory, "spog", 3, smallChunk, sorter));
            sorts.add(new SortedRecords(directory, "mentioned", 1, smallChunk, sorter));
            Staging staging = new Staging(codec, sorts);
            long parsed = RdfReader.read(name, in, format, maxTriples, progress, staging);
            sorter.shutdown();
            indexing.accept(String.format(Locale.ROOT, "merging the sorted runs of %,d triples", staging.triples));
            List<CompletableFuture<SortedFile>> merges = new ArrayList<>();
            for (SortedRecords sort : sorts) {
                boolean main = sort == sorts.getFirst();
                merges.add(CompletableFuture.supplyAsync(() -> sort.finish(merged -> {
                    if (main) {
                        indexing.accept(String.format(Locale.ROOT, "merging the sorted runs: %,d of %,d triples", merged,
                                staging.triples));
                    }
                }), merging));
            }
            for (CompletableFuture<SortedFile> merge : merges) {
                files.add(join(merge));
            }
            return new StagedRdf(directory, codec, files.toArray(SortedFile[]::new), parsed);
        } catch (RuntimeException | Error e) {
            // Nothing may still be writing into the directory when it goes: stop and wait for both pools first.
            stopAndWait(sorter);
            stopAndWait(merging);
            sorts.forEach(SortedRecords::close);
            files.forEach(SortedFile::close);
            delete(directory);
            throw e;
        } finally {
            sorter.shutdown();
            merging.shutdown();
        }
    }

    private static ExecutorService daemons(String name, int count) {
        return Executors.newFixedThreadPool(count, work -> {
            Thread thread = new Thread(work, name + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void stopAndWait(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Triples and quads as the parser gave them, duplicates included. */
    long parsed() {
        return parsed;
    }

    /** Distinct triples of the file, those of named graphs included. */
    long size() {
        return triples.records();
    }

    /**
     * Each subject's triples, in the store's order (deterministic for the same file), but for the
     * subjects {@code skipped} says were translated already, by their ordinal: one pass over the
     * store gives the translator every description, and a skipped subject's triples are not read.
     */
    Iterator<Subject> bySubject(LongPredicate skipped) {
        Iterator<SortedFile.Group> groups = triples.groups(ordinal -> !skipped.test(ordinal));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return groups.hasNext();
            }

            @Override
            public Subject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return subject(groups.next());
            }
        };
    }

    /** A subject's triples; none (ordinal -1) when the file has no triple about it. */
    Subject about(Node subject) {
        SortedFile.Group group = triples.find(key(subject));
        return group == null ? new Subject(-1, subject, List.of()) : subject(group);
    }

    /** The subjects of the triples with this predicate and object; the predicate is one of {@link #REVERSE_PREDICATES}. */
    List<Node> subjectsWith(Node predicate, Node object) {
        if (!REVERSE_PREDICATES.contains(predicate)) {
            throw new IllegalArgumentException("the staged file is not kept by " + predicate + " and object");
        }
        SortedFile.Group group = reverse.find(key(predicate, object));
        return group == null ? List.of() : group.records().stream().map(record -> codeword(record, 2)).toList();
    }

    /** The named graphs that hold this triple. */
    List<Node> graphsHolding(Triple triple) {
        SortedFile.Group group = quadGraphs.find(key(triple.getSubject(), triple.getPredicate(), triple.getObject()));
        return group == null ? List.of() : group.records().stream().map(record -> codeword(record, 3)).toList();
    }

    /** The triples of one named graph. */
    List<Triple> triplesInGraph(Node graph) {
        SortedFile.Group group = quads.find(key(graph));
        if (group == null) {
            return List.of();
        }
        List<Triple> found = new ArrayList<>();
        for (byte[] record : group.records()) {
            int subject = TermCodec.length(record, 0);
            int predicate = subject + TermCodec.length(record, subject);
            int object = predicate + TermCodec.length(record, predicate);
            found.add(Triple.create(codec.decode(record, subject), codec.decode(record, predicate), codec.decode(record, object)));
        }
        return found;
    }

    /** External IRIs used by mapped properties that are never a subject themselves. */
    Iterator<Node> mentionedOnlyAsObjects() {
        Iterator<SortedFile.Group> groups = mentioned.groups(ordinal -> true);
        return new Iterator<>() {
            private Node next;

            @Override
            public boolean hasNext() {
                while (next == null && groups.hasNext()) {
                    byte[] record = groups.next().records().getFirst();
                    if (triples.find(record) == null) {
                        next = codec.decode(record, 0);
                    }
                }
                return next != null;
            }

            @Override
            public Node next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Node node = next;
                next = null;
                return node;
            }
        };
    }

    @Override
    public void close() {
        for (SortedFile file : List.of(triples, reverse, quads, quadGraphs, mentioned)) {
            file.close();
        }
        delete(directory);
    }

    private Subject subject(SortedFile.Group group) {
        List<byte[]> records = group.records();
        Node subject = codec.decode(records.getFirst(), 0);
        List<Triple> found = new ArrayList<>(records.size());
        for (byte[] record : records) {
            int predicate = TermCodec.length(record, 0);
            int object = predicate + TermCodec.length(record, predicate);
            found.add(Triple.create(subject, codec.decode(record, predicate), codec.decode(record, object)));
        }
        return new Subject(group.ordinal(), subject, found);
    }

    private Node codeword(byte[] record, int index) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            at += TermCodec.length(record, at);
        }
        return codec.decode(record, at);
    }

    /**
     * The codewords of these terms, for a lookup. Encoding is over by now, so a namespace met for
     * the first time here gets no number: no term of the file has it, and the lookup finds nothing.
     */
    private byte[] key(Node... terms) {
        ByteSink key = new ByteSink(128);
        for (Node term : terms) {
            codec.encodeForLookup(term, key);
        }
        return java.util.Arrays.copyOf(key.array(), key.size());
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Set<Node> reversePredicates() {
        Set<Node> predicates = new HashSet<>(ExternalVocabulary.MAPPED_PREDICATES);
        predicates.add(RDF.subject.asNode());
        predicates.add(Vocabulary.EVIDENCE);
        return Set.copyOf(predicates);
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("supplywatch-rdf-import-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the import's staging directory", e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the import's staging directory " + directory, e);
        }
    }

    /** Writes what the parser reads into the sorts, as described above, on the parser's thread. */
    private static final class Staging extends StreamRDFBase {

        private final TermCodec codec;
        private final SortedRecords spo;
        private final SortedRecords pos;
        private final SortedRecords gspo;
        private final SortedRecords spog;
        private final SortedRecords mentioned;
        private final ByteSink subject = new ByteSink(256);
        private final ByteSink predicate = new ByteSink(256);
        private final ByteSink object = new ByteSink(256);
        private final ByteSink graph = new ByteSink(256);
        private final ByteSink record = new ByteSink(1024);
        private long triples;

        Staging(TermCodec codec, List<SortedRecords> sorts) {
            this.codec = codec;
            this.spo = sorts.get(0);
            this.pos = sorts.get(1);
            this.gspo = sorts.get(2);
            this.spog = sorts.get(3);
            this.mentioned = sorts.get(4);
        }

        @Override
        public void triple(Triple triple) {
            triples++;
            encode(triple.getSubject(), subject);
            encode(triple.getPredicate(), predicate);
            encode(triple.getObject(), object);
            add(spo, subject, predicate, object);
            if (REVERSE_PREDICATES.contains(triple.getPredicate())) {
                add(pos, predicate, object, subject);
            }
            mention(triple);
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
                return;
            }
            triple(quad.asTriple());
            encode(quad.getGraph(), graph);
            add(gspo, graph, subject, predicate, object);
            add(spog, subject, predicate, object, graph);
        }

        private void mention(Triple triple) {
            if (triple.getSubject().isURI() && triple.getObject().isURI()
                    && ExternalVocabulary.property(triple.getPredicate()).isPresent()) {
                for (Node end : new Node[] {triple.getSubject(), triple.getObject()}) {
                    if (!end.getURI().startsWith(Vocabulary.ID)) {
                        encode(end, graph);
                        add(mentioned, graph);
                    }
                }
            }
        }

        private void encode(Node term, ByteSink into) {
            into.clear();
            codec.encode(term, into);
        }

        private void add(SortedRecords sort, ByteSink... parts) {
            record.clear();
            for (ByteSink part : parts) {
                record.write(part.array(), 0, part.size());
            }
            sort.add(record);
        }
    }
}
