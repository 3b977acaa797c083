package org.supplywatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.supplywatch.support.DriverLoggingProbe;
import org.supplywatch.support.GraphIntegrationTest;

/**
 * The driver logs through SLF4J: Logback's level is asked before a message is formatted, so a write batch's 10,000
 * rows are not turned into text for a debug line nobody reads (external Neo4j here; EmbeddedNeo4jIT for the embedded
 * mode's driver).
 */
@GraphIntegrationTest
class DriverLoggingIT {

    @Autowired
    ApplicationContext context;

    @Test
    void aDebugLineIsFormattedOnlyWhenDebugIsOn() {
        assertThat(DriverLoggingProbe.formattingsOfOneDebugLine(context, false)).isZero();
        assertThat(DriverLoggingProbe.formattingsOfOneDebugLine(context, true)).isEqualTo(1);
    }
}
