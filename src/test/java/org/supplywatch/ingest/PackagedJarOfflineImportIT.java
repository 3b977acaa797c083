package org.supplywatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar that {@code mvn package} builds runs the offline import with a bare {@code java -jar}, no JVM flags: the
 * import tool needs java.nio opened to it, which the jar's manifest does (Add-Opens). Integration tests run after
 * the package phase, so the jar is there.
 */
class PackagedJarOfflineImportIT {

    @TempDir
    Path folder;

    @Test
    void importsTheSeedFolderWithPlainJavaDashJar() throws IOException, InterruptedException {
        Path home = folder.resolve("db");
        Path log = folder.resolve("out.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", packagedJar().toString(), OfflineSeedImport.COMMAND,
                "--into=" + home, "--seed=" + Path.of("seed-data").toUri()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
        assertThat(home.resolve("data").resolve("databases").resolve("neo4j")).isDirectory();
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("supplywatch-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run mvn verify, which packages first"));
        }
    }
}
