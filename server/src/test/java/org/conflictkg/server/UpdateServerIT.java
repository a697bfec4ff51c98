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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.conflictkg.ConflictGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guarded updates over real HTTP: a real Fuseki on a free port over a real TDB2 store, a real password file with a
 * bcrypt hash. Writes need the file's credentials, reads do not, a write survives a restart, and a server started
 * without updates refuses every write path.
 */
class UpdateServerIT {
    static final String INSERT = "INSERT DATA { GRAPH <urn:test:curated> { <urn:test:a> <urn:test:backs> <urn:test:b> } }";
    static final String ASK = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <urn:test:a> ?p ?o } }";

    @TempDir
    Path dir;

    private Path passwordFile(String password) throws Exception {
        Path f = dir.resolve("writers.txt");
        Files.writeString(f, "# writers\n" + PasswordFile.entry("alice", password.toCharArray()) + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends on a connection of its own: Jetty closes a connection after refusing a request whose body it did not
     * read, and a pooled connection reused at that moment fails with no answer at all.
     */
    private static HttpResponse<String> send(HttpRequest.Builder req, String auth) throws Exception {
        if (auth != null) {
            req.header("Authorization", auth);
        }
        return HttpClient.newHttpClient().send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> update(SparqlServer s, String path, String auth) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT)), auth);
    }

    private static long count(SparqlServer s, String sparql) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(s.endpoint("127.0.0.1") + "?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET(), null);
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().strip().split("\r?\n")[1].strip());
    }

    private static HttpRequest.Builder gsp(SparqlServer s, String path, String method, String turtle) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path));
        return turtle == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "text/turtle").method(method, HttpRequest.BodyPublishers.ofString(turtle));
    }

    @Test
    void writesNeedCredentialsReadsDoNotAndAWriteSurvivesARestart() throws Exception {
        Path users = passwordFile("s3cret-pass");
        Path store = dir.resolve("store");
        try (ConflictGraph graph = ConflictGraph.open(store);
             SparqlServer server = SparqlServer.create(graph).port(0).update(users).start()) {
            assertTrue(server.updates());
            String graphPath = "/conflict/data?graph=" + URLEncoder.encode("urn:test:put", StandardCharsets.UTF_8);
            // no credentials, a wrong password, an unknown user: refused, nothing written
            for (String auth : new String[] {null, basic("alice", "wrong"), basic("mallory", "s3cret-pass")}) {
                HttpResponse<String> r = update(server, "/conflict/update", auth);
                assertEquals(401, r.statusCode(), "update with " + auth + ": " + r.body());
                HttpResponse<String> put = send(gsp(server, graphPath, "PUT", "<urn:test:a> <urn:test:p> 1 ."), auth);
                assertEquals(401, put.statusCode(), "GSP PUT with " + auth + ": " + put.body());
            }
            // the other paths take no writes without credentials either
            for (String path : List.of("/conflict", "/conflict/sparql", "/conflict/query", "/conflict/get", "/conflict/select")) {
                HttpResponse<String> r = update(server, path, null);
                assertTrue(r.statusCode() >= 400, "update at " + path + ": " + r.statusCode());
                String target = path + "?graph=" + URLEncoder.encode("urn:test:put", StandardCharsets.UTF_8);
                for (String method : List.of("PUT", "POST")) {
                    HttpResponse<String> g = send(gsp(server, target, method, "<urn:test:a> <urn:test:p> 1 ."), null);
                    assertTrue(g.statusCode() >= 400, method + " " + target + ": " + g.statusCode());
                }
            }
            HttpResponse<String> challenge = update(server, "/conflict/update", null);
            assertTrue(challenge.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                    "asks for Basic credentials: " + challenge.headers().map());
            assertEquals(0, count(server, ASK), "nothing written without credentials");

            // reads stay open on the same server
            assertEquals(0, count(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));

            // with credentials: SPARQL Update and the Graph Store Protocol write
            HttpResponse<String> ok = update(server, "/conflict/update", basic("alice", "s3cret-pass"));
            assertTrue(ok.statusCode() / 100 == 2, ok.statusCode() + " " + ok.body());
            HttpResponse<String> put = send(gsp(server, graphPath, "PUT", "<urn:test:a> <urn:test:p> 1 ."),
                    basic("alice", "s3cret-pass"));
            assertTrue(put.statusCode() / 100 == 2, put.statusCode() + " " + put.body());
            assertEquals(2, count(server, ASK), "both writes are seen by anonymous reads");
        }
        // a restart on the same TDB2 store, read-only this time: the writes are there
        try (ConflictGraph graph = ConflictGraph.open(store);
             SparqlServer server = SparqlServer.create(graph).port(0).start()) {
            assertFalse(server.updates());
            assertEquals(2, count(server, ASK), "the writes survived the restart");
        }
    }

    /** A ready query naming an actor by a label, over HTTP. */
    private static HttpResponse<String> backers(SparqlServer s, String target) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(s.base("127.0.0.1") + "/query/backers?format=csv&target="
                + URLEncoder.encode(target, StandardCharsets.UTF_8))).GET(), null);
    }

    private static HttpResponse<String> write(SparqlServer s, String sparqlUpdate, String auth) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/conflict/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate)), auth);
    }

    @Test
    void aNameWrittenThroughTheServerResolvesInAReadyQueryAndOneDeletedNoLonger() throws Exception {
        Path users = passwordFile("s3cret-pass");
        String auth = basic("alice", "s3cret-pass");
        String prefixes = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "PREFIX actor: <https://w3id.org/conflict-kg/id/actor/> ";
        String curated = "GRAPH <urn:test:curated> { actor:test-zorblax-front skos:prefLabel \"Zorblax Liberation Front\" . "
                + "actor:test-zorblax-front ckg:backs actor:russia }";
        try (ConflictGraph graph = ConflictGraph.open(dir.resolve("store"));
             SparqlServer server = SparqlServer.create(graph).port(0).update(users).start()) {
            assertTrue(write(server, prefixes + "INSERT DATA { GRAPH <https://w3id.org/conflict-kg/id/graph/actors> { "
                    + "actor:russia skos:prefLabel \"Russia\" } }", auth).statusCode() / 100 == 2);
            HttpResponse<String> before = backers(server, "Russia"); // the server has read the store's labels
            assertEquals(200, before.statusCode(), before.body());
            assertFalse(before.body().contains("Zorblax"), before.body());
            HttpResponse<String> unknown = backers(server, "Zorblax Liberation Front");
            assertEquals(400, unknown.statusCode(), unknown.body());

            HttpResponse<String> inserted = write(server, prefixes + "INSERT DATA { " + curated + " }", auth);
            assertTrue(inserted.statusCode() / 100 == 2, inserted.statusCode() + " " + inserted.body());
            HttpResponse<String> known = backers(server, "zorblax liberation front");
            assertEquals(200, known.statusCode(), "the name written after the labels were read: " + known.body());
            HttpResponse<String> named = backers(server, "Russia");
            assertEquals(200, named.statusCode(), named.body());

            HttpResponse<String> deleted = write(server, prefixes + "DELETE DATA { " + curated + " }", auth);
            assertTrue(deleted.statusCode() / 100 == 2, deleted.statusCode() + " " + deleted.body());
            HttpResponse<String> gone = backers(server, "Zorblax Liberation Front");
            assertEquals(400, gone.statusCode(), "the name deleted: " + gone.body());
        }
    }

    @Test
    void aReadOnlyServerRefusesEveryWritePath() throws Exception {
        Path store = dir.resolve("store");
        try (ConflictGraph graph = ConflictGraph.open(store);
             SparqlServer server = SparqlServer.create(graph).port(0).start()) {
            String anyAuth = basic("alice", "s3cret-pass"); // credentials open nothing on a read-only server
            for (String auth : new String[] {null, anyAuth}) {
                for (String path : List.of("/conflict/update", "/conflict", "/conflict/sparql", "/conflict/query",
                        "/conflict/data", "/conflict/get")) {
                    HttpResponse<String> r = update(server, path, auth);
                    assertTrue(r.statusCode() >= 400, "update at " + path + ": " + r.statusCode());
                }
                for (String path : List.of("/conflict/data", "/conflict/get", "/conflict", "/conflict/upload")) {
                    for (String method : List.of("PUT", "POST", "DELETE")) {
                        String target = path + "?graph=" + URLEncoder.encode("urn:test:put", StandardCharsets.UTF_8);
                        HttpResponse<String> r = send(gsp(server, target, method,
                                method.equals("DELETE") ? null : "<urn:test:a> <urn:test:p> 1 ."), auth);
                        assertTrue(r.statusCode() >= 400, method + " " + target + ": " + r.statusCode() + " " + r.body());
                    }
                    HttpResponse<String> dflt = send(gsp(server, path + "?default", "PUT", "<urn:test:a> <urn:test:p> 1 ."), auth);
                    assertTrue(dflt.statusCode() >= 400, "PUT " + path + "?default: " + dflt.statusCode());
                }
                // an HTML-form upload
                String boundary = "kgboundary";
                String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\n"
                        + "Content-Type: text/turtle\r\n\r\n<urn:test:a> <urn:test:p> 1 .\r\n--" + boundary + "--\r\n";
                for (String path : List.of("/conflict/upload", "/conflict/data", "/conflict")) {
                    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofString(multipart)), auth);
                    assertTrue(r.statusCode() >= 400, "upload to " + path + ": " + r.statusCode());
                }
            }
            assertEquals(0, count(server, "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"),
                    "nothing was written");
            long quads = org.apache.jena.system.Txn.calculateRead(graph.dataset(),
                    () -> (long) graph.dataset().asDatasetGraph().stream().count());
            assertEquals(0, quads, "the default graph too is untouched");
        }
    }
}
