package org.supplywatch.rdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;

/**
 * RDF terms as the staging store's bytes, one codeword a term: {@code [tag][varint length][body]}.
 * The same term always gets the same bytes and different terms different bytes, so the store
 * sorts, groups and looks terms up by comparing bytes, never decoding them. Codewords are
 * self-delimiting, so a record of several codewords compares codeword by codeword, and the
 * records sharing a first codeword are next to each other once sorted.
 *
 * <p>IRIs are written as a namespace number and the rest: the namespace is the IRI up to its
 * fragment's '#' (when the fragment has no '/') or up to the last '/' before the fragment. The
 * first {@value #MAX_NAMESPACES} namespaces met get numbers, for good; an IRI of any later one is
 * written whole. A term's bytes so never depend on when it was met. Blank nodes with Jena's
 * 32-hex-digit labels take 16 bytes; an RDF 1.2 triple term is the codewords of its three terms.
 * Encoding belongs to one thread (the parser's); decoding may start once encoding is over.
 */
final class TermCodec {

    static final int MAX_NAMESPACES = 1 << 16;

    private static final byte IRI = 1;
    private static final byte BLANK = 2;
    private static final byte BLANK_HEX = 3;
    private static final byte STRING = 4;
    private static final byte LANG = 5;
    private static final byte LANG_DIRECTION = 6;
    private static final byte TYPED = 7;
    private static final byte TRIPLE = 8;
    private static final int CACHE_SLOTS = 1 << 14;
    private static final int CACHED_BYTES = 96;
    private static final HexFormat HEX = HexFormat.of();

    private final Map<String, Integer> namespaceIds = new HashMap<>();
    private final List<String> namespaces = new ArrayList<>();
    /** The body of a codeword being written, before its length is known. */
    private final ByteSink body = new ByteSink(256);
    private final ByteSink datatypeBody = new ByteSink(64);
    private boolean learn;
    /** Decoded terms by their bytes, one per slot: predicates, classes, sources and datatypes repeat. */
    private final byte[][] cachedBytes = new byte[CACHE_SLOTS][];
    private final Node[] cachedNodes = new Node[CACHE_SLOTS];

    /** Appends the term's codeword; a namespace met for the first time gets a number while there are numbers left. */
    void encode(Node node, ByteSink out) {
        encode(node, out, true);
    }

    /**
     * Appends the codeword the term has if the file holds it, giving no namespace a number: for
     * lookups once the file is encoded (an IRI of a namespace with no number is in no encoded term).
     */
    void encodeForLookup(Node node, ByteSink out) {
        encode(node, out, false);
    }

    private void encode(Node node, ByteSink out, boolean learn) {
        this.learn = learn;
        body.clear();
        byte tag;
        if (node.isURI()) {
            tag = IRI;
            iri(node.getURI(), body);
        } else if (node.isBlank()) {
            String label = node.getBlankNodeLabel();
            if (isHex32(label)) {
                tag = BLANK_HEX;
                body.write(HEX.parseHex(label));
            } else {
                tag = BLANK;
                body.writeUtf8(label);
            }
        } else if (node.isLiteral()) {
            tag = literal(node);
        } else if (node.isTripleTerm()) {
            // RDF 1.2 triple terms: the codewords of the triple's three terms.
            ByteSink parts = new ByteSink(128);
            encode(node.getTriple().getSubject(), parts, learn);
            encode(node.getTriple().getPredicate(), parts, learn);
            encode(node.getTriple().getObject(), parts, learn);
            body.clear();
            body.write(parts.array(), 0, parts.size());
            tag = TRIPLE;
        } else {
            throw new IllegalArgumentException("not an RDF term of a file: " + node);
        }
        out.writeByte(tag);
        out.writeVarint(body.size());
        out.write(body.array(), 0, body.size());
    }

    private void iri(String iri, ByteSink to) {
        int split = namespaceEnd(iri);
        int id = 0;
        if (split > 0) {
            String namespace = iri.substring(0, split);
            Integer known = namespaceIds.get(namespace);
            if (known == null && learn && namespaces.size() < MAX_NAMESPACES) {
                namespaces.add(namespace);
                known = namespaces.size();
                namespaceIds.put(namespace, known);
            }
            id = known == null ? 0 : known;
        }
        to.writeVarint(id);
        to.writeUtf8(id == 0 ? iri : iri.substring(split));
    }

    private byte literal(Node node) {
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            TextDirection direction = node.getLiteralBaseDirection();
            if (direction != null) {
                body.writeString(direction.direction());
                body.writeString(language);
                body.writeUtf8(node.getLiteralLexicalForm());
                return LANG_DIRECTION;
            }
            body.writeString(language);
            body.writeUtf8(node.getLiteralLexicalForm());
            return LANG;
        }
        String datatype = node.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())) {
            body.writeUtf8(node.getLiteralLexicalForm());
            return STRING;
        }
        datatypeBody.clear();
        iri(datatype, datatypeBody);
        body.writeVarint(datatypeBody.size());
        body.write(datatypeBody.array(), 0, datatypeBody.size());
        body.writeUtf8(node.getLiteralLexicalForm());
        return TYPED;
    }

    /** Where an IRI's namespace ends (exclusive), or 0 when it has none worth a number. */
    static int namespaceEnd(String iri) {
        int hash = iri.indexOf('#');
        if (hash >= 0 && iri.indexOf('/', hash) < 0) {
            return hash + 1;
        }
        int slash = iri.lastIndexOf('/', hash >= 0 ? hash : iri.length() - 1);
        return slash + 1;
    }

    private static boolean isHex32(String label) {
        if (label.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = label.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- reading

    /** The length of the codeword that starts at {@code at}. */
    static int length(byte[] bytes, int at) {
        long header = ByteSink.readVarint(bytes, at + 1);
        return 1 + ByteSink.varintSize(header) + (int) header;
    }

    /** The term of the codeword at {@code at}. */
    Node decode(byte[] bytes, int at) {
        int length = length(bytes, at);
        if (length <= CACHED_BYTES) {
            int slot = slot(bytes, at, length);
            byte[] cached = cachedBytes[slot];
            if (cached != null && Arrays.equals(cached, 0, cached.length, bytes, at, at + length)) {
                return cachedNodes[slot];
            }
            Node node = decodeUncached(bytes, at);
            cachedBytes[slot] = Arrays.copyOfRange(bytes, at, at + length);
            cachedNodes[slot] = node;
            return node;
        }
        return decodeUncached(bytes, at);
    }

    private static int slot(byte[] bytes, int at, int length) {
        int hash = 1;
        for (int i = at; i < at + length; i++) {
            hash = 31 * hash + bytes[i];
        }
        return (hash ^ hash >>> 16) & (CACHE_SLOTS - 1);
    }

    private Node decodeUncached(byte[] bytes, int at) {
        byte tag = bytes[at];
        long bodyLength = ByteSink.readVarint(bytes, at + 1);
        int start = at + 1 + ByteSink.varintSize(bodyLength);
        int end = start + (int) bodyLength;
        return switch (tag) {
            case IRI -> NodeFactory.createURI(iriAt(bytes, start, end));
            case BLANK -> NodeFactory.createBlankNode(utf8(bytes, start, end));
            case BLANK_HEX -> NodeFactory.createBlankNode(HEX.formatHex(bytes, start, end));
            case STRING -> NodeFactory.createLiteralString(utf8(bytes, start, end));
            case LANG -> {
                int languageEnd = stringEnd(bytes, start);
                yield NodeFactory.createLiteralLang(utf8(bytes, languageEnd, end), stringAt(bytes, start));
            }
            case LANG_DIRECTION -> {
                int directionEnd = stringEnd(bytes, start);
                int languageEnd = stringEnd(bytes, directionEnd);
                yield NodeFactory.createLiteralDirLang(utf8(bytes, languageEnd, end), stringAt(bytes, directionEnd),
                        stringAt(bytes, start));
            }
            case TYPED -> {
                long iriBytes = ByteSink.readVarint(bytes, start);
                int iriStart = start + ByteSink.varintSize(iriBytes);
                int iriEnd = iriStart + (int) iriBytes;
                RDFDatatype datatype = TypeMapper.getInstance().getSafeTypeByName(iriAt(bytes, iriStart, iriEnd));
                yield NodeFactory.createLiteralDT(utf8(bytes, iriEnd, end), datatype);
            }
            case TRIPLE -> {
                int predicate = start + length(bytes, start);
                int object = predicate + length(bytes, predicate);
                yield NodeFactory.createTripleTerm(decode(bytes, start), decode(bytes, predicate), decode(bytes, object));
            }
            default -> throw new IllegalStateException("not a term codeword: tag " + tag);
        };
    }

    private String iriAt(byte[] bytes, int start, int end) {
        long id = ByteSink.readVarint(bytes, start);
        int rest = start + ByteSink.varintSize(id);
        String local = utf8(bytes, rest, end);
        return id == 0 ? local : namespaces.get((int) id - 1).concat(local);
    }

    private static String stringAt(byte[] bytes, int at) {
        long length = ByteSink.readVarint(bytes, at);
        int start = at + ByteSink.varintSize(length);
        return utf8(bytes, start, start + (int) length);
    }

    private static int stringEnd(byte[] bytes, int at) {
        long length = ByteSink.readVarint(bytes, at);
        return at + ByteSink.varintSize(length) + (int) length;
    }

    private static String utf8(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
}
