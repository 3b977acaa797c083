package org.supplywatch.query;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes uploaded text as strict UTF-8: a byte sequence that is not UTF-8 is refused with the
 * line it is on, never silently replaced (a replaced character would then be screened or imported
 * as if someone had written it).
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    public static String decode(byte[] bytes, String parameter) {
        long line = firstInvalidLine(bytes);
        if (line > 0) {
            throw new InvalidParameterException(parameter, "is not valid UTF-8: line " + line + ", byte " + firstBadByte(bytes));
        }
        return withoutByteOrderMark(new String(bytes, StandardCharsets.UTF_8));
    }

    /** The line (from 1) holding the first byte sequence that is not UTF-8, or 0 when every byte is. */
    public static long firstInvalidLine(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return 0;
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            long line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** The text without a leading UTF-8 byte-order mark, which some editors write and no reader wants. */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(input, output, true);
        return input.position();
    }
}
