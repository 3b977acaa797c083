package org.supplywatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.supplywatch.lists.CslImporter;
import org.supplywatch.support.ImportedData;
import org.supplywatch.support.SharedNeo4jInitializer;

/**
 * Bounded load test on loopback (opt-in: {@code -Dsupplywatch.load=true}; see BENCHMARKS.md):
 * 200 concurrent clients search and trace for {@code supplywatch.load.seconds} (default 60) while CSL
 * imports run, checking every answer. It asserts correctness only (no 5xx, no wrong answer) and
 * reports throughput and latency percentiles to target/load-report.md.
 */
@EnabledIfSystemProperty(named = "supplywatch.load", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.neo4j.driver=WARN", "logging.level.org.springframework.data.neo4j.cypher=ERROR",
                "supplywatch.query.queue-wait=30s"})
@ContextConfiguration(initializers = SharedNeo4jInitializer.class)
class LoadIT {

    private static final int CLIENTS = 200;

    @LocalServerPort
    int port;

    @Autowired
    CslImporter importer;

    @Test
    void twoHundredClientsGetRightAnswersWhileImportsRun() throws Exception {
        long seconds = Long.getLong("supplywatch.load.seconds", 60);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger wrongAnswers = new AtomicInteger();
        AtomicLong imports = new AtomicLong();
        String base = "http://127.0.0.1:" + port;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            clients.submit(() -> importWhileRunning(deadline, imports));
            for (int client = 0; client < CLIENTS; client++) {
                boolean searcher = client % 2 == 0;
                clients.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        String url = searcher ? base + "/api/v1/entities?q=dahua%20technology&kind=Company"
                                : base + "/api/v1/traces/designated-ancestors?from=brand/lorex&list=list/us-bis-entity-list";
                        long started = System.nanoTime();
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - started);
                        if (response.statusCode() >= 500) {
                            serverErrors.incrementAndGet();
                        } else if (!response.body().contains("\"company/dahua-technology\"")) {
                            wrongAnswers.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        String report = report(seconds, latencies, serverErrors.get(), wrongAnswers.get(), imports.get());
        Files.writeString(Path.of("target", "load-report.md"), report);
        System.out.println(report);
        assertThat(serverErrors.get()).as("5xx answers").isZero();
        assertThat(wrongAnswers.get()).as("wrong answers").isZero();
        assertThat(imports.get()).as("imports run meanwhile").isPositive();
    }

    private Void importWhileRunning(long deadline, AtomicLong imports) {
        try {
            return importUntil(deadline, imports);
        } catch (IOException | RuntimeException e) {
            System.out.println("Import during the load test failed: " + e);
            return null;
        }
    }

    private Void importUntil(long deadline, AtomicLong imports) throws IOException {
        List<String> files = List.of("csl-2023-06.csv", "csl-2024-06.csv");
        LocalDate day = LocalDate.of(2023, 1, 1);
        while (System.nanoTime() < deadline) {
            String name = files.get((int) (imports.get() % 2));
            try (InputStream in = getClass().getResourceAsStream("/csl/" + name)) {
                importer.importCsv(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), day.plusDays(imports.get()));
            }
            imports.incrementAndGet();
        }
        return null;
    }

    private static String report(long seconds, List<Long> latencies, int serverErrors, int wrongAnswers, long imports) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return String.format("""
                | clients | seconds | requests | requests/s | p50 ms | p99 ms | max ms | 5xx | wrong | imports |
                |---|---|---|---|---|---|---|---|---|---|
                | %d | %d | %d | %.0f | %.1f | %.1f | %.1f | %d | %d | %d |
                """, CLIENTS, seconds, sorted.size(), sorted.size() / (double) seconds, percentile(sorted, 0.50),
                percentile(sorted, 0.99), percentile(sorted, 1.0), serverErrors, wrongAnswers, imports);
    }

    private static double percentile(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    @AfterEach
    void removeImports() {
        ImportedData.remove();
    }
}
