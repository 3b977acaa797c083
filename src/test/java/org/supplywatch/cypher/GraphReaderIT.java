package org.supplywatch.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.SharedNeo4j;

/** Reads run in read transactions, which a cluster routes to a reader and which cannot write. */
@GraphIntegrationTest
class GraphReaderIT {

    @Autowired
    GraphReader reader;

    @Test
    void runsQueriesInReadTransactionsThatRefuseWrites() {
        assertThatThrownBy(() -> reader.list("probes/write-probe", Map.of("id", "probe/write"), row -> row.get("id").asString()))
                .hasMessageContaining("read");
        assertThat(GraphSnapshot.count(SharedNeo4j.boltUri(), "MATCH (n:Resource {id: 'probe/write'}) RETURN count(n)")).isZero();
    }

    @Test
    void readsRowsIntoRecords() {
        assertThat(reader.list("queries/count-sources", Map.of(), row -> row.get("sources").asLong()))
                .singleElement().satisfies(count -> assertThat(count).isGreaterThan(10));
    }
}
