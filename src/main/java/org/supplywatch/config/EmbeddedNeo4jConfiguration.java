package org.supplywatch.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.neo4j.server.configuration.ServerSettings;
import org.supplywatch.cypher.InProcessDatabase;
import org.supplywatch.cypher.InProcessWrites;
import org.supplywatch.query.ExposureWalk;
import org.supplywatch.query.WalkMemory;

/**
 * Starts Neo4j inside this process when no external database is configured. Bolt listens on
 * loopback so Neo4j Browser can connect; Neo4j's own HTTP server stays off. The driver bean
 * takes the server as a parameter, so Neo4j starts before the driver and stops after it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalNeo4jNotConfigured.class)
public class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, Environment environment) {
        requireAuthenticationOffLoopback(properties);
        Path home = properties.dataDirectory().toAbsolutePath().normalize();
        log.info("Starting embedded Neo4j in {} with Bolt on {}:{}", home, properties.boltHost(), properties.boltPort());
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, properties.authenticated())
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Neo4j Browser reads these through dbms.clientConfig(): no telemetry, guides and styles only
                // from this machine, and the Supplywatch style and guide once connected.
                .setConfig(ServerSettings.allow_telemetry, false)
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1")
                .setConfig(ServerSettings.browser_post_connect_cmd, postConnectCommand(environment))
                .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, properties.transactionMemory().toBytes())
                .setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
                // Without these, shutdown waits about ten seconds for Bolt connections to drain.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .build();
        if (properties.authenticated()) {
            // Idempotent: sets the configured password at every start, so changing the setting changes the password.
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", properties.password()));
        }
        return dbms;
    }

    /** Browser opens the guide and styles the graph, both served by this service on its own port. */
    static String postConnectCommand(Environment environment) {
        String base = "http://localhost:" + environment.getProperty("server.port", "8080");
        return "play " + base + "/browser-guide/supplywatch.html; style " + base + "/browser-guide/supplywatch.grass";
    }

    /** Where this process reaches its own server: loopback when Bolt listens on every interface; IPv6 in brackets. */
    private static String connectableHost(String host) {
        try {
            if (InetAddress.getByName(host).isAnyLocalAddress()) {
                return "127.0.0.1";
            }
        } catch (UnknownHostException e) {
            return host;
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static void requireAuthenticationOffLoopback(EmbeddedNeo4jProperties properties) {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(properties.boltHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("supplywatch.embedded.bolt-host '" + properties.boltHost() + "' is not a known host", e);
        }
        if (!loopback && !properties.authenticated()) {
            throw new IllegalStateException("supplywatch.embedded.bolt-host=" + properties.boltHost() + " opens the database "
                    + "beyond this machine: set supplywatch.embedded.password (environment SUPPLYWATCH_EMBEDDED_PASSWORD) "
                    + "so that Bolt requires authentication, or keep bolt-host on 127.0.0.1");
        }
    }

    @Bean
    EmbeddedBoltAddress embeddedBoltAddress(DatabaseManagementService embeddedNeo4j, EmbeddedNeo4jProperties properties) {
        GraphDatabaseAPI database = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort bolt = database.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        String uri = "bolt://" + connectableHost(bolt.getHost()) + ":" + bolt.getPort();
        log.info("Embedded Neo4j ready: connect Neo4j Browser to {} ({})", uri, properties.authenticated()
                ? "user neo4j, password from supplywatch.embedded.password" : "no authentication");
        return new EmbeddedBoltAddress(uri);
    }

    /**
     * The same database without Bolt in between, for reads, unless {@link EmbeddedNeo4jProperties#readInProcess()} is
     * off: the condition reads the same key, because the readers take this bean as optional.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "supplywatch.embedded.read-in-process", matchIfMissing = true)
    InProcessDatabase inProcessDatabase(DatabaseManagementService embeddedNeo4j) {
        return new InProcessDatabase(embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
    }

    /**
     * The same database without Bolt in between, for writes, unless {@link EmbeddedNeo4jProperties#writeInProcess()} is
     * off (the condition reads the same key: the writer takes this bean as optional).
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "supplywatch.embedded.write-in-process", matchIfMissing = true)
    InProcessWrites inProcessWrites(DatabaseManagementService embeddedNeo4j) {
        return new InProcessWrites(new InProcessDatabase(embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)));
    }

    /**
     * What exposure walks in this process read of the store, kept between reports; a listener of the database's
     * transactions, so it forgets what each commit changes. Present with the in-process reads that use it.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "supplywatch.embedded.read-in-process", matchIfMissing = true)
    WalkMemory walkMemory(DatabaseManagementService embeddedNeo4j, QueryProperties properties) {
        WalkMemory memory = WalkMemory.shared(properties.walkMemoryEntries());
        embeddedNeo4j.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, memory);
        return memory;
    }

    /**
     * The exposure report's walk, as a procedure of the embedded database (Neo4j Browser users connected to it can
     * call it too); the exposure service runs it instead of the pure-Cypher whole report when this bean is present.
     */
    @Bean
    ExposureWalk.Registration exposureWalk(DatabaseManagementService embeddedNeo4j) {
        return ExposureWalk.register(embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
    }

    /** The driver for writes and Bolt reads, configured by the same customizers as Spring Boot's (e.g. its logging). */
    @Bean(destroyMethod = "close")
    Driver neo4jDriver(EmbeddedBoltAddress embeddedBoltAddress, EmbeddedNeo4jProperties properties,
            ObjectProvider<ConfigBuilderCustomizer> customizers) {
        Config.ConfigBuilder config = Config.builder();
        customizers.orderedStream().forEach(customizer -> customizer.customize(config));
        return GraphDatabase.driver(embeddedBoltAddress.uri(), properties.authenticated()
                ? AuthTokens.basic("neo4j", properties.password()) : AuthTokens.none(), config.build());
    }
}
