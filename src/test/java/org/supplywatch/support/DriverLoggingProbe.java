package org.supplywatch.support;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.neo4j.driver.Config;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.ApplicationContext;

/**
 * Builds a driver configuration the way the application's drivers are built (every ConfigBuilderCustomizer bean) and
 * logs one debug message through its logging, counting how often the message's argument is turned into text: zero
 * while Logback has debug off, once while it has it on. The driver's default logging (System.Logger) formats first
 * and asks afterwards, so it counts one either way.
 */
public final class DriverLoggingProbe {

    /** Where driver 6.1 logs the messages it sends and receives ("C: RUN ..."). */
    private static final String BOLT_MESSAGES = "org.neo4j.bolt.connection.netty.impl.async.outbound.OutboundMessageHandler";

    private DriverLoggingProbe() {
    }

    public static int formattingsOfOneDebugLine(ApplicationContext context, boolean debugOn) {
        Config.ConfigBuilder builder = Config.builder();
        ObjectProvider<ConfigBuilderCustomizer> customizers = context.getBeanProvider(ConfigBuilderCustomizer.class);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        Logger logback = (Logger) LoggerFactory.getLogger(BOLT_MESSAGES);
        Level before = logback.getLevel();
        AtomicInteger formatted = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                formatted.incrementAndGet();
                return "RUN {rows: [...]}";
            }
        };
        logback.setLevel(debugOn ? Level.DEBUG : Level.INFO);
        try {
            builder.build().logging().getLog(BOLT_MESSAGES).debug("C: %s", message);
        } finally {
            logback.setLevel(before);
        }
        return formatted.get();
    }
}
