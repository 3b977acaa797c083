package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.neo4j.values.AnyValues;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Values;

/**
 * The exposure report orders entities by name with its own comparison of two strings; it must give the answer Neo4j's
 * ordering of values gives (what ORDER BY does in {@code exposure-to-list-all.cypher}), for text read from the store as
 * UTF-8 or held as Java strings, including code points above U+FFFF and the units around the surrogates.
 */
class ReportOrderPropertyTests {

    @Property(tries = 2000)
    void namesCompareAsNeo4jComparesThem(@ForAll("names") String left, @ForAll("names") String right, @ForAll boolean leftAsUtf8,
            @ForAll boolean rightAsUtf8) {
        TextValue one = text(left, leftAsUtf8);
        TextValue two = text(right, rightAsUtf8);
        assertThat(Integer.signum(ReachRows.compareText(one, two))).isEqualTo(Integer.signum(AnyValues.COMPARATOR.compare(one, two)));
    }

    @Provide
    Arbitrary<String> names() {
        // A small alphabet, so that names often share a prefix and differ in the units that order differently.
        Arbitrary<String> unit = Arbitraries.of("a", "B", "é", "\u00ff", "\ud7ff", "\ue000", "\uffee", "\ud83d\udcf7", "\ud800\udc00", "\udbff\udfff");
        return unit.list().ofMaxSize(6).map(units -> String.join("", units));
    }

    private static TextValue text(String value, boolean asUtf8) {
        return asUtf8 ? Values.utf8Value(value.getBytes(StandardCharsets.UTF_8)) : Values.stringValue(value);
    }
}
