package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Fuseki server on a free port over a real TDB2 store, queried over HTTP. */
class SparqlServerIT {
    @TempDir
    static Path store;

    static ConflictGraph graph;
    static SparqlServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        graph = ConflictGraph.open(store);
        IngestReport report = graph.ingest(List.of(Path.of("examples")));
        assertTrue(report.added() >= 5, "examples ingested: " + report);
        server = SparqlServer.create(graph).port(0).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (graph != null) {
            graph.close();
        }
    }

    private static HttpResponse<String> get(String sparql) throws Exception {
        URI uri = URI.create(server.endpoint("127.0.0.1") + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(uri).header("Accept", "text/csv").GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersSparqlOverHttp() throws Exception {
        HttpResponse<String> r = get("""
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?backer WHERE {
                  ?a ckg:relation ckg:backs ; ckg:modality ckg:asserted ; ckg:subject ?s ; ckg:object ?o .
                  ?s skos:prefLabel ?backer . ?o skos:prefLabel "Bashar al-Assad" .
                }""");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("backer"), r.body());
        assertTrue(r.body().contains("Russia"), r.body());
    }

    @Test
    void defaultGraphIsTheUnionOfDocumentGraphs() throws Exception {
        HttpResponse<String> r = get("SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?inDefault) "
                + "WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }");
        assertEquals(200, r.statusCode(), r.body());
        String[] lines = r.body().strip().split("\r?\n");
        String[] cells = lines[1].split(",");
        assertTrue(Integer.parseInt(cells[0].strip()) >= 5, r.body());
    }

    @Test
    void refusesUpdates() throws Exception {
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        for (String path : List.of("/conflict/update", "/conflict", "/conflict/sparql")) {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400, path + " accepted an update: " + r.statusCode());
        }
        HttpResponse<String> check = get("ASK { <urn:x:a> ?p ?o }".replace("ASK", "SELECT * WHERE").replace("}", "} LIMIT 1"));
        assertEquals(200, check.statusCode());
        assertEquals(1, check.body().strip().split("\r?\n").length, "nothing was written: " + check.body());
    }

    @Test
    void listensOnLoopbackOnly() {
        assertTrue(server.endpoint("127.0.0.1").startsWith("http://127.0.0.1:"));
    }
}
