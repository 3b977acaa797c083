package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The offline import's id table against a {@link HashMap}: every id added is found with its value, ids never added
 * are not, and an id added twice keeps its first value, through the table's growth (it starts small and doubles).
 */
class NodeIdTablePropertyTests {

    @Property(tries = 200)
    void findsWhatAHashMapFinds(@ForAll @Size(max = 3_000) List<@StringLength(max = 12) String> added,
            @ForAll @Size(max = 200) List<@StringLength(max = 12) String> asked) {
        NodeIdTable table = new NodeIdTable();
        Map<String, Long> expected = new HashMap<>();
        long value = 0;
        for (String id : added) {
            boolean isNew = !expected.containsKey(id);
            assertThat(table.add(id, value)).isEqualTo(isNew);
            expected.putIfAbsent(id, value);
            value += 7;
        }
        assertThat(table.size()).isEqualTo(expected.size());
        for (String id : added) {
            assertThat(table.get(id)).isEqualTo(expected.get(id));
        }
        for (String id : asked) {
            assertThat(table.get(id)).isEqualTo(expected.getOrDefault(id, -1L));
        }
    }

    @Test
    void idsThatDifferOnlyAtTheEndOrInEncodingAreDistinct() {
        NodeIdTable table = new NodeIdTable();
        for (int i = 0; i < 100_000; i++) {
            assertThat(table.add("company/c-" + i, i)).isTrue();
        }
        assertThat(table.add("company/c-é", 100_000L)).isTrue();
        assertThat(table.add("company/c-e\u0301", 100_001L)).isTrue();
        assertThat(table.get("company/c-99999")).isEqualTo(99_999L);
        assertThat(table.get("company/c-100000")).isEqualTo(-1L);
        assertThat(table.get("company/c-é")).isEqualTo(100_000L);
        assertThat(table.get("company/c-e\u0301")).isEqualTo(100_001L);
        assertThat(table.get("")).isEqualTo(-1L);
    }
}
