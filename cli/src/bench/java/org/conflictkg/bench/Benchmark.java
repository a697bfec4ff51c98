package org.conflictkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.conflictkg.ConflictGraph;
import org.conflictkg.actors.Gazetteer;
import org.conflictkg.query.QueryRunner;
import org.conflictkg.relations.Assertion;
import org.conflictkg.relations.ExtractedDocument;
import org.conflictkg.server.SparqlServer;
import org.conflictkg.text.UnreadableDocumentException;

/**
 * The benchmark of issue 5 (see docs/BENCHMARKS.md), run by {@code mvn -B -Pbench verify}:
 * <ol>
 * <li>extract: our pipeline against ReVerb 1.4.3 on the same sentences, one thread and all cores;</li>
 * <li>ingest: end to end into a TDB2 store in a JVM with {@code -Xmx3g} ({@link IngestBenchmark});</li>
 * <li>query: every file of {@code queries/} over HTTP against the server on a store of about a million quads;</li>
 * <li>serve: {@code java -jar target/conflict-kg-cli.jar serve} from process start to the first answer;</li>
 * <li>load (only when named): concurrent clients sending mixed alliance queries to the server on the query store
 * ({@link LoadBenchmark}; the store is built first when it is missing).</li>
 * </ol>
 * Figures go to standard output and to {@code target/bench/results.md}.
 */
public final class Benchmark {
    private final Map<String, String> opt;
    private final Path out;
    private final StringBuilder md = new StringBuilder();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private Path corpus;
    private List<Path> files;

    private Benchmark(Map<String, String> opt) {
        this.opt = opt;
        this.out = Path.of(opt.getOrDefault("out", "target/bench")).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/conflictkg/cli/logback-cli.xml");
        }
        Map<String, String> opt = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("arguments are --key=value: " + a);
            }
            opt.put(a.substring(2, eq), a.substring(eq + 1));
        }
        Benchmark b = new Benchmark(opt);
        if (System.getProperty("bench.snapshot") == null) {
            // others may rebuild target/classes while the benchmark runs: run on a copy of the class folders
            System.exit(b.onSnapshot(args));
        }
        b.run();
    }

    private int onSnapshot(String[] args) throws IOException, InterruptedException {
        Path snap = out.resolve("classpath");
        IngestBenchmark.deleteTree(snap);
        List<String> cp = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path e = Path.of(entry);
            if (Files.isDirectory(e)) {
                Path copy = snap.resolve(Integer.toString(i++));
                try (var walk = Files.walk(e)) {
                    for (Path f : walk.toList()) {
                        Path to = copy.resolve(e.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(f, to);
                        }
                    }
                }
                cp.add(copy.toString());
            } else {
                cp.add(entry);
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.addAll(List.of("-Dbench.snapshot=true", "-cp", String.join(java.io.File.pathSeparator, cp),
                Benchmark.class.getName()));
        cmd.addAll(Arrays.asList(args));
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    // ---- the run ----------------------------------------------------------------------------------------------

    private void run() throws Exception {
        Files.createDirectories(out);
        corpus = Path.of(opt.getOrDefault("corpus", "../shared/data/news/articles")).toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            Path fallback = Path.of(opt.getOrDefault("fallback-corpus", "examples")).toAbsolutePath().normalize();
            System.out.println("corpus " + corpus + " not found; using " + fallback);
            corpus = fallback;
        }
        int limit = Integer.parseInt(opt.getOrDefault("limit", "0"));
        files = corpusFiles(corpus, limit);
        List<String> parts = Arrays.asList(opt.getOrDefault("parts", "extract,ingest,query,serve,web").split(","));

        line("# conflict-kg benchmark, " + OffsetDateTime.now().withNano(0));
        line("");
        line("- machine: " + machine());
        line("- corpus: " + corpus + " (" + files.size() + " files" + (limit > 0 ? ", a sample of " + limit : "") + ")");
        line("- options: " + opt.entrySet().stream().filter(e -> !e.getKey().contains("-"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
        line("");
        if (parts.contains("extract")) {
            extract();
        }
        Path store = out.resolve("store");
        if (parts.contains("ingest")) {
            ingest(store);
        }
        if (parts.contains("query")) {
            query(store);
        }
        if (parts.contains("serve")) {
            serve(store);
        }
        if (parts.contains("load")) {
            if (!parts.contains("ingest") && !storeBuilt(store)) {
                ingest(store); // builds the query store
            }
            new LoadBenchmark(opt, store, this::line).run();
        }
        if (parts.contains("web")) {
            new WebBenchmark(corpus, out, opt.getOrDefault("web-glob", "fakes_*.txt"),
                    Integer.parseInt(opt.getOrDefault("web-iterations", "20")),
                    Boolean.parseBoolean(opt.getOrDefault("rebuild", "false")), this::line).run();
        }
        if (parts.contains("bounds")) {
            InputBoundsBenchmark.bounds(opt, out, corpus, files, this::line);
        }
        if (parts.contains("fuzz")) {
            InputBoundsBenchmark.fuzz(opt, out, this::line);
        }
        Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println("\n" + md);
        System.out.println("written: " + out.resolve("results.md"));
    }

    private String machine() {
        long ram = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            ram = os.getTotalMemorySize();
        }
        return String.format(Locale.ROOT, "%d cores, %.1f GB RAM, %s %s (%s), %s %s", cores, ram / 1e9,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** The corpus's text files, sorted; with a limit, an evenly spread sample of them. */
    static List<Path> corpusFiles(Path corpus, int limit) {
        List<Path> all = ConflictGraph.files(List.of(corpus), p -> { });
        if (limit <= 0 || limit >= all.size()) {
            return all;
        }
        List<Path> sample = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            sample.add(all.get((int) ((long) i * all.size() / limit)));
        }
        return sample;
    }

    // ---- 1. extraction ----------------------------------------------------------------------------------------

    /** What our pipeline read from a set of documents. */
    private static final class Counts {
        long documents;
        long skipped;
        long sentences;
        long tokens;
        long assertions;
        long canonicalBoth;
        final Map<String, long[]> byRelation = new TreeMap<>(); // relation -> {assertions, canonical on both sides}

        void add(ExtractedDocument x) {
            documents++;
            sentences += x.sentences().size();
            for (var s : x.sentences()) {
                tokens += s.size();
            }
            for (Assertion a : x.assertions()) {
                assertions++;
                boolean both = a.subject().actor() != null && a.object().actor() != null;
                if (both) {
                    canonicalBoth++;
                }
                long[] c = byRelation.computeIfAbsent(a.relation() == null ? "(none)" : a.relation().localName(),
                        k -> new long[2]);
                c[0]++;
                if (both) {
                    c[1]++;
                }
            }
        }

        void add(Counts o) {
            documents += o.documents;
            skipped += o.skipped;
            sentences += o.sentences;
            tokens += o.tokens;
            assertions += o.assertions;
            canonicalBoth += o.canonicalBoth;
            o.byRelation.forEach((k, v) -> {
                long[] c = byRelation.computeIfAbsent(k, x -> new long[2]);
                c[0] += v[0];
                c[1] += v[1];
            });
        }
    }

    private record Rate(int threads, long sentences, long tokens, double seconds) {
        double sentencesPerSecond() {
            return sentences / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    private void extract() throws Exception {
        System.out.println("== extraction: our pipeline on " + files.size() + " files");
        List<Path> warm = corpusFiles(corpus, Math.max(Math.min(20, files.size()), Math.min(250, files.size() / 10)));
        List<Rate> ours = new ArrayList<>();
        Counts counts = new Counts();
        List<String> sentences = new ArrayList<>();
        try (ConflictGraph graph = ConflictGraph.inMemory()) {
            // one thread, on this thread
            for (Path f : warm) {
                extractOne(graph, f, new Counts(), null);
            }
            long t0 = System.nanoTime();
            for (Path f : files) {
                extractOne(graph, f, counts, sentences);
            }
            ours.add(new Rate(1, counts.sentences, counts.tokens, (System.nanoTime() - t0) / 1e9));
            report("ours", ours.get(0));
            // all cores: a pool of one thread per core, each with its own OpenNLP instances (the library's)
            if (cores > 1) {
                ExecutorService pool = Executors.newFixedThreadPool(cores);
                try {
                    runOn(pool, graph, warm);
                    long t1 = System.nanoTime();
                    Counts c = runOn(pool, graph, files);
                    ours.add(new Rate(cores, c.sentences, c.tokens, (System.nanoTime() - t1) / 1e9));
                    report("ours", ours.get(1));
                } finally {
                    pool.shutdownNow();
                }
            }
        }
        Path sentenceFile = out.resolve("sentences.txt");
        Files.write(sentenceFile, sentences, StandardCharsets.UTF_8);
        sentences = null;

        System.out.println("== extraction: ReVerb 1.4.3 on the same " + counts.sentences + " sentences (own JVM)");
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx2g", "-cp", opt.get("reverb-lib") + "/*",
                opt.get("reverb-source"), sentenceFile.toString(), "1"));
        if (cores > 1) {
            cmd.add(Integer.toString(cores));
        }
        List<Map<String, String>> rv = child(cmd, out.resolve("reverb.log"));
        List<Rate> reverb = new ArrayList<>();
        long reverbExtractions = 0;
        long reverbConfident = 0;
        long reverbFailures = 0;
        for (Map<String, String> r : rv) {
            Rate rate = new Rate(Integer.parseInt(r.get("threads")), Long.parseLong(r.get("sentences")),
                    Long.parseLong(r.get("tokens")), Double.parseDouble(r.get("seconds")));
            reverb.add(rate);
            report("ReVerb", rate);
            reverbExtractions = Long.parseLong(r.get("extractions"));
            reverbConfident = Long.parseLong(r.get("confident"));
            reverbFailures = Long.parseLong(r.get("failures"));
        }

        line("## 1. Extraction: our pipeline and ReVerb 1.4.3 on the same sentences");
        line("");
        line(String.format(Locale.ROOT, "%d documents (%d unreadable, skipped), %d sentences (our sentence splitter; "
                        + "ReVerb gets the same sentence strings), tokens: ours %d, ReVerb's tokenizer %d. Warm-up "
                        + "before each timing; times are wall clock.", counts.documents, counts.skipped,
                counts.sentences, counts.tokens, reverb.isEmpty() ? 0 : reverb.get(0).tokens()));
        line("");
        line("| system | threads | sentences/s | tokens/s | seconds |");
        line("|---|---:|---:|---:|---:|");
        for (Rate r : ours) {
            line(String.format(Locale.ROOT, "| conflict-kg | %d | %.0f | %.0f | %.1f |", r.threads(),
                    r.sentencesPerSecond(), r.tokensPerSecond(), r.seconds()));
        }
        for (Rate r : reverb) {
            line(String.format(Locale.ROOT, "| ReVerb 1.4.3 | %d | %.0f | %.0f | %.1f |", r.threads(),
                    r.sentencesPerSecond(), r.tokensPerSecond(), r.seconds()));
        }
        line("");
        for (Rate o : ours) {
            for (Rate r : reverb) {
                if (r.threads() == o.threads()) {
                    line(String.format(Locale.ROOT, "- ratio ours / ReVerb, %d thread(s): %.2f× sentences/s, %.2f× tokens/s",
                            o.threads(), o.sentencesPerSecond() / r.sentencesPerSecond(),
                            o.tokensPerSecond() / r.tokensPerSecond()));
                }
            }
        }
        line(String.format(Locale.ROOT, "- ReVerb: %d extractions (%d with confidence ≥ 0.5), %d sentences failed",
                reverbExtractions, reverbConfident, reverbFailures));
        line(String.format(Locale.ROOT, "- ours: %d assertions, %d (%.1f%%) with a canonical actor on both sides",
                counts.assertions, counts.canonicalBoth, 100.0 * counts.canonicalBoth / Math.max(1, counts.assertions)));
        line("");
        line("| relation | assertions | canonical actor on both sides |");
        line("|---|---:|---:|");
        counts.byRelation.forEach((k, v) -> line("| " + k + " | " + v[0] + " | " + v[1] + " |"));
        line("");
    }

    private static void extractOne(ConflictGraph graph, Path f, Counts counts, List<String> sentences) {
        try {
            ExtractedDocument x = graph.extract(f);
            counts.add(x);
            if (sentences != null) {
                for (var s : x.sentences()) {
                    sentences.add(s.text().replaceAll("\\s+", " ").strip());
                }
            }
        } catch (UnreadableDocumentException e) {
            counts.skipped++;
        }
    }

    private static Counts runOn(ExecutorService pool, ConflictGraph graph, List<Path> files) throws Exception {
        List<Future<Counts>> futures = new ArrayList<>(files.size());
        for (Path f : files) {
            futures.add(pool.submit(() -> {
                Counts c = new Counts();
                extractOne(graph, f, c, null);
                return c;
            }));
        }
        Counts total = new Counts();
        for (Future<Counts> fu : futures) {
            total.add(fu.get());
        }
        return total;
    }

    private static void report(String who, Rate r) {
        System.out.printf(Locale.ROOT, "%s, %d thread(s): %d sentences, %d tokens in %.1f s: %.0f sentences/s, %.0f tokens/s%n",
                who, r.threads(), r.sentences(), r.tokens(), r.seconds(), r.sentencesPerSecond(), r.tokensPerSecond());
    }

    // ---- 2. ingest --------------------------------------------------------------------------------------------

    /** What the query store was built from: the corpus, its files and the size asked. */
    private String storeKey() {
        return corpus + "|" + files.size() + "|" + Long.parseLong(opt.getOrDefault("triples", "1000000"));
    }

    /** True when the query store of these options is there (built by an earlier ingest part), unless a rebuild is asked. */
    private boolean storeBuilt(Path store) throws IOException {
        Path meta = out.resolve("store.properties");
        if (Boolean.parseBoolean(opt.getOrDefault("rebuild", "false")) || !Files.isDirectory(store) || !Files.exists(meta)) {
            return false;
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(meta)) {
            p.load(r);
        }
        return storeKey().equals(p.getProperty("key"));
    }

    private void ingest(Path store) throws Exception {
        long triples = Long.parseLong(opt.getOrDefault("triples", "1000000"));
        int realPasses = Integer.parseInt(opt.getOrDefault("ingest-passes", "2"));
        boolean replicate = Boolean.parseBoolean(opt.getOrDefault("replicate", "true"));
        int maxPasses = replicate ? realPasses : Integer.parseInt(opt.getOrDefault("max-passes", "12"));
        Path meta = out.resolve("store.properties");
        Properties p = new Properties();
        if (Files.exists(meta)) {
            try (var r = Files.newBufferedReader(meta)) {
                p.load(r);
            }
        }
        String key = storeKey();
        boolean reuse = !Boolean.parseBoolean(opt.getOrDefault("rebuild", "false")) && Files.isDirectory(store)
                && key.equals(p.getProperty("key"));
        Path target = store;
        long targetQuads = triples;
        int passes = maxPasses;
        if (reuse) {
            // the query store is there: time the ingest on a scratch store instead
            target = out.resolve("ingest-scratch");
            passes = realPasses;
            targetQuads = Long.MAX_VALUE;
            replicate = false;
            System.out.println("== ingest: query store " + store + " reused (" + p.getProperty("quads")
                    + " quads); timing " + passes + " pass(es) on a scratch store");
        } else {
            System.out.println("== ingest: building " + store + " up to " + triples + " quads (" + maxPasses
                    + " ingest passes" + (replicate ? ", then copies" : "") + ")");
        }
        IngestBenchmark.deleteTree(target);
        Files.deleteIfExists(meta);
        List<String> cmd = List.of(java(), "-Xmx3g", "-Dlogback.configurationFile=org/conflictkg/cli/logback-cli.xml",
                "-cp", System.getProperty("java.class.path"), IngestBenchmark.class.getName(), target.toString(),
                corpus.toString(), opt.getOrDefault("limit", "0"), Long.toString(targetQuads), Integer.toString(passes),
                Integer.toString(cores), Boolean.toString(replicate));
        long t0 = System.nanoTime();
        List<Map<String, String>> rows = child(cmd, out.resolve("ingest.log"));
        double wall = (System.nanoTime() - t0) / 1e9;
        long quads = rows.isEmpty() ? 0 : Long.parseLong(rows.get(rows.size() - 1).get("storeQuads"));
        if (!reuse) {
            p.setProperty("key", key);
            p.setProperty("quads", Long.toString(quads));
            p.setProperty("passes", Integer.toString(rows.size()));
            try (var w = Files.newBufferedWriter(meta)) {
                p.store(w, "the benchmark's query store");
            }
        } else {
            IngestBenchmark.deleteTree(target);
        }
        line("## 2. Ingest into TDB2 (JVM with -Xmx3g, " + cores + " extraction threads)");
        line("");
        line(String.format(Locale.ROOT, "Into %s: %d pass(es), %d quads in the store at the end; child JVM wall time %.0f s "
                + "(start-up and model loading included). Pass 1 is the corpus; an ingest pass k > 1 is the corpus with a "
                + "marker line appended to every file (other text hash, other named graph); a copy pass stores the "
                + "first pass's graphs again under new document ids, without extraction (to reach the query store's "
                + "size in reasonable time). Pass 1 includes loading the models. Live heap: after a full GC at 1/4, "
                + "1/2, 3/4 and the end of the pass.", reuse ? "a scratch store" : "the query store", rows.size(), quads, wall));
        line("");
        line("| pass | kind | documents | sentences | assertions | quads | seconds | documents/s | assertions/s | quads/s | peak heap used (MB) | live heap after GC (MB) | store quads |");
        line("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Map<String, String> r : rows) {
            double s = Double.parseDouble(r.get("seconds"));
            long docs = Long.parseLong(r.get("added"));
            long as = Long.parseLong(r.get("assertions"));
            long qs = Long.parseLong(r.get("quads"));
            line(String.format(Locale.ROOT, "| %s | %s | %d | %s | %d | %d | %.1f | %.1f | %.0f | %.0f | %s | %s | %s |",
                    r.get("pass"), r.get("kind"), docs, r.get("sentences"), as, qs, s, docs / s, as / s, qs / s, r.get("peakHeapMB"),
                    r.get("liveHeapMB"), r.get("storeQuads")));
        }
        if (!rows.isEmpty()) {
            line("");
            line("Max heap of the ingest JVM: " + rows.get(0).get("maxHeapMB") + " MB; skipped files per pass: "
                    + rows.stream().map(r -> r.get("skipped")).collect(Collectors.joining(", ")) + ".");
        }
        line("");
    }

    // ---- 3. queries over HTTP ---------------------------------------------------------------------------------

    private static final Pattern PARAM = Pattern.compile("--param (\\w+)=([^)\\s]+)");

    /** A query file with its example parameters (from its "# Parameters:" comment) bound to actor IRIs. */
    private record Prepared(String name, String sparql, Map<String, String> names, Map<String, String> iris) {}

    private List<Prepared> prepare(ConflictGraph graph) throws IOException {
        QueryRunner runner = new QueryRunner(graph.dataset(), Gazetteer.bundled());
        List<Prepared> out = new ArrayList<>();
        List<Path> rq;
        try (var s = Files.list(Path.of(opt.getOrDefault("queries", "queries")))) {
            rq = s.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        for (Path f : rq) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Map<String, String> params = new LinkedHashMap<>();
            Matcher m = PARAM.matcher(text.lines().filter(l -> l.startsWith("#")).collect(Collectors.joining("\n")));
            while (m.find()) {
                params.put(m.group(1), m.group(2));
            }
            Map<Var, Node> bind = new HashMap<>();
            Map<String, String> iris = new LinkedHashMap<>();
            // typed as kg query types them: actors, CAMEO families, dates, numbers, as each query declares
            for (var e : runner.bind(text, params).entrySet()) {
                bind.put(Var.alloc(e.getKey()), e.getValue());
                iris.put(e.getKey(), e.getValue().isURI() ? e.getValue().getURI() : e.getValue().getLiteralLexicalForm());
            }
            Query q = QueryTransformOps.syntaxSubstitute(QueryFactory.create(text), bind);
            out.add(new Prepared(f.getFileName().toString(), q.serialize(), params, iris));
        }
        return out;
    }

    private void query(Path store) throws Exception {
        int iterations = Integer.parseInt(opt.getOrDefault("iterations", "100"));
        int warmup = Math.max(10, iterations / 5);
        long budget = Long.parseLong(opt.getOrDefault("query-budget", "60")) * 1_000_000_000L;
        System.out.println("== queries over HTTP on " + store);
        ConflictGraph opened = ConflictGraph.open(store);
        try (ConflictGraph graph = opened;
             SparqlServer server = SparqlServer.create(graph).port(0).start()) {
            long quads = Txn.calculateRead(graph.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(graph.dataset())
                        .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            long graphs = Txn.calculateRead(graph.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(graph.dataset())
                        .query("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            List<Prepared> queries = prepare(graph);
            String endpoint = server.endpoint("127.0.0.1");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            line("## 3. Alliance queries over HTTP (embedded Fuseki, java.net.http.HttpClient, one client, sequential)");
            line("");
            line(String.format(Locale.ROOT, "Store: %d quads in %d named graphs. Each query: up to %d warm-up requests (at most a quarter of the budget), then %d "
                    + "timed (fewer for a query that exceeds a %d s budget: column n); latency = request sent to the whole "
                    + "JSON response read. Parameters are the examples in "
                    + "each file's comment, bound as `kg query` binds them (actors to their IRIs) and substituted into the query.",
                    quads, graphs, warmup, iterations, budget / 1_000_000_000L));
            line("");
            line("| query | parameters | rows | n | median ms | p95 ms | max ms |");
            line("|---|---|---:|---:|---:|---:|---:|");
            for (Prepared q : queries) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/sparql-query; charset=utf-8")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(q.sparql(), StandardCharsets.UTF_8)).build();
                int rows = -1;
                long w0 = System.nanoTime();
                for (int i = 0; i < warmup && (i == 0 || System.nanoTime() - w0 < budget / 4); i++) {
                    String body = send(http, req);
                    if (i == 0) {
                        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(
                                body.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
                        rows = 0;
                        while (rs.hasNext()) {
                            rs.next();
                            rows++;
                        }
                    }
                }
                long[] all = new long[iterations];
                int done = 0;
                long b0 = System.nanoTime();
                // a slow query stops after the time budget (at least 3 timed requests)
                while (done < iterations && (done < 3 || System.nanoTime() - b0 < budget)) {
                    long t0 = System.nanoTime();
                    send(http, req);
                    all[done++] = System.nanoTime() - t0;
                }
                long[] ns = Arrays.copyOf(all, done);
                Arrays.sort(ns);
                double median = percentile(ns, 50) / 1e6;
                double p95 = percentile(ns, 95) / 1e6;
                double max = ns[ns.length - 1] / 1e6;
                String params = q.names().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + " → <"
                        + q.iris().get(e.getKey()).replaceFirst(".*/", "…/") + ">").collect(Collectors.joining(", "));
                System.out.printf(Locale.ROOT, "%s (%s): %d rows, median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                        q.name(), params, rows, median, p95, max);
                line(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f | %.1f |", q.name(), params, rows,
                        ns.length, median, p95, max));
            }
            line("");
        } finally {
            release(opened);
        }
    }

    /** Closing a TDB2 dataset keeps its lock for this process; let another process open the store. */
    private static void release(ConflictGraph graph) {
        TDBInternal.expel(graph.dataset().asDatasetGraph());
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String send(HttpClient http, HttpRequest req) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    // ---- 4. kg serve start-up ---------------------------------------------------------------------------------

    private void serve(Path store) throws Exception {
        Path shaded = Path.of(opt.get("cli-jar"));
        Path jar = shaded.resolveSibling("conflict-kg-cli.jar");
        if (Files.exists(shaded) && (!Files.exists(jar)
                || Files.getLastModifiedTime(shaded).compareTo(Files.getLastModifiedTime(jar)) > 0)) {
            Files.copy(shaded, jar, StandardCopyOption.REPLACE_EXISTING); // what ./kg does
        }
        int runs = Integer.parseInt(opt.getOrDefault("serve-runs", "3"));
        List<Prepared> queries;
        ConflictGraph opened = ConflictGraph.open(store);
        try (ConflictGraph graph = opened) {
            queries = prepare(graph);
        } finally {
            release(opened);
        }
        Prepared probe = queries.stream().filter(q -> q.name().equals("backers.rq")).findFirst().orElse(queries.get(0));
        System.out.println("== kg serve start-up: " + jar + " on " + store + ", first query " + probe.name());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        List<Double> times = new ArrayList<>();
        List<Double> listens = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SparqlServer.DATASET + "/sparql"))
                    .header("Content-Type", "application/sparql-query; charset=utf-8")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(probe.sparql(), StandardCharsets.UTF_8)).build();
            ProcessBuilder pb = new ProcessBuilder(java(), "-jar", jar.toString(), "serve", "--store", store.toString(),
                    "--port", Integer.toString(port)).redirectErrorStream(true);
            long t0 = System.nanoTime();
            Process proc = pb.start();
            // when the server says it listens (it prints the endpoint after Fuseki has started)
            java.util.concurrent.atomic.AtomicLong listening = new java.util.concurrent.atomic.AtomicLong(-1);
            Path serveLog = out.resolve("serve-" + run + ".log");
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8));
                     var w = Files.newBufferedWriter(serveLog, StandardCharsets.UTF_8)) {
                    String l;
                    while ((l = r.readLine()) != null) {
                        if (l.contains("SPARQL endpoint") && listening.get() < 0) {
                            listening.set(System.nanoTime() - t0);
                        }
                        w.write(l);
                        w.newLine();
                    }
                } catch (IOException e) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            double seconds = -1;
            try {
                while (System.nanoTime() - t0 < 60_000_000_000L && proc.isAlive()) {
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            seconds = (System.nanoTime() - t0) / 1e9;
                            break;
                        }
                    } catch (ConnectException e) {
                        // not listening yet
                    } catch (IOException e) {
                        // connection reset while starting
                    }
                    Thread.sleep(20);
                }
            } finally {
                proc.destroy();
                if (!proc.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    proc.destroyForcibly().waitFor();
                }
            }
            double listen = listening.get() / 1e9;
            System.out.printf(Locale.ROOT, "run %d: listening after %.2f s, first answer after %.2f s%n", run, listen, seconds);
            times.add(seconds);
            listens.add(listen);
        }
        List<Double> sorted = times.stream().sorted().toList();
        line("## 4. `kg serve` start-up on the existing store");
        line("");
        line("`java -jar " + out.getParent().relativize(jar) + " serve --store " + store + " --port P` (default JVM "
                + "options), from process start to the first 200 answer to " + probe.name() + " over HTTP (polled every 20 ms):");
        line("");
        line("- first answer: " + times.stream().map(t -> String.format(Locale.ROOT, "%.2f s", t)).collect(Collectors.joining(", "))
                + String.format(Locale.ROOT, " (median %.2f s)", sorted.get(sorted.size() / 2)));
        line("- of which until the server printed its endpoint (store opened, Fuseki listening): "
                + listens.stream().map(t -> String.format(Locale.ROOT, "%.2f s", t)).collect(Collectors.joining(", ")));
        line("");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a child process; its output goes to a log; returns its "RESULT key=value ..." lines. */
    private static List<Map<String, String>> child(List<String> cmd, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<Map<String, String>> results = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             var w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String l;
            while ((l = r.readLine()) != null) {
                w.write(l);
                w.newLine();
                if (l.startsWith("RESULT ")) {
                    System.out.println("  " + l);
                    Map<String, String> m = new LinkedHashMap<>();
                    for (String kv : l.substring(7).trim().split("\\s+")) {
                        int eq = kv.indexOf('=');
                        m.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                    results.add(m);
                }
            }
        }
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IllegalStateException("child failed (exit " + rc + "), see " + log + ": " + String.join(" ", cmd.subList(0, 3)));
        }
        return results;
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}
