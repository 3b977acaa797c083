package org.supplywatch.rdf;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks the bytes a parser reads as they pass: strict UTF-8 (the Turtle family, N-Triples,
 * N-Quads and JSON-LD are UTF-8 by definition, and a decoder that substitutes U+FFFD would store
 * corrupted names without a word), and for JSON-LD a bound on nesting, since the JSON-LD
 * processor recurses and a 5,000-deep array would exhaust the stack. Bytes are passed on unchanged.
 */
final class GuardedInput extends FilterInputStream {

    static final int MAX_JSON_DEPTH = 500;

    private final String name;
    private final boolean json;
    private long line = 1;
    private long column;
    private int continuation;
    private int depth;
    private boolean inString;
    private boolean escaped;

    GuardedInput(InputStream in, String name, boolean json) {
        super(in);
        this.name = name;
        this.json = json;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        for (int i = 0; i < count; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return count;
    }

    private void check(int b) {
        if (continuation > 0) {
            if ((b & 0xC0) != 0x80) {
                refuse("is not valid UTF-8 (a multi-byte character is cut short)");
            }
            continuation--;
            return;
        }
        column++;
        if (b < 0x80) {
            if (b == '\n') {
                line++;
                column = 0;
            }
            if (json) {
                nesting(b);
            }
        } else if (b >= 0xC2 && b <= 0xDF) {
            continuation = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            continuation = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
            continuation = 3;
        } else {
            refuse("is not valid UTF-8 (byte 0x" + Integer.toHexString(b).toUpperCase(java.util.Locale.ROOT) + ")");
        }
    }

    private void nesting(int b) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                inString = false;
            }
            return;
        }
        if (b == '"') {
            inString = true;
        } else if (b == '[' || b == '{') {
            if (++depth > MAX_JSON_DEPTH) {
                refuse("nests arrays and objects more than " + MAX_JSON_DEPTH + " deep");
            }
        } else if (b == ']' || b == '}') {
            depth--;
        }
    }

    private void refuse(String reason) {
        throw RdfRejectedException.single(name + ", line " + line + ", column " + column, reason);
    }
}
