package org.supplywatch.config;

import java.net.URI;

/**
 * Where Neo4j Browser, running in the user's web browser, reaches the database: the embedded
 * server's Bolt address, or the external server's. {@code authenticated} says whether it will
 * ask for a password.
 */
public record BrowserConnection(String boltUri, boolean authenticated) {

    /** The WebSocket origins Browser opens to that address, for the Content-Security-Policy. */
    public String webSocketSources() {
        URI uri = URI.create(boltUri);
        String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        java.util.Set<String> sources = new java.util.LinkedHashSet<>(java.util.List.of("ws://" + hostPort, "wss://" + hostPort));
        if ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost())) {
            String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
            sources.add("ws://localhost" + port);
            sources.add("ws://127.0.0.1" + port);
        }
        return String.join(" ", sources);
    }
}
