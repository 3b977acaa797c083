package org.supplywatch.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.springframework.http.MediaType;

/**
 * The RDF syntaxes Supplywatch reads and writes. Dataset syntaxes carry one named graph per
 * relationship statement; the others carry the same statement with RDF reification (see ontology/README.md).
 */
public enum RdfFormat {
    TURTLE("turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY, RDFFormat.TURTLE_BLOCKS, false, "ttl", List.of("ttl")),
    NTRIPLES("ntriples", Lang.NTRIPLES, RDFFormat.NTRIPLES, RDFFormat.NTRIPLES, false, "nt", List.of("nt")),
    NQUADS("nquads", Lang.NQUADS, RDFFormat.NQUADS, RDFFormat.NQUADS, true, "nq", List.of("nq")),
    TRIG("trig", Lang.TRIG, RDFFormat.TRIG_PRETTY, RDFFormat.TRIG_BLOCKS, true, "trig", List.of("trig")),
    JSONLD("jsonld", Lang.JSONLD, RDFFormat.JSONLD, null, true, "jsonld", List.of("jsonld", "json")),
    RDFXML("rdfxml", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, null, false, "rdf", List.of("rdf", "xml", "owl"));

    private final String parameter;
    private final Lang lang;
    private final RDFFormat prettyFormat;
    private final RDFFormat streamingFormat;
    private final boolean dataset;
    private final String extension;
    private final List<String> fileExtensions;

    RdfFormat(String parameter, Lang lang, RDFFormat prettyFormat, RDFFormat streamingFormat, boolean dataset,
            String extension, List<String> fileExtensions) {
        this.parameter = parameter;
        this.lang = lang;
        this.prettyFormat = prettyFormat;
        this.streamingFormat = streamingFormat;
        this.dataset = dataset;
        this.extension = extension;
        this.fileExtensions = fileExtensions;
    }

    /** The value of the {@code format} parameter and of the command line's {@code --format}. */
    public String parameter() {
        return parameter;
    }

    public Lang lang() {
        return lang;
    }

    public MediaType mediaType() {
        return MediaType.parseMediaType(lang.getHeaderString());
    }

    /** Readable layout, for results that fit in memory. */
    RDFFormat prettyFormat() {
        return prettyFormat;
    }

    /** Writer that emits as it goes (memory flat in graph size), or null where Jena has none for the syntax. */
    RDFFormat streamingFormat() {
        return streamingFormat;
    }

    /** Whether the syntax holds named graphs (then each relationship statement is a graph). */
    public boolean isDataset() {
        return dataset;
    }

    public String extension() {
        return extension;
    }

    public static Optional<RdfFormat> fromParameter(String value) {
        return Arrays.stream(values()).filter(format -> format.parameter.equalsIgnoreCase(value.strip())).findFirst();
    }

    /** The format of a media type (e.g. {@code text/turtle}, {@code application/n-triples}), ignoring parameters. */
    public static Optional<RdfFormat> fromMediaType(MediaType type) {
        Lang lang = RDFLanguages.contentTypeToLang(type.getType() + "/" + type.getSubtype());
        return Arrays.stream(values()).filter(format -> format.lang.equals(lang)).findFirst();
    }

    /** The format a file name implies ({@code .ttl}, {@code .nt.gz}, ...), if any. */
    public static Optional<RdfFormat> fromFileName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String bare = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        return Arrays.stream(values())
                .filter(format -> format.fileExtensions.stream().anyMatch(ext -> bare.endsWith("." + ext)))
                .findFirst();
    }

    public static String parameters() {
        return String.join(", ", Arrays.stream(values()).map(RdfFormat::parameter).toList());
    }
}
