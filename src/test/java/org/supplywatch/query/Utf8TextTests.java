package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8TextTests {

    @Test
    void decodesUtf8AndDropsAByteOrderMark() {
        assertThat(Utf8Text.decode("\uFEFFname\n大华".getBytes(StandardCharsets.UTF_8), "file")).isEqualTo("name\n大华");
    }

    @Test
    void refusesInvalidUtf8NamingItsLine() {
        byte[] bytes = {'n', 'a', 'm', 'e', '\n', 'o', 'k', '\n', (byte) 0xC3, (byte) 0x28};
        assertThatThrownBy(() -> Utf8Text.decode(bytes, "file"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("file");
                    assertThat(e.getMessage()).contains("line 3").contains("byte 8");
                });
    }

    @Test
    void refusesLatin1Text() {
        assertThatThrownBy(() -> Utf8Text.decode("Société".getBytes(StandardCharsets.ISO_8859_1), "file"))
                .isInstanceOf(InvalidParameterException.class);
    }
}
