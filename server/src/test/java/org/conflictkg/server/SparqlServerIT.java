package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
    /** The same store behind tight limits: 1 s timeout, 3 rows. */
    static SparqlServer limited;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        graph = ConflictGraph.open(store);
        IngestReport report = graph.ingest(List.of(Path.of("examples")));
        assertTrue(report.added() >= 5, "examples ingested: " + report);
        server = SparqlServer.create(graph).port(0).start();
        limited = SparqlServer.create(graph).port(0).timeout(Duration.ofSeconds(1)).maxRows(3).start();
    }

    @AfterAll
    static void stop() {
        for (SparqlServer s : new SparqlServer[] {server, limited}) {
            if (s != null) {
                s.close();
            }
        }
        if (graph != null) {
            graph.close();
        }
    }

    private static HttpResponse<String> get(String sparql) throws Exception {
        return get(server, sparql);
    }

    private static HttpResponse<String> get(SparqlServer server, String sparql) throws Exception {
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
            // a client of its own for each refused POST: Jetty closes a connection after refusing a request whose
            // body it did not read, and a pooled connection reused at that moment gets no answer (as in UpdateServerIT)
            HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
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

    /** Runs for hours without a timeout: the store's triples to the sixth power. */
    static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
            + "?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";
    static final String BACKERS = """
            PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?backer WHERE {
              ?a ckg:relation ckg:backs ; ckg:subject ?s ; ckg:object ?o .
              ?s skos:prefLabel ?backer . ?o skos:prefLabel "Bashar al-Assad" .
            }""";

    @Test
    void stopsALongQueryAtTheTimeoutAndGoesOnAnswering() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get(limited, CROSS_PRODUCT);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("Query timed out"), r.body());
        assertTrue(seconds < 10, "answered after " + seconds + " s");

        HttpResponse<String> next = get(limited, BACKERS);
        assertEquals(200, next.statusCode(), next.body());
        assertTrue(next.body().contains("Russia"), next.body());
    }

    @Test
    void anotherClientIsAnsweredWhileALongQueryRuns() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return get(limited, CROSS_PRODUCT);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        HttpResponse<String> other = get(limited, BACKERS);
        assertEquals(200, other.statusCode(), other.body());
        assertTrue(other.body().contains("Russia"), other.body());
        assertEquals(503, slow.get().statusCode());
    }

    @Test
    void capsTheRowsOfAQuery() throws Exception {
        HttpResponse<String> capped = get(limited, "SELECT * WHERE { ?s ?p ?o }");
        assertEquals(200, capped.statusCode(), capped.body());
        assertEquals(1 + 3, capped.body().strip().split("\r?\n").length, capped.body());
        assertEquals("3", capped.headers().firstValue("X-Row-Cap").orElse(null));

        HttpResponse<String> small = get(limited, "SELECT * WHERE { ?s ?p ?o } LIMIT 2");
        assertEquals(1 + 2, small.body().strip().split("\r?\n").length, small.body());
        assertFalse(small.headers().firstValue("X-Row-Cap").isPresent());

        HttpResponse<String> count = get(limited, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertTrue(Long.parseLong(count.body().strip().split("\r?\n")[1].strip()) > 3, "aggregates see every row");
    }

    @Test
    void aRequestBeyondTheConcurrencyCapWaitsForASlotAndIsAnswered() throws Exception {
        try (SparqlServer one = SparqlServer.create(graph).port(0).timeout(Duration.ofSeconds(2)).maxConcurrent(1)
                .queueWait(Duration.ofMinutes(2)).start()) {
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return get(one, CROSS_PRODUCT); // holds the only slot until the timeout
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            URI ready = URI.create(one.base("127.0.0.1") + "/query/backers?format=csv&target="
                    + URLEncoder.encode("Bashar al-Assad", StandardCharsets.UTF_8));
            HttpResponse<String> waited = HTTP.send(HttpRequest.newBuilder(ready).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, waited.statusCode(), "the ready query waited for the slot: " + waited.body());
            assertTrue(waited.body().contains("Russia"), waited.body());
            assertEquals(503, slow.get().statusCode(), "the cross product still ends at the timeout");
        }
    }

    @Test
    void refusesRequestsBeyondTheConcurrencyCapAfterTheWait() throws Exception {
        try (SparqlServer one = SparqlServer.create(graph).port(0).timeout(Duration.ofSeconds(2)).maxConcurrent(1)
                .queueWait(Duration.ZERO).start()) {
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return get(one, CROSS_PRODUCT);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            HttpResponse<String> refused = get(one, BACKERS);
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals(1, refused.body().strip().lines().count(), refused.body());
            assertTrue(refused.body().startsWith("Server busy"), refused.body());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
            assertEquals(503, slow.get().statusCode());
            Thread.sleep(100);
            HttpResponse<String> after = get(one, BACKERS);
            assertEquals(200, after.statusCode(), after.body());
        }
    }
}
