package org.supplywatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.supplywatch.SupplywatchApplication;

/**
 * An external Neo4j that goes away and comes back: while it is gone, health is DOWN and queries
 * get a 503 problem (never a hang or a 500); when it returns, the service recovers by itself.
 * The external server is a separately started Neo4j Harness on a fixed loopback port.
 */
class ExternalNeo4jOutageIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answers503WhileTheDatabaseIsAwayAndRecoversWhenItReturns() throws Exception {
        int port = freePort();
        Neo4j first = external(port);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SupplywatchApplication.class)
                .run("--server.port=0", "--spring.neo4j.uri=bolt://127.0.0.1:" + port,
                        "--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=unused")) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(get(base + "/api/v1/entities/brand/lorex").statusCode()).isEqualTo(200);
            assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(200);

            first.close();
            HttpResponse<String> away = get(base + "/api/v1/entities/brand/lorex");
            assertThat(away.statusCode()).isEqualTo(503);
            assertThat(away.body()).contains("https://w3id.org/supplywatch/problems/database-unavailable");
            assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(503);

            Neo4j second = external(port);
            try {
                // A fresh, empty server: the service answers again without a restart (404: that server holds no seed).
                assertThat(get(base + "/api/v1/entities/brand/lorex").statusCode()).isEqualTo(404);
                assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(200);
            } finally {
                second.close();
            }
        }
    }

    private static Neo4j external(int port) {
        return Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                // Otherwise closing waits about ten seconds for Bolt connections to drain.
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .build();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
