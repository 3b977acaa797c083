package org.supplywatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The files of one seed folder (on the classpath or on disk), named by their path inside it. */
final class SeedFolder {

    private final String location;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    SeedFolder(String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    String location() {
        return location;
    }

    List<SeedFile> files(String pattern) {
        try {
            Resource root = resolver.getResource(location);
            String rootUrl = root.getURL().toString();
            Resource[] found = resolver.getResources(location + pattern);
            return Arrays.stream(found)
                    .filter(Resource::isReadable)
                    .map(resource -> new SeedFile(relativeName(rootUrl, resource), resource))
                    .sorted(Comparator.comparing(SeedFile::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the seed folder " + location, e);
        }
    }

    private static String relativeName(String rootUrl, Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.startsWith(rootUrl) ? url.substring(rootUrl.length()) : resource.getFilename();
        } catch (IOException e) {
            return resource.getFilename();
        }
    }

    record SeedFile(String name, Resource resource) {

        /** The file's bytes: decoded by the loader itself, strictly, so a bad byte is refused with its line. */
        byte[] bytes() {
            try (var in = resource.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open seed file " + name, e);
            }
        }
    }
}
