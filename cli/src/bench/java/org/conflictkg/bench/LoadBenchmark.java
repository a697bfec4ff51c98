package org.conflictkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.conflictkg.ConflictGraph;
import org.conflictkg.actors.Names;
import org.conflictkg.server.SparqlServer;

/**
 * The load test of issue 12: on the benchmark's query store (about a million quads), the server as {@code kg serve}
 * builds it ({@link SparqlServer} with the web page and its default timeout and row cap; real HTTP on a free port)
 * answers {@code clients} concurrent HTTP clients, each sending {@code requests} ready alliance
 * queries one after another ({@code GET /conflict/query/NAME?PARAM=VALUE}, no pause between them). Each request is a
 * query drawn at random (fixed seed) from the alliance queries, with an actor drawn from those the store holds in the
 * role the query asks about (the targets of {@code ckg:backs} for backers.rq, either side of {@code ckg:talksWith}
 * for talks.rq, ...): half of them in proportion to how often the actor is in that role (so Russia, Islamic State
 * and Assad come up often, as in real use), half uniformly among all such actors. The actor is named by its label,
 * as a user writes it ({@code target=Bashar al-Assad}), or by {@code <iri>} when its label names another actor
 * first ({@code load-actors=iri} names every actor by {@code <iri>}, which the server takes without resolving a
 * name: to tell the cost of name resolution from that of the query); a share of the requests also sets {@code minConfidence}. The server's concurrency cap is {@code kg serve}'s
 * default (twice the cores) unless {@code load-max-concurrent} sets it ({@code kg serve --max-concurrent N}): a request
 * past the cap waits for a slot up to the server's default {@code --queue-wait} (10 s), then is refused with HTTP 503,
 * which counts as an error.
 *
 * <p>Reported per query: requests, errors (any answer but HTTP 200, or no answer), answers with rows, p50, p95, p99
 * and max latency of the answered requests (request sent to the whole response read); overall throughput; and a PASS or FAIL line against 0 errors and p95 &lt; 100 ms for every query.
 */
final class LoadBenchmark {
    private static final String CKG = "https://w3id.org/conflict-kg/ontology#";
    private static final String ACTOR_NS = "https://w3id.org/conflict-kg/id/actor/";
    private static final String PREFIXES = "PREFIX ckg: <" + CKG + ">\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX kgg: <https://w3id.org/conflict-kg/id/graph/>\n";
    /** Where each alliance query's actor parameter stands in the direct triples ({@code ?a} is the actor). */
    private static final Map<String, String> ROLES = Map.of(
            "backers", "?x ckg:backs ?a",
            "attackers", "?x ckg:attacks ?a",
            "critics", "?x ckg:criticizes ?a",
            "allies", "VALUES ?r { ckg:cooperatesWith ckg:alliedWith ckg:backs ckg:memberOf } { ?a ?r ?x } UNION { ?x ?r ?a }",
            "talks", "{ ?a ckg:talksWith ?x } UNION { ?x ckg:talksWith ?a }",
            "leaders", "?x ckg:leaderOf ?a",
            "strike-locations", "?a ckg:attacksIn ?x");
    /** Any relation between two actors, for a query not in {@link #ROLES}. */
    private static final String ANY_ROLE = "{ ?a ?r ?x } UNION { ?x ?r ?a } FILTER (STRSTARTS(STR(?r), \"" + CKG
            + "\") && STRSTARTS(STR(?x), \"" + ACTOR_NS + "\"))";
    private static final Pattern PARAM = Pattern.compile("#\\s*@param\\s+(\\S+)\\s+(\\S+)(.*)");
    private static final Pattern EMPTY = Pattern.compile("\"bindings\"\\s*:\\s*\\[\\s*\\]");
    private static final double P95_LIMIT_MS = 100;

    private final Map<String, String> opt;
    private final Path store;
    private final Consumer<String> line;

    LoadBenchmark(Map<String, String> opt, Path store, Consumer<String> line) {
        this.opt = opt;
        this.store = store;
        this.line = line;
    }

    /** An alliance query: its name, its actor parameter, and whether it takes {@code minConfidence}. */
    private record LoadQuery(String name, String actorParam, boolean confidence, Pool pool) {}

    /** The actors in a query's role, with how often each is in it, and the value that names each. */
    private record Pool(List<String> values, long[] cumulative) {
        String uniform(Random r) {
            return values.get(r.nextInt(values.size()));
        }

        String weighted(Random r) {
            long x = (long) (r.nextDouble() * cumulative[cumulative.length - 1]);
            int i = Arrays.binarySearch(cumulative, x + 1);
            return values.get(i >= 0 ? i : -i - 1);
        }
    }

    /** One request a client sends. */
    private record Request(int query, String uri) {}

    /** What a client measured. */
    private static final class Measured {
        final int[] query;
        final long[] nanos;
        final int[] status; // 0: no answer
        final boolean[] empty;
        final List<String> errors = new ArrayList<>();

        Measured(int n) {
            query = new int[n];
            nanos = new long[n];
            status = new int[n];
            empty = new boolean[n];
        }
    }

    void run() throws Exception {
        int clients = Integer.parseInt(opt.getOrDefault("load-clients", "8"));
        int requests = Integer.parseInt(opt.getOrDefault("load-requests", "1000"));
        int warmup = Integer.parseInt(opt.getOrDefault("load-warmup", "100"));
        long seed = Long.parseLong(opt.getOrDefault("load-seed", "12"));
        double confidenceShare = Double.parseDouble(opt.getOrDefault("load-confidence", "0.25"));
        int maxConcurrent = Integer.parseInt(opt.getOrDefault("load-max-concurrent", "0"));
        int cap = maxConcurrent > 0 ? maxConcurrent : SparqlServer.defaultMaxConcurrent();
        String naming = opt.getOrDefault("load-actors", "label");
        if (!naming.equals("label") && !naming.equals("iri")) {
            throw new IllegalArgumentException("--load-actors takes label or iri: " + naming);
        }
        boolean byIri = naming.equals("iri");
        List<String> names = Arrays.stream(opt.getOrDefault("load-queries",
                "allies,attackers,backers,critics,leaders,strike-locations,talks").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        Path queries = Path.of(opt.getOrDefault("queries", "queries"));
        if (!Files.isDirectory(store)) {
            throw new IllegalStateException("no query store at " + store + ": run the ingest part first");
        }
        System.out.println("== load: " + clients + " clients x " + requests + " mixed alliance queries on " + store);

        ConflictGraph opened = ConflictGraph.open(store);
        try (ConflictGraph graph = opened;
             SparqlServer server = SparqlServer.create(graph).port(0).maxConcurrent(cap).webPage(true).start()) {
            long quads = count(graph, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            long graphs = count(graph, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }");
            long l0 = System.nanoTime();
            Map<String, List<String>> labels = labels(graph);
            double labelsMs = (System.nanoTime() - l0) / 1e6;
            long labelRows = labels.values().stream().mapToLong(List::size).sum();
            // the same query ActorNames runs on every request that names an actor by label
            System.out.printf(Locale.ROOT, "the store's labels (what the server reads to resolve an actor's name): "
                    + "%d label-actor pairs in %.0f ms, in one thread before the load%n", labelRows, labelsMs);
            List<LoadQuery> mix = new ArrayList<>();
            for (String name : names) {
                Path file = queries.resolve(name + ".rq");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String actorParam = null;
                boolean confidence = false;
                for (String l : text.lines().toList()) {
                    Matcher m = PARAM.matcher(l);
                    if (m.matches()) {
                        if (m.group(2).equals("actor") && !m.group(3).contains("optional") && actorParam == null) {
                            actorParam = m.group(1);
                        }
                        confidence |= m.group(1).equals("minConfidence");
                    }
                }
                if (actorParam == null) {
                    throw new IllegalArgumentException(file + " takes no required actor parameter");
                }
                Pool pool = pool(graph, ROLES.getOrDefault(name, ANY_ROLE), labels, byIri);
                if (pool.values().isEmpty()) {
                    throw new IllegalStateException("no actor in the store is in the role of " + name + ".rq");
                }
                mix.add(new LoadQuery(name, actorParam, confidence, pool));
                System.out.printf(Locale.ROOT, "%s.rq: ?%s drawn from %d actors%n", name, actorParam, pool.values().size());
            }
            String base = server.base("127.0.0.1");
            double load0 = loadAverage();

            if (warmup > 0) {
                System.out.println("warm-up: " + clients + " clients x " + warmup + " requests (seed " + (seed + 1000) + ")");
                Measured[] w = drive(clients, warmup, seed + 1000, mix, base, confidenceShare);
                long failed = Arrays.stream(w).mapToLong(m -> Arrays.stream(m.status).filter(s -> s != 200).count()).sum();
                System.out.println("warm-up done, " + failed + " error(s)");
            }
            System.out.println("timed: " + clients + " clients x " + requests + " requests (seed " + seed + ")");
            long t0 = System.nanoTime();
            Measured[] measured = drive(clients, requests, seed, mix, base, confidenceShare);
            double wall = (System.nanoTime() - t0) / 1e9;
            double load1 = loadAverage();
            report(mix, measured, wall, quads, graphs, byIri, labelRows, labelsMs, cap, clients, requests, warmup, seed, confidenceShare, load0, load1);
        } finally {
            TDBInternal.expel(opened.dataset().asDatasetGraph());
        }
    }

    /** Runs the clients at once, each sending its requests in turn; returns what each measured. */
    private static Measured[] drive(int clients, int requests, long seed, List<LoadQuery> mix, String base,
                                    double confidenceShare) throws Exception {
        List<List<Request>> plans = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random r = new Random(seed * 1_000_003L + c);
            List<Request> plan = new ArrayList<>(requests);
            for (int i = 0; i < requests; i++) {
                int qi = r.nextInt(mix.size());
                LoadQuery q = mix.get(qi);
                String actor = r.nextBoolean() ? q.pool().weighted(r) : q.pool().uniform(r);
                StringBuilder uri = new StringBuilder(base).append("/query/").append(q.name()).append('?')
                        .append(q.actorParam()).append('=').append(URLEncoder.encode(actor, StandardCharsets.UTF_8));
                if (q.confidence() && r.nextDouble() < confidenceShare) {
                    uri.append("&minConfidence=").append(new String[] {"0.5", "0.6", "0.7", "0.8"}[r.nextInt(4)]);
                }
                plan.add(new Request(qi, uri.toString()));
            }
            plans.add(plan);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Measured>> futures = new ArrayList<>();
            for (List<Request> plan : plans) {
                futures.add(pool.submit(() -> {
                    // a client of its own per thread: its own connection, kept alive between its requests
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    Measured m = new Measured(plan.size());
                    start.await();
                    for (int i = 0; i < plan.size(); i++) {
                        Request req = plan.get(i);
                        m.query[i] = req.query();
                        HttpRequest hr = HttpRequest.newBuilder(URI.create(req.uri()))
                                .header("Accept", "application/sparql-results+json")
                                .timeout(Duration.ofSeconds(60)).GET().build();
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> res = http.send(hr, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            m.nanos[i] = System.nanoTime() - t;
                            m.status[i] = res.statusCode();
                            if (res.statusCode() == 200) {
                                m.empty[i] = EMPTY.matcher(res.body()).find();
                            } else if (m.errors.size() < 5) {
                                m.errors.add("HTTP " + res.statusCode() + " " + req.uri() + ": "
                                        + res.body().strip().lines().findFirst().orElse(""));
                            }
                        } catch (HttpTimeoutException e) {
                            m.nanos[i] = System.nanoTime() - t;
                            if (m.errors.size() < 5) {
                                m.errors.add("no answer within 60 s: " + req.uri());
                            }
                        } catch (IOException e) {
                            m.nanos[i] = System.nanoTime() - t;
                            if (m.errors.size() < 5) {
                                m.errors.add(e + ": " + req.uri());
                            }
                        }
                    }
                    return m;
                }));
            }
            start.countDown();
            Measured[] out = new Measured[clients];
            for (int c = 0; c < clients; c++) {
                out[c] = futures.get(c).get();
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private void report(List<LoadQuery> mix, Measured[] measured, double wall, long quads, long graphs, boolean byIri,
                        long labelRows, double labelsMs, int cap, int clients,
                        int requests, int warmup, long seed, double confidenceShare, double load0, double load1) {
        int n = mix.size();
        List<List<Long>> byQuery = new ArrayList<>(); // latencies of the answered requests (HTTP 200)
        long[] sent = new long[n];
        long[] errors = new long[n];
        long[] empty = new long[n];
        List<Long> all = new ArrayList<>();
        long allErrors = 0;
        List<String> samples = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            byQuery.add(new ArrayList<>());
        }
        for (Measured m : measured) {
            for (int i = 0; i < m.nanos.length; i++) {
                sent[m.query[i]]++;
                if (m.status[i] != 200) {
                    errors[m.query[i]]++;
                    allErrors++;
                    continue;
                }
                byQuery.get(m.query[i]).add(m.nanos[i]);
                all.add(m.nanos[i]);
                if (m.empty[i]) {
                    empty[m.query[i]]++;
                }
            }
            for (String e : m.errors) {
                if (samples.size() < 10) {
                    samples.add(e);
                }
            }
        }
        long total = Arrays.stream(sent).sum();
        line.accept("## Load: " + clients + " concurrent clients × " + requests + " mixed alliance queries over HTTP");
        line.accept("");
        line.accept(String.format(Locale.ROOT, "Store: %d quads in %d named graphs. Server: `SparqlServer` as `kg serve` "
                        + "builds it (web page on; limits: %d s timeout, %d rows, %d queries at once%s), in the "
                        + "benchmark's JVM, on 127.0.0.1 at a free port. Clients: %d threads, each with its own "
                        + "java.net.http.HttpClient (HTTP/1.1, one kept-alive connection), sending %d requests one after "
                        + "another without pause, after %d warm-up requests each. Each request is `GET /conflict/query/NAME?"
                        + "PARAM=VALUE` (SPARQL results JSON), with a query drawn at random (seed %d) from the %d alliance "
                        + "queries and an actor the store holds in the query's role (half in proportion to how often, half "
                        + "uniformly), named %s; %.0f%% of the requests that can also set `minConfidence`. Latency (of the "
                        + "answered requests, HTTP 200) is from the request sent to the whole response read; a request past the concurrency cap "
                        + "waits for a slot up to %d s (`kg serve`'s default `--queue-wait`; the wait counts in its latency), "
                        + "then is refused (HTTP 503) and counts as an error. Load average %.2f before, %.2f after.",
                quads, graphs, SparqlServer.DEFAULT_TIMEOUT_SECONDS, SparqlServer.DEFAULT_MAX_ROWS,
                cap, cap == SparqlServer.defaultMaxConcurrent() ? ", the default" : ", as `--max-concurrent " + cap + "`", clients, requests, warmup, seed, n, byIri ? "by `<iri>` (no name to resolve)" : "by its label, as a user writes it "
                        + "(the server resolves it against the store's labels: " + labelRows + " label-actor pairs, "
                        + String.format(Locale.ROOT, "%.0f", labelsMs) + " ms in one thread before the load)",
                confidenceShare * 100, SparqlServer.DEFAULT_QUEUE_WAIT_SECONDS, load0, load1));
        line.accept("");
        line.accept("| query | requests | errors | with rows | p50 ms | p95 ms | p99 ms | max ms |");
        line.accept("|---|---:|---:|---:|---:|---:|---:|---:|");
        List<String> over = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            long[] ns = byQuery.get(q).stream().mapToLong(Long::longValue).sorted().toArray();
            if (ns.length == 0) {
                over.add(mix.get(q).name() + ".rq no answer");
                line.accept("| " + mix.get(q).name() + ".rq | " + sent[q] + " | " + errors[q] + " | 0 | | | | |");
                continue;
            }
            double p95 = Benchmark.percentile(ns, 95) / 1e6;
            if (p95 >= P95_LIMIT_MS) {
                over.add(String.format(Locale.ROOT, "%s.rq p95 %.1f ms", mix.get(q).name(), p95));
            }
            line.accept(String.format(Locale.ROOT, "| %s.rq | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |", mix.get(q).name(),
                    sent[q], errors[q], ns.length - empty[q], Benchmark.percentile(ns, 50) / 1e6, p95,
                    Benchmark.percentile(ns, 99) / 1e6, ns[ns.length - 1] / 1e6));
        }
        long[] ns = all.stream().mapToLong(Long::longValue).sorted().toArray();
        if (ns.length == 0) {
            line.accept("| **all** | " + total + " | " + allErrors + " | 0 | | | | |");
        } else {
            line.accept(String.format(Locale.ROOT, "| **all** | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |", total,
                    allErrors, ns.length - Arrays.stream(empty).sum(), Benchmark.percentile(ns, 50) / 1e6,
                    Benchmark.percentile(ns, 95) / 1e6, Benchmark.percentile(ns, 99) / 1e6, ns[ns.length - 1] / 1e6));
        }
        line.accept("");
        line.accept(String.format(Locale.ROOT, "Throughput: %d requests in %.1f s = %.0f requests/s, **%.0f answered "
                + "requests/s** (%d clients).", total, wall, total / wall, ns.length / wall, clients));
        line.accept("");
        for (String s : samples) {
            line.accept("- error: " + s.replace('|', '¦'));
        }
        if (!samples.isEmpty()) {
            line.accept("");
        }
        boolean pass = allErrors == 0 && over.isEmpty();
        line.accept((pass ? "**PASS**" : "**FAIL**") + String.format(Locale.ROOT,
                ": %d error(s) (0 allowed); p95 below %.0f ms for every alliance query: %s.", allErrors, P95_LIMIT_MS,
                over.isEmpty() ? "yes" : "no (" + String.join(", ", over) + ")"));
        line.accept("");
        System.out.println((pass ? "LOAD PASS" : "LOAD FAIL") + ": " + allErrors + " errors, " + (over.isEmpty()
                ? "every p95 < 100 ms" : String.join(", ", over)));
    }

    /** The actors in a role, weighted by how often they are in it, each named as a user would name it. */
    private static Pool pool(ConflictGraph graph, String role, Map<String, List<String>> labels, boolean byIri) {
        String sparql = PREFIXES + "SELECT ?a (COUNT(*) AS ?n) (MIN(?l) AS ?label) WHERE { GRAPH ?g { " + role
                + " } FILTER (?g != kgg:actors) GRAPH kgg:actors { ?a skos:prefLabel ?l } } GROUP BY ?a ORDER BY ?a";
        List<String> values = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        Txn.executeRead(graph.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(graph.dataset()).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String iri = s.getResource("a").getURI();
                    String label = s.getLiteral("label").getLexicalForm();
                    // the label, when the server resolves it to this actor (the shortest IRI of a shared name wins)
                    List<String> same = labels.getOrDefault(Names.key(label), List.of());
                    String first = same.stream().min(Comparator.comparingInt(String::length)).orElse(null);
                    values.add(!byIri && iri.equals(first) ? label : "<" + iri + ">");
                    weights.add(s.getLiteral("n").getLong());
                }
            }
        });
        long[] cumulative = new long[weights.size()];
        long sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        return new Pool(values, cumulative);
    }

    /** Normalized label → the actors with that label, as {@code ActorNames} reads them. */
    private static Map<String, List<String>> labels(ConflictGraph graph) {
        Map<String, List<String>> m = new HashMap<>();
        Txn.executeRead(graph.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(graph.dataset()).query("SELECT DISTINCT ?a ?l { "
                    + "{ ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } UNION "
                    + "{ ?a <http://www.w3.org/2004/02/skos/core#altLabel> ?l } }").build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    if (s.get("a").isURIResource() && s.get("l").isLiteral()) {
                        m.computeIfAbsent(Names.key(s.getLiteral("l").getLexicalForm()), k -> new ArrayList<>())
                                .add(s.getResource("a").getURI());
                    }
                }
            }
        });
        return m;
    }

    private static long count(ConflictGraph graph, String sparql) {
        return Txn.calculateRead(graph.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(graph.dataset()).query(sparql).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
