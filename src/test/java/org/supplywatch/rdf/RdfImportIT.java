package org.supplywatch.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.supplywatch.support.GraphIntegrationTest;
import org.supplywatch.support.GraphSnapshot;
import org.supplywatch.support.ImportedData;
import org.supplywatch.support.SharedNeo4j;

/** RDF imports over REST: mapped vocabularies with provenance, refusals that write nothing, nothing fetched. */
@GraphIntegrationTest
class RdfImportIT {

    @Autowired
    MockMvc mvc;

    private HttpServer trap;
    private final AtomicInteger fetched = new AtomicInteger();

    /** A local server that counts every request: any IRI a file names that the import fetched would show here. */
    @BeforeEach
    void startTrap() throws IOException {
        trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        trap.start();
    }

    @AfterEach
    void cleanUp() {
        trap.stop(0);
        ImportedData.removeRdfImports();
    }

    @Test
    void mappedVocabulariesComeInWithTheFileAsTheirSource() throws Exception {
        byte[] file = resource("mapped-vocabularies.ttl");

        importing(file, "mapped-vocabularies.ttl", "text/turtle")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sourceId", startsWith("source/rdf-import-")))
                .andExpect(jsonPath("$.relationshipsAdded").value(3))
                .andExpect(jsonPath("$.unmappedTriples").value(3))
                .andExpect(jsonPath("$.unmapped['<http://example.org/vocab#employees>']").value(2))
                .andExpect(jsonPath("$.unmapped['<http://example.org/vocab#founded>']").value(1));

        mvc.perform(get("/api/v1/entities/brand/iri-" + RdfTranslator.sha256("http://example.org/brands/acme-cams").substring(0, 16)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.name").value("Acme Cams"));
        mvc.perform(get("/api/v1/traces/designated-ancestors").param("from", "company/wikidata-q90000001")
                        .param("minEvidence", "imported"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/neighbourhood").param("of", "company/wikidata-q90000001").param("minEvidence", "imported"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edges[0].type").value("SUBSIDIARY_OF"))
                .andExpect(jsonPath("$.edges[0].statementKind").value("imported"))
                .andExpect(jsonPath("$.edges[0].evidence[*].passage", hasItem(containsString("P749"))))
                .andExpect(jsonPath("$.edges[0].evidence[*].passage", hasItem(containsString("P355"))));
        assertThat(GraphSnapshot.count(SharedNeo4j.boltUri(),
                "MATCH (:GovernmentBody {name: 'Bureau 7'})-[:SUBORDINATE_TO]->(:GovernmentBody {name: 'Ministry of Examples'}) RETURN count(*)"))
                .isOne();
        assertThat(GraphSnapshot.count(SharedNeo4j.boltUri(),
                "MATCH (c:Company {id: 'company/wikidata-q90000001'}) WHERE c.sameAs = ['http://www.wikidata.org/entity/Q90000001'] "
                        + "AND c.name = 'Example Optics Ltd' RETURN count(*)")).isOne();

        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());
        importing(file, "mapped-vocabularies.ttl", "text/turtle")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodesAdded").value(0))
                .andExpect(jsonPath("$.nodesChanged").value(0))
                .andExpect(jsonPath("$.relationshipsAdded").value(0))
                .andExpect(jsonPath("$.relationshipsChanged").value(0));
        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).isEqualTo(before);
    }

    @Test
    void gzipIsRecognisedByItsBytes() throws Exception {
        importing(gzip(resource("mapped-vocabularies.ttl")), "mapped-vocabularies.ttl.gz", "application/gzip")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("turtle"))
                .andExpect(jsonPath("$.relationshipsAdded").value(3));
    }

    @Test
    void aSyntaxErrorNamesLineAndColumnAndWritesNothing() throws Exception {
        refused(resource("syntax-error.ttl"), "syntax-error.ttl", "text/turtle")
                .andExpect(jsonPath("$.problems[0].place").value("syntax-error.ttl, line 4, column 17"));
    }

    @Test
    void aShapeViolationNamesFocusNodePathAndShapeAndWritesNothing() throws Exception {
        refused(resource("shape-violation.ttl"), "shape-violation.ttl", "text/turtle")
                .andExpect(jsonPath("$.problems[*].place", hasItem(
                        "focus node https://w3id.org/supplywatch/id/brand/nameless, path <https://w3id.org/supplywatch/ontology#name>, "
                                + "shape https://w3id.org/supplywatch/ontology#BrandShape")))
                .andExpect(jsonPath("$.problems[*].place", hasItem(containsString("BrandOfShape"))));
    }

    @Test
    void aReferenceToAnEntityNobodyDescribesIsRefused() throws Exception {
        refused(resource("unknown-reference.ttl"), "unknown-reference.ttl", "text/turtle")
                .andExpect(jsonPath("$.problems[0].place").value("<https://w3id.org/supplywatch/id/company/no-such-company>"));
    }

    @Test
    void owlImportsAndRemoteContextsAreNeverFetched() throws Exception {
        String base = "http://127.0.0.1:" + trap.getAddress().getPort();
        String turtle = "<" + base + "/data> <http://www.w3.org/2002/07/owl#imports> <" + base + "/ontology.ttl> .\n"
                + "<" + base + "/a> <http://www.wikidata.org/prop/direct/P749> <" + base + "/b> .\n";
        importing(turtle.getBytes(StandardCharsets.UTF_8), "imports.ttl", "text/turtle")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unmapped['<http://www.w3.org/2002/07/owl#imports>']").value(1));
        String jsonld = "{\"@context\": \"" + base + "/context.jsonld\", \"@id\": \"" + base + "/a\", \"name\": \"A\"}";
        refused(jsonld.getBytes(StandardCharsets.UTF_8), "remote-context.jsonld", "application/ld+json")
                .andExpect(jsonPath("$.problems[0].reason", containsString("never fetched")));
        assertThat(fetched).hasValue(0);
    }

    @Test
    void xmlEntityExpansionAndExternalEntitiesAreRefused() throws Exception {
        String base = "http://127.0.0.1:" + trap.getAddress().getPort();
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [
                  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
                  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
                  <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
                ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:s="https://schema.org/">
                  <rdf:Description rdf:about="http://example.org/x"><s:name>&h;</s:name></rdf:Description>
                </rdf:RDF>
                """;
        refused(laughs.getBytes(StandardCharsets.UTF_8), "laughs.rdf", "application/rdf+xml");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "%s/entity"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:s="https://schema.org/">
                  <rdf:Description rdf:about="http://example.org/x"><s:name>&secret;&remote;</s:name></rdf:Description>
                </rdf:RDF>
                """.formatted(base);
        refused(xxe.getBytes(StandardCharsets.UTF_8), "xxe.rdf", "application/rdf+xml")
                .andExpect(jsonPath("$.problems[0].reason", containsString("external XML entity")))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(containsString("root:"))));
        assertThat(fetched).hasValue(0);
    }

    @Test
    void importsNeedTheWriterAndReportProgress() throws Exception {
        mvc.perform(post("/api/v1/rdf-imports").contentType("text/turtle").content(resource("mapped-vocabularies.ttl")))
                .andExpect(status().isUnauthorized());
        importing(resource("mapped-vocabularies.ttl"), "mapped-vocabularies.ttl", "text/turtle").andExpect(status().isOk());
        mvc.perform(get("/api/v1/rdf-imports"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("mapped-vocabularies.ttl"))
                .andExpect(jsonPath("$[0].phase").value("finished"))
                .andExpect(jsonPath("$[0].rowsWritten").value(org.hamcrest.Matchers.greaterThan(0)));
    }

    /** What a crash mid-import leaves (ImportCrashIT makes one for real): the record shows in the list of imports. */
    @Test
    void anUnfinishedImportRecordedInTheGraphIsListed() throws Exception {
        try (var driver = org.neo4j.driver.GraphDatabase.driver(SharedNeo4j.boltUri(), org.neo4j.driver.AuthTokens.none());
                var session = driver.session()) {
            session.run("CREATE (:ImportRun {id: 'import-run/earlier', name: 'big.nt', sourceId: 'source/rdf-import-0123456789abcdef', "
                    + "rowsToWrite: 5000, rowsWritten: 1200, startedAt: datetime('2026-11-20T10:00:00Z')})").consume();
        }
        mvc.perform(get("/api/v1/rdf-imports/earlier"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("big.nt"))
                .andExpect(jsonPath("$.outcome").value("incomplete"))
                .andExpect(jsonPath("$.phase").value(org.hamcrest.Matchers.containsString("import the same file again")))
                .andExpect(jsonPath("$.rowsWritten").value(1200))
                .andExpect(jsonPath("$.rowsToWrite").value(5000));
        mvc.perform(get("/api/v1/rdf-imports")).andExpect(jsonPath("$[?(@.id == 'earlier')].outcome").value("incomplete"));
    }

    @Test
    void anUploadWithoutAKnownSyntaxIsAskedToNameIt() throws Exception {
        mvc.perform(multipart("/api/v1/rdf-imports").file(new MockMultipartFile("file", "data.bin", "application/octet-stream",
                        resource("mapped-vocabularies.ttl"))).with(httpBasic("writer", GraphIntegrationTest.WRITER_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("format=")));
        mvc.perform(multipart("/api/v1/rdf-imports").file(new MockMultipartFile("file", "data.bin", "application/octet-stream",
                        resource("mapped-vocabularies.ttl"))).param("format", "turtle")
                        .with(httpBasic("writer", GraphIntegrationTest.WRITER_PASSWORD)))
                .andExpect(status().isOk());
    }

    private ResultActions importing(byte[] body, String name, String contentType) throws Exception {
        return mvc.perform(post("/api/v1/rdf-imports").param("name", name).contentType(contentType).content(body)
                .with(httpBasic("writer", GraphIntegrationTest.WRITER_PASSWORD)));
    }

    private ResultActions refused(byte[] body, String name, String contentType) throws Exception {
        List<String> before = GraphSnapshot.of(SharedNeo4j.boltUri());
        ResultActions result = importing(body, name, contentType)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://w3id.org/supplywatch/problems/import-rejected"))
                .andExpect(jsonPath("$.detail", containsString("nothing was written")));
        assertThat(GraphSnapshot.of(SharedNeo4j.boltUri())).isEqualTo(before);
        return result;
    }

    private static byte[] resource(String name) throws IOException {
        return new ClassPathResource("rdf/" + name).getContentAsByteArray();
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        }
        return out.toByteArray();
    }
}
