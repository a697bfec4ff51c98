package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictkg.cli.CliAccess;
import org.conflictkg.cli.CliAccess.Run;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ready queries over real HTTP against a real Fuseki on the examples' TDB2 store, compared with what the command
 * line prints for the same query and parameters: on the store itself, through --endpoint, and through the server
 * that holds the store.
 */
class ReadyQueriesIT {
    @TempDir
    static Path store;

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String cliCsv;
    static String cliBadParam;
    static ConflictGraph graph;
    static SparqlServer server;

    static Run kg(String... args) {
        return CliAccess.run(args);
    }

    @BeforeAll
    static void start() {
        try (ConflictGraph g = ConflictGraph.open(store)) {
            IngestReport report = g.ingest(List.of(Path.of("examples")));
            assertTrue(report.added() >= 5, "examples ingested: " + report);
        }
        // the command line on the store, before any server holds it
        Run cli = kg("query", "--store", store.toString(), "--format", "csv", "--param", "target=Assad", "queries/backers.rq");
        assertEquals(0, cli.code(), cli.err());
        cliCsv = cli.out();
        Run bad = kg("query", "--store", store.toString(), "--param", "targt=Assad", "queries/backers.rq");
        assertEquals(1, bad.code());
        cliBadParam = bad.err().strip();

        graph = ConflictGraph.open(store);
        server = SparqlServer.create(graph).port(0).announceIn(store).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            assertFalse(Files.exists(store.resolve(ServerFile.NAME)), "the server file is removed when the server stops");
        }
        if (graph != null) {
            graph.close();
        }
    }

    private static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base("127.0.0.1") + pathAndQuery)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<List<String>> csvRows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.strip().split("\r?\n")) {
            rows.add(List.of(line.split(",", -1)));
        }
        return rows;
    }

    @Test
    void theCliFindsBackersOfAssad() {
        assertTrue(csvRows(cliCsv).size() > 1, cliCsv);
        assertTrue(cliCsv.startsWith("label,actor,documents"), cliCsv);
        assertTrue(cliCsv.contains("Russia"), cliCsv);
    }

    @Test
    void backersOverHttpAreTheCliRowsInCsvAndJson() throws Exception {
        HttpResponse<String> csv = get("/query/backers?target=Assad", "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(cliCsv, csv.body());

        assertEquals(String.valueOf(SparqlServer.DEFAULT_MAX_ROWS), csv.headers().firstValue("X-Row-Cap").orElse(null),
                "backers.rq has no LIMIT: it runs with the row cap, as on /conflict/sparql");
        HttpResponse<String> byParam = get("/query/backers?target=Assad&format=csv", null);
        assertEquals(cliCsv, byParam.body());

        HttpResponse<String> json = get("/query/backers?target=Assad", null); // JSON by default
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(rs.getResultVars());
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            rows.add(rs.getResultVars().stream().map(v -> {
                var n = s.get(v);
                return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
            }).toList());
        }
        assertEquals(csvRows(cliCsv), rows);
    }

    @Test
    void aPostedFormWorksToo() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.base("127.0.0.1") + "/query/backers"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("target=Assad")).build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(cliCsv, r.body());
    }

    @Test
    void badParametersAndNamesGetOneClearLine() throws Exception {
        HttpResponse<String> unknown = get("/query/backers?targt=Assad", null);
        assertEquals(400, unknown.statusCode());
        assertEquals("parameter targt=Assad: the query has no parameter ?targt; its parameters are ?target, ?minConfidence",
                unknown.body().strip());
        assertEquals("kg query: --param targt=Assad: the query has no parameter ?targt; its parameters are "
                + "?target, ?minConfidence", cliBadParam, "the command line says the same");

        HttpResponse<String> actor = get("/query/backers?target=Asssad", null);
        assertEquals(400, actor.statusCode());
        assertTrue(actor.body().startsWith("parameter target=Asssad: no actor named 'Asssad'"), actor.body());
        assertEquals(1, actor.body().strip().lines().count());

        HttpResponse<String> name = get("/query/nosuch", null);
        assertEquals(404, name.statusCode());
        assertTrue(name.body().contains("no ready query 'nosuch'") && name.body().contains("backers"), name.body());

        HttpResponse<String> format = get("/query/backers?target=Assad&format=xml", null);
        assertEquals(400, format.statusCode());
        assertTrue(format.body().contains("unknown result format 'xml'"), format.body());
    }

    @Test
    void theCliQueriesAServerGivenByEndpoint() {
        for (String url : List.of(server.base("127.0.0.1"), server.endpoint("127.0.0.1"))) {
            Run r = kg("query", "--endpoint", url, "--format", "csv", "--param", "target=Assad", "queries/backers.rq");
            assertEquals(0, r.code(), r.err());
            assertEquals(cliCsv, r.out());
        }
        Run bad = kg("query", "--endpoint", server.base("127.0.0.1"), "--param", "targt=Assad", "queries/backers.rq");
        assertEquals(1, bad.code());
        assertEquals(cliBadParam, bad.err().strip(), "the same message as on the store");
    }

    @Test
    void theCliQueriesTheServerThatHoldsTheStore() {
        assertTrue(Files.exists(store.resolve(ServerFile.NAME)));
        Run r = kg("query", "--store", store.toString(), "--format", "csv", "--param", "target=Assad", "queries/backers.rq");
        assertEquals(0, r.code(), r.err());
        assertEquals(cliCsv, r.out());
        assertTrue(r.err().contains("is held by kg serve") && r.err().contains(server.base("127.0.0.1")), r.err());
    }

    @Test
    void aQueryPastTheTimeoutIs503AndTheNextOneIsAnswered() throws Exception {
        try (SparqlServer limited = SparqlServer.create(graph).port(0).timeout(java.time.Duration.ofSeconds(1)).start()) {
            String form = "query=" + java.net.URLEncoder.encode(SparqlServerIT.CROSS_PRODUCT, StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            HttpResponse<String> slow = HTTP.send(HttpRequest.newBuilder(URI.create(limited.base("127.0.0.1") + "/select"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, slow.statusCode(), slow.body());
            assertEquals("Query timed out", slow.body().strip());
            assertTrue((System.nanoTime() - t0) / 1_000_000_000L < 10, "stopped at the timeout");
            HttpResponse<String> next = HTTP.send(HttpRequest.newBuilder(URI.create(limited.base("127.0.0.1")
                    + "/query/backers?target=Assad")).header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(cliCsv, next.body());
        }
    }

    @Test
    void theSelectServiceTakesSelectOnly() throws Exception {
        String form = "query=" + java.net.URLEncoder.encode("INSERT DATA { GRAPH <urn:t:g> { <urn:t:a> <urn:t:b> <urn:t:c> } }",
                StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.base("127.0.0.1") + "/select"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), r.body());
        HttpResponse<String> get = get("/select?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D", null);
        assertEquals(405, get.statusCode(), "the select service takes POST only");
    }

    @Test
    void theCliQueriesAPlainSparqlEndpointWithTheParametersBoundOnItsLabels() {
        // a plain Fuseki over the same store: no ready queries, no /select
        org.apache.jena.fuseki.main.FusekiServer plain = org.apache.jena.fuseki.main.FusekiServer.create().port(0)
                .loopback(true).add("/plain", graph.dataset(), false).build().start();
        try {
            String url = "http://127.0.0.1:" + plain.getHttpPort() + "/plain/sparql";
            Run r = kg("query", "--endpoint", url, "--format", "csv", "--param", "target=Assad", "queries/backers.rq");
            assertEquals(0, r.code(), r.err());
            assertEquals(cliCsv, r.out());
            Run bad = kg("query", "--endpoint", url, "--param", "targt=Assad", "queries/backers.rq");
            assertEquals(cliBadParam, bad.err().strip());
            Run actor = kg("query", "--endpoint", url, "--param", "target=Asssad", "queries/backers.rq");
            assertEquals(1, actor.code());
            assertTrue(actor.err().startsWith("kg query: --param target=Asssad: no actor named 'Asssad'"), actor.err());
            Run none = kg("query", "--endpoint", "http://127.0.0.1:" + plain.getHttpPort() + "/nothing", "queries/backers.rq");
            assertEquals(1, none.code());
            assertTrue(none.err().contains("neither a kg serve nor a SPARQL endpoint"), none.err());
            assertEquals(1, none.err().strip().lines().count(), none.err());
        } finally {
            plain.stop();
        }
    }
}
