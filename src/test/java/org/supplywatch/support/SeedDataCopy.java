package org.supplywatch.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of seed-data/ (its CSV files, folders kept) that a test may spoil without touching the real one. */
public final class SeedDataCopy {

    public static final Path SEED_DATA = Path.of("seed-data");

    private SeedDataCopy() {
    }

    public static void into(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(SEED_DATA)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".csv")).toList()) {
                Path target = folder.resolve(SEED_DATA.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
