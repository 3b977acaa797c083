package org.supplywatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * The bench's HTTP client: one blocking GET at a time on a kept-alive loopback connection, on the
 * calling thread. The bench's client shares the service's two cores, so it should cost as little
 * as it can: {@code java.net.http.HttpClient} hands each request to a selector thread and back
 * (two more thread switches per request), which added about a millisecond at p50 and several at
 * p99 to every latency measured through it, the REST floor included.
 */
final class LoopbackClient {

    private static final int TIMEOUT_MILLIS = Math.toIntExact(Duration.ofMinutes(10).toMillis());

    private final String base;

    LoopbackClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** The body of a 200 answer to {@code GET pathAndQuery}; anything else is an error naming the request. */
    byte[] get(String pathAndQuery) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + pathAndQuery).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        int status = connection.getResponseCode();
        if (status != 200) {
            try (InputStream error = connection.getErrorStream()) {
                if (error != null) {
                    error.readAllBytes(); // read to the end, so the connection is kept for the next request
                }
            }
            throw new IllegalStateException("GET " + pathAndQuery + " answered " + status);
        }
        try (InputStream body = connection.getInputStream()) {
            return body.readAllBytes();
        }
    }
}
