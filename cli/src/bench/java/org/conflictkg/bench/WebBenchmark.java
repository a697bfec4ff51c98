package org.conflictkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestReport;
import org.conflictkg.server.SparqlServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page's latency (issue 13): on a store of the corpus's files that match a glob (the FA-KES articles,
 * {@code fakes_*.txt}), the JSON API's answers to the filter changes and evidence lists over HTTP, and in headless
 * Chromium the first view (from navigation to the network drawn) and each filter change (request, answer, layout and
 * drawing), as the page itself times them ({@code window.conflictKg.timings}).
 */
final class WebBenchmark {
    private static final String A = "https://w3id.org/conflict-kg/id/actor/";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Path corpus;
    private final Path out;
    private final String glob;
    private final int iterations;
    private final boolean rebuild;
    private final Consumer<String> line;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    WebBenchmark(Path corpus, Path out, String glob, int iterations, boolean rebuild, Consumer<String> line) {
        this.corpus = corpus;
        this.out = out;
        this.glob = glob;
        this.iterations = iterations;
        this.rebuild = rebuild;
        this.line = line;
    }

    void run() throws Exception {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Path> all = Benchmark.corpusFiles(corpus, 0);
        List<Path> files = all.stream().filter(f -> matcher.matches(f.getFileName())).toList();
        if (files.isEmpty()) {
            files = all;
        }
        Path store = out.resolve("web-store");
        boolean fresh = rebuild || !Files.isDirectory(store);
        if (rebuild && Files.isDirectory(store)) {
            try (var walk = Files.walk(store)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        line.accept("### 5. The web page (issue 13)");
        line.accept("");
        try (ConflictGraph graph = ConflictGraph.open(store)) {
            if (fresh) {
                System.out.println("== web: ingesting " + files.size() + " files matching " + glob);
                IngestReport r = graph.ingest(files);
                System.out.println("== web: " + r.added() + " documents stored");
            }
            try (SparqlServer server = SparqlServer.create(graph).port(0).webPage(true).start()) {
                base = "http://127.0.0.1:" + server.port() + "/";
                line.accept("Store: the " + files.size() + " files of " + corpus + " matching `" + glob + "`; `kg serve`'s "
                        + "page on it in the benchmark's JVM (-Xmx3g). Times in ms; p95 is the nearest rank.");
                line.accept("");
                api();
                browser();
            }
        }
    }

    // ---- the JSON API over HTTP -------------------------------------------------------------------------------

    private void api() throws Exception {
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("first view (default filter)", "api/network");
        for (String f : List.of("backs", "allied", "attacks", "criticizes", "talks")) {
            variants.put("without " + f, "api/network?family=" + String.join(",",
                    Arrays.stream(new String[] {"backs", "allied", "attacks", "opposes", "criticizes", "talks"})
                            .filter(x -> !x.equals(f)).toList()));
        }
        variants.put("+ CAMEO material conflict", "api/network?family=backs,allied,attacks,opposes,criticizes,talks,cameo-material-conflict");
        variants.put("+ alleged and negated", "api/network?modality=alleged,negated");
        variants.put("every family and modality", "api/network?family=backs,allied,attacks,opposes,criticizes,talks,leads,"
                + "cameo-verbal-cooperation,cameo-material-cooperation,cameo-verbal-conflict,cameo-material-conflict"
                + "&modality=negated,conditional,proposed,predicted,accidental,alleged");
        variants.put("min confidence 0.6", "api/network?minConfidence=0.6");
        variants.put("states and armed groups", "api/network?type=State,ArmedGroup");
        variants.put("a year (2016)", "api/network?from=2016-01-01&to=2016-12-31");
        variants.put("around Russia", "api/network?actor=" + enc(A + "russia"));
        for (int i = 0; i < 3; i++) {
            get("api/network"); // warm-up
        }
        line.accept("JSON API over HTTP, " + iterations + " requests each:");
        line.accept("");
        line.accept("| request | edges (total) | median | p95 | max |");
        line.accept("| --- | --- | --- | --- | --- |");
        List<Long> allFilters = new ArrayList<>();
        for (var v : variants.entrySet()) {
            List<Long> ms = new ArrayList<>();
            JsonObject last = null;
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                last = get(v.getValue());
                ms.add((System.nanoTime() - t0) / 1_000_000);
            }
            if (!v.getKey().startsWith("first")) {
                allFilters.addAll(ms);
            }
            line.accept(row(v.getKey() + " `" + v.getValue() + "`",
                    last.get("edges").getAsArray().size() + " (" + last.get("total") + ")", ms));
        }
        line.accept(row("**every filter change above**", "", allFilters));

        // the evidence of the 30 most documented edges of the first view, 20 sentences as the page asks
        JsonObject first = get("api/network");
        List<Long> ms = new ArrayList<>();
        int sentences = 0;
        int edges = 0;
        for (JsonValue e : first.get("edges").getAsArray()) {
            if (edges++ == 30) {
                break;
            }
            JsonObject edge = e.getAsObject();
            String q = "api/evidence?subject=" + enc(str(edge, "source")) + "&object=" + enc(str(edge, "target"))
                    + "&relation=" + str(edge, "relation") + "&limit=20";
            for (int i = 0; i < Math.max(3, iterations / 5); i++) {
                long t0 = System.nanoTime();
                JsonObject page = get(q);
                ms.add((System.nanoTime() - t0) / 1_000_000);
                sentences = Math.max(sentences, page.get("total").getAsNumber().value().intValue());
            }
        }
        line.accept(row("evidence of the 30 most documented edges (most sentences: " + sentences + ")", "", ms));
        line.accept("");
    }

    private static String str(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    private JsonObject get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return JSON.parse(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String row(String name, String edges, List<Long> ms) {
        long[] sorted = ms.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d |", name, edges, Benchmark.percentile(sorted, 50),
                Benchmark.percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    // ---- the page in headless Chromium ----------------------------------------------------------------------

    private void browser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            line.accept("In the browser: not measured, no " + CHROMIUM + " or " + CHROMEDRIVER + ".");
            return;
        }
        Path profile = Files.createTempDirectory("web-bench-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900", "--user-data-dir=" + profile);
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            List<Long> firstViews = new ArrayList<>();
            int loads = Math.max(5, iterations / 2);
            for (int i = 0; i < loads; i++) {
                driver.get(base + "?run=" + i);
                wait.until(d -> js.executeScript("return window.conflictKg && window.conflictKg.timings.firstDrawMs") != null);
                firstViews.add(((Number) js.executeScript("return window.conflictKg.timings.firstDrawMs")).longValue());
            }
            // filter changes as a user makes them: each family off and on again, then each modality on and off
            List<String> boxes = new ArrayList<>();
            for (String f : List.of("backs", "allied", "attacks", "criticizes", "talks", "cameo-material-conflict")) {
                boxes.add("input[name=family][value='" + f + "']");
            }
            for (String m : List.of("alleged", "negated", "predicted")) {
                boxes.add("input[name=modality][value='" + m + "']");
            }
            List<Long> changes = new ArrayList<>();
            for (String box : boxes) {
                for (int click = 0; click < 2; click++) {
                    long before = (Long) js.executeScript("return window.conflictKg.timings.loads.length");
                    driver.findElement(By.cssSelector(box)).click();
                    wait.until(d -> (Long) js.executeScript("return window.conflictKg.timings.loads.length") > before);
                    changes.add(((Number) js.executeScript(
                            "const l = window.conflictKg.timings.loads; return l[l.length - 1]")).longValue());
                }
            }
            line.accept("In headless Chromium (" + driver.getClass().getSimpleName() + ", 1400×900): the first view is "
                    + "the time from navigation to the network drawn (page, scripts, `/api/families`, `/api/network`, "
                    + "layout); a filter change is the page's own time from the change to the new network drawn "
                    + "(request, answer, layout and drawing; the 250 ms the form waits for further input is not counted).");
            line.accept("");
            line.accept("| measure | runs | median | p95 | max |");
            line.accept("| --- | --- | --- | --- | --- |");
            line.accept(row("first view drawn", Integer.toString(firstViews.size()), firstViews));
            line.accept(row("filter change drawn", Integer.toString(changes.size()), changes));
            line.accept("");
        } finally {
            driver.quit();
        }
    }
}
