package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.neo4j.values.AnyValue;
import org.neo4j.values.AnyValues;
import org.neo4j.values.storable.TextValue;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;
import org.supplywatch.query.ExposedEntities.Entity;
import org.supplywatch.query.ListReach.Candidate;
import org.supplywatch.query.ListReach.Listing;
import org.supplywatch.query.ReachValues.Named;

/**
 * The exposure report orders entities by name with its own comparison of two strings; it must give the answer Neo4j's
 * ordering of values gives (what ORDER BY does in {@code exposure-to-list-all.cypher}), for text read from the store as
 * UTF-8 or held as Java strings, including code points above U+FFFF and the units around the surrogates; and the
 * ordered runs of the two walkers must merge into the order of all their paths.
 */
class ReportOrderPropertyTests {

    @Property(tries = 2000)
    void namesCompareAsNeo4jComparesThem(@ForAll("names") String left, @ForAll("names") String right, @ForAll boolean leftAsUtf8,
            @ForAll boolean rightAsUtf8) {
        TextValue one = text(left, leftAsUtf8);
        TextValue two = text(right, rightAsUtf8);
        assertThat(Integer.signum(ExposedEntities.compareText(one, two))).isEqualTo(Integer.signum(AnyValues.COMPARATOR.compare(one, two)));
    }

    /**
     * Two walkers' runs merged give the order one walker's run of all the paths would, and an entity both reached keeps
     * every path of both, the first run's first.
     */
    @Property(tries = 500)
    void runsOfTwoWalkersMergeIntoTheOrderOfAllTheirPaths(@ForAll("paths") List<Tuple2<Integer, Boolean>> found) {
        Map<Long, List<Candidate<String>>> first = new HashMap<>();
        Map<Long, List<Candidate<String>>> second = new HashMap<>();
        Map<Long, List<Candidate<String>>> all = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            long node = found.get(i).get1();
            Candidate<String> path = path(node, "path " + i);
            (found.get(i).get2() ? first : second).computeIfAbsent(node, key -> new ArrayList<>()).add(path);
        }
        first.forEach((node, paths) -> all.computeIfAbsent(node, key -> new ArrayList<>()).addAll(paths));
        second.forEach((node, paths) -> all.computeIfAbsent(node, key -> new ArrayList<>()).addAll(paths));

        List<Entity<String>> merged = ExposedEntities.ordered(first).merge(ExposedEntities.ordered(second)).entities();
        List<Entity<String>> whole = ExposedEntities.ordered(all).entities();

        assertThat(merged).extracting(Entity::node).containsExactlyElementsOf(whole.stream().map(Entity::node).toList());
        for (int i = 0; i < merged.size(); i++) {
            assertThat(merged.get(i).paths()).containsExactlyElementsOf(whole.get(i).paths());
        }
        for (int i = 1; i < merged.size(); i++) {
            assertThat(Integer.signum(AnyValues.COMPARATOR.compare(name(merged.get(i - 1).node()), name(merged.get(i).node()))))
                    .isLessThanOrEqualTo(0);
        }
    }

    @Provide
    Arbitrary<List<Tuple2<Integer, Boolean>>> paths() {
        // Few nodes, so that both walkers often reach the same entity; the name repeats across nodes, so ids break ties.
        return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.of(true, false)).as(Tuple::of).list().ofMaxSize(60);
    }

    private static Candidate<String> path(long node, String hop) {
        Named exposed = Named.of(Values.stringValue("brand/" + node), name(node));
        Named designee = Named.of(Values.stringValue("company/0"), Values.stringValue("Designee"));
        return new Candidate<>(Listing.shown(null, "designation/0", null, null), new Named[] {exposed, designee}, List.of(hop),
                new Value[] {Values.stringValue("BRAND_OF")});
    }

    /** Names that repeat (and one node without a name), some read as UTF-8. */
    private static AnyValue name(long node) {
        return node % 7 == 0 ? Values.NO_VALUE : text("Brand é" + node % 5, node % 2 == 0);
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
