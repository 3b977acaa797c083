package org.supplywatch.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * A {@link StreamRDF} that hands what it is given, in batches and in order, to another stream
 * on a thread of its own. A whole-graph export makes triples from rows on one thread while
 * Jena's writer turns the previous batch into text on the other: on two cores, mapping and
 * writing (each a large share of an export) overlap instead of taking turns.
 *
 * <p>{@link #finish()} waits until everything is written and rethrows what the writer failed
 * with; {@link #close()} abandons the writer (the caller failed) without waiting for the rest.
 */
final class WriterThread implements StreamRDF, AutoCloseable {

    /** Triples per hand-over: enough that the queue is rarely touched, a few MB at most. */
    static final int BATCH = 4_096;
    private static final int AHEAD = 8;
    private static final AtomicLong THREADS = new AtomicLong();
    private static final Object FINISH = new Object();

    private final StreamRDF target;
    private final BlockingQueue<List<Object>> batches = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile RuntimeException failure;
    private volatile boolean abandoned;

    WriterThread(StreamRDF target) {
        this.target = target;
        this.thread = Thread.ofPlatform().daemon().name("rdf-writer-" + THREADS.incrementAndGet()).start(this::write);
    }

    @Override
    public void start() {
        target.start();
    }

    @Override
    public void triple(Triple triple) {
        add(triple);
    }

    @Override
    public void quad(Quad quad) {
        add(quad);
    }

    @Override
    public void base(String base) {
        add(new Base(base));
    }

    @Override
    public void prefix(String prefix, String iri) {
        add(new Prefix(prefix, iri));
    }

    @Override
    public void finish() {
        batch.add(FINISH);
        handOver();
        join();
        if (failure != null) {
            throw failure;
        }
        target.finish();
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            abandoned = true;
            batches.clear();
            join();
        }
    }

    private void add(Object item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    private void handOver() {
        if (failure != null) {
            throw failure;
        }
        try {
            while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    throw failure;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing RDF", e);
        }
        batch = new ArrayList<>(BATCH);
    }

    private void write() {
        try {
            while (!abandoned) {
                List<Object> items = batches.poll(100, TimeUnit.MILLISECONDS);
                if (items != null && !forward(items)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Passes the items on in order; false once the finishing mark is reached. */
    private boolean forward(List<Object> items) {
        for (Object item : items) {
            switch (item) {
                case Triple triple -> target.triple(triple);
                case Quad quad -> target.quad(quad);
                case Prefix prefix -> target.prefix(prefix.prefix(), prefix.iri());
                case Base base -> target.base(base.iri());
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Prefix(String prefix, String iri) {
    }

    private record Base(String iri) {
    }
}
