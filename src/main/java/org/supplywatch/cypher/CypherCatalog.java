package org.supplywatch.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every file under {@code cypher/} on the classpath, by name ({@code queries/brands-traced-to-designated-parents}).
 * Java refers to Cypher by these names only, so the service runs exactly the text Browser users run.
 */
@Component
public class CypherCatalog {

    private static final String ROOT = "cypher/";

    private final Map<String, CypherFile> files;

    public CypherCatalog() {
        this.files = load();
    }

    public CypherFile get(String name) {
        CypherFile file = files.get(name);
        if (file == null) {
            throw new IllegalArgumentException("No file cypher/" + name + ".cypher on the classpath");
        }
        return file;
    }

    public Collection<CypherFile> all() {
        return files.values();
    }

    /** Every statement of the files under {@code cypher/schema/}, in file order: what a new database is given first. */
    public List<String> schemaStatements() {
        return files.values().stream().filter(file -> file.name().startsWith("schema/")).flatMap(file -> file.statements().stream())
                .toList();
    }

    private static Map<String, CypherFile> load() {
        Map<String, CypherFile> loaded = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.cypher");
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
                loaded.put(name, CypherFileParser.parse(name, resource.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Cypher files under " + ROOT, e);
        }
        return loaded;
    }
}
