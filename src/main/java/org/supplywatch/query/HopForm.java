package org.supplywatch.query;

import org.neo4j.values.storable.Value;
import org.neo4j.values.virtual.MapValue;
import org.neo4j.values.virtual.MapValueBuilder;
import org.supplywatch.query.ReachValues.Named;
import org.supplywatch.query.TraceResults.Hop;

/**
 * What the exposure walk makes of a link on a path it reports: the map {@code exposure-to-list-all.cypher} projects
 * (the procedure's rows, {@link #MAPS}) or the service's record (the walk in the service's process, {@link #RECORDS}).
 * Each walker makes its hops in its own thread, once per link on a reported path. Why two forms: the in-process report
 * used to make the map and convert it to the record afterwards, on the one thread that orders the paths; building and
 * reading back a hash map per hop was a fifth of that report at a million companies.
 */
interface HopForm<H> {

    /** The keys of a hop taken from its link, the order in which {@link #hop} gets their values. */
    String[] LINK_KEYS = {"statementKind", "statementKinds", "sourceIds", "passages", "validFrom", "validTo"};

    /** The hop from {@code from} up to {@code to} over a link of this type, with the link's values by {@link #LINK_KEYS}. */
    H hop(Named from, Value type, Named to, Value[] link);

    HopForm<MapValue> MAPS = (from, type, to, link) -> {
        MapValueBuilder hop = new MapValueBuilder(LINK_KEYS.length + 5);
        for (int i = 0; i < LINK_KEYS.length; i++) {
            hop.add(LINK_KEYS[i], link[i]);
        }
        hop.add("from", from.id());
        hop.add("fromName", from.name());
        hop.add("type", type);
        hop.add("to", to.id());
        hop.add("toName", to.name());
        return hop.build();
    };

    HopForm<Hop> RECORDS = WalkRecords::hop;
}
