package org.supplywatch.rdf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * Parses an RDF file (gzip or not) with Jena, streaming what it reads into a sink, refusing it at
 * the first syntax error with the file's name, line and column. Nothing a file names is ever fetched: JSON-LD
 * remote contexts are refused, {@code owl:imports} is only a triple, and RDF/XML is read
 * without DTD entities.
 */
final class RdfReader {

    /** Relative IRIs resolve against this, never against the server's files. */
    static final String BASE = "https://w3id.org/supplywatch/import/";

    /**
     * Blank nodes are named from the file's own labels and this fixed seed, not a random one per
     * parse: the same file so stages, and is translated, in the same order each time.
     */
    static final UUID BLANK_NODE_SEED = UUID.fromString("5c0f2840-3803-4af6-8c1f-6c15b0852fa0");

    private RdfReader() {
    }

    /** Parses the whole file into the sink; returns how many triples and quads it held. */
    static long read(String name, InputStream raw, RdfFormat format, long maxTriples, ProgressListener progress, StreamRDF sink) {
        Counting counting = new Counting(sink, name, maxTriples, progress);
        try (InputStream in = format == RdfFormat.RDFXML ? withoutExternalEntities(name, ungzipped(raw))
                : new GuardedInput(ungzipped(raw), name, format == RdfFormat.JSONLD)) {
            RDFParser.source(in)
                    .lang(format.lang())
                    .base(BASE)
                    .labelToNode(LabelToNode.createScopeByDocumentHash(BLANK_NODE_SEED))
                    .errorHandler(new Refusing(name))
                    .context(noRemoteDocuments())
                    .parse(counting);
        } catch (RdfRejectedException e) {
            throw e;
        } catch (RiotException e) {
            throw RdfRejectedException.single(name, "not " + format.parameter() + ": " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw RdfRejectedException.single(name, "could not be read: " + firstLine(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw RdfRejectedException.single(name, "could not be read: " + firstLine(e.getCause().getMessage()));
        } catch (StackOverflowError e) {
            throw RdfRejectedException.single(name, "nests too deeply to read");
        } catch (RuntimeException e) {
            // Parsers of some syntaxes (JSON, XML) fail with their own exceptions; the message is the user's clue.
            throw RdfRejectedException.single(name, "not " + format.parameter() + ": " + firstLine(String.valueOf(e.getMessage())));
        }
        return counting.count;
    }

    /** Gzip is recognised by its magic bytes, whatever the file is called. */
    static InputStream ungzipped(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 64 * 1024) : in;
    }

    private static final int PROLOG_BYTES = 64 * 1024;
    private static final java.util.regex.Pattern DOCTYPE = java.util.regex.Pattern.compile("<!DOCTYPE(.*?)(\\]\\s*>|>\\s*<[^!?])",
            java.util.regex.Pattern.DOTALL);

    /**
     * XML external entities (and external DTDs) could read the server's files or reach other
     * hosts; an RDF/XML file declaring any is refused before the XML parser sees it. Internal
     * entities (common for namespace abbreviations) are allowed; the JDK caps their expansion.
     */
    static InputStream withoutExternalEntities(String name, InputStream in) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
        buffered.mark(PROLOG_BYTES);
        byte[] prolog = buffered.readNBytes(PROLOG_BYTES);
        buffered.reset();
        java.util.regex.Matcher doctype = DOCTYPE.matcher(new String(prolog, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (doctype.find() && java.util.regex.Pattern.compile("\\b(SYSTEM|PUBLIC)\\b").matcher(doctype.group(1)).find()) {
            throw RdfRejectedException.single(name, "declares an external XML entity or DTD (SYSTEM or PUBLIC); "
                    + "they are never resolved, remove the declaration");
        }
        return buffered;
    }

    private static Context noRemoteDocuments() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((URI url, DocumentLoaderOptions loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote documents are never fetched (" + url + "); put the @context in the file");
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String line = message.strip().lines().findFirst().orElse("unreadable input");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** Reports how far a parse has got. */
    @FunctionalInterface
    interface ProgressListener {
        void triplesRead(long count);
    }

    /** Stops at the first error (warnings too: a bad IRI or literal is not silently kept). */
    private record Refusing(String name) implements ErrorHandler {

        @Override
        public void warning(String message, long line, long col) {
            throw RdfRejectedException.single(place(line, col), firstLine(message));
        }

        @Override
        public void error(String message, long line, long col) {
            throw RdfRejectedException.single(place(line, col), firstLine(message));
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw RdfRejectedException.single(place(line, col), firstLine(message));
        }

        private String place(long line, long col) {
            return line < 0 ? name : name + ", line " + line + ", column " + col;
        }
    }

    /** Counts what the parser emits and stops past the limit, before memory runs out. */
    private static final class Counting extends StreamRDFWrapper {

        private static final long PROGRESS_EVERY = 100_000;

        private final String name;
        private final long max;
        private final ProgressListener progress;
        private long count;

        Counting(StreamRDF other, String name, long max, ProgressListener progress) {
            super(other);
            this.name = name;
            this.max = max;
            this.progress = progress;
        }

        @Override
        public void triple(Triple triple) {
            counted();
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            counted();
            super.quad(quad);
        }

        private void counted() {
            if (++count > max) {
                throw RdfRejectedException.single(name, "holds more than " + max
                        + " triples (supplywatch.rdf.max-import-triples); split it or raise the limit");
            }
            if (count % PROGRESS_EVERY == 0) {
                progress.triplesRead(count);
            }
        }
    }
}
