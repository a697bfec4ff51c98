package org.conflictkg.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestReport;
import org.conflictkg.graph.BulkLoad;

/**
 * The Spark part of the benchmark (issue 14): in one JVM and one run, on the same files,
 * <ol>
 *   <li>in-process {@code kg ingest} (into an in-memory TDB2 store, all cores), the baseline;</li>
 *   <li>the extraction job in Spark {@code local[1]} and {@code local[2]};</li>
 *   <li>the job in {@code local[2]} on 1×, 2× and 4× the corpus (copies with one marker line appended, so that each copy
 *       is a document of its own), which shows whether the extraction stage scales linearly;</li>
 *   <li>TDB2's xloader and the transactional loader on the job's output of the largest corpus, in quads per second.</li>
 * </ol>
 * The models are loaded and warmed before the first measurement. Prints a Markdown table and writes it to
 * {@code OUT/spark-results.md}.
 *
 * <pre>java -Xmx4g --add-opens ... org.conflictkg.spark.SparkBenchmark CORPUS FALLBACK OUT FILE_LIMIT SCALES [LOAD_COPIES]</pre>
 */
public final class SparkBenchmark {
    private SparkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        if (!Files.isDirectory(corpus)) {
            corpus = Path.of(args[1]);
        }
        Path out = Path.of(args[2]);
        int limit = Integer.parseInt(args[3]);
        List<Integer> scales = Stream.of(args[4].split(",")).map(String::trim).map(Integer::parseInt).toList();
        int copiesForLoad = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        Path work = out.resolve("spark-work");
        deleteTree(work);
        Files.createDirectories(work);
        List<Path> files = sample(corpus, limit);
        Path base = copies(files, work.resolve("x1"), 1);
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Corpus: %d files of %s; %d cores; load average at start %.2f; Java %s; "
                        + "Spark %s.%n%n", files.size(), corpus, cores, loadAverage(), System.getProperty("java.version"),
                org.apache.spark.package$.MODULE$.SPARK_VERSION()));
        md.append("| run | documents | sentences | seconds | documents/s | sentences/s | vs ingest |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");

        // warm the models once (a JVM's first document waits for them), outside every measurement
        Pipelines.get().extract("warm-up.txt", "Russian jets struck rebel positions near Idlib on Monday.");

        double ingestRate;
        ConflictGraph ingested = ConflictGraph.create().threads(cores).build();
        {
            long t0 = System.nanoTime();
            IngestReport r = ingested.ingest(List.of(base));
            double s = (System.nanoTime() - t0) / 1e9;
            ingestRate = r.sentences() / s;
            row(md, "kg ingest, in process, " + cores + " threads", r.documents(), r.sentences(), s, ingestRate);
        }
        for (int threads : List.of(1, 2)) {
            Result r = job("local[" + threads + "]", List.of(base), work.resolve("out-local" + threads));
            row(md, "Spark local[" + threads + "]", r.summary.documents(), r.summary.sentences(), r.seconds, ingestRate);
        }

        // the job's output, loaded by the xloader, answers the ready queries as the ingested store does
        Path loadedStore = work.resolve("store-1x");
        BulkLoad.load(BulkLoad.nquadsFiles(work.resolve("out-local2")), loadedStore, BulkLoad.Loader.XLOADER);
        try (ConflictGraph loaded = ConflictGraph.open(loadedStore)) {
            int[] same = ReadyAnswers.compare(ingested, loaded, 10);
            md.append(String.format(Locale.ROOT, "%nReady queries on the store the xloader built from the local[2] "
                    + "output against the ingested store: %d of %d questions (each ready query with each of the %d "
                    + "actors in most assertions) gave the same answers.%n%n", same[0], same[1], same[2]));
        }
        ingested.close();

        md.append("\nScaling of the extraction stage (Spark local[2]):\n\n");
        md.append("| corpus | documents | sentences | seconds | sentences/s | seconds per 1,000 sentences |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        Path largest = null;
        for (int scale : scales) {
            List<Path> inputs = new ArrayList<>(List.of(base));
            for (int k = 2; k <= scale; k++) {
                inputs.add(copies(files, work.resolve("x" + k), k));
            }
            Path o = work.resolve("out-scale" + scale);
            Result r = job("local[2]", inputs, o);
            md.append(String.format(Locale.ROOT, "| %d× | %,d | %,d | %.1f | %.1f | %.2f |%n", scale,
                    r.summary.documents(), r.summary.sentences(), r.seconds, r.summary.sentences() / r.seconds,
                    r.seconds * 1000 / Math.max(1, r.summary.sentences())));
            largest = o;
        }

        md.append(String.format(Locale.ROOT, "%nLoading the job's output of the largest corpus%s:%n%n",
                copiesForLoad > 1 ? ", " + copiesForLoad + " times over (copies under new document ids)" : ""));
        md.append("| loader | files | quads | seconds | quads/s |\n| --- | ---: | ---: | ---: | ---: |\n");
        List<Path> nquads = new ArrayList<>(BulkLoad.nquadsFiles(largest));
        for (int k = 2; k <= copiesForLoad; k++) {
            nquads.addAll(copyGraphs(BulkLoad.nquadsFiles(largest.resolve("documents")), work.resolve("copies" + k), k));
        }
        for (BulkLoad.Loader loader : BulkLoad.Loader.values()) {
            Path store = work.resolve("store-" + loader.name().toLowerCase(Locale.ROOT));
            BulkLoad.Report r = BulkLoad.load(nquads, store, loader);
            double s = r.elapsed().toNanos() / 1e9;
            md.append(String.format(Locale.ROOT, "| %s | %d | %,d | %.1f | %,.0f |%n",
                    loader == BulkLoad.Loader.XLOADER ? "TDB2 xloader (new store)" : "one write transaction (new store)",
                    r.files(), r.quadsRead(), s, r.quadsRead() / s));
        }
        System.out.println();
        System.out.print(md);
        Files.writeString(out.resolve("spark-results.md"), md.toString(), StandardCharsets.UTF_8);
        deleteTree(work);
    }

    private record Result(ExtractionJob.Summary summary, double seconds) {}

    /** One run of the job in a session of its own, as spark-submit would start it. */
    private static Result job(String master, List<Path> inputs, Path output) {
        SparkSession spark = SparkSession.builder().master(master).appName("conflict-kg benchmark")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "localhost")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        try {
            long t0 = System.nanoTime();
            ExtractionJob.Summary s = ExtractionJob.run(spark, new ExtractionJob.Options(
                    inputs.stream().map(p -> p.toAbsolutePath().toString()).toList(), output.toString(),
                    ExtractionJob.InputFormat.FILES, 0, false));
            return new Result(s, (System.nanoTime() - t0) / 1e9);
        } finally {
            spark.stop();
        }
    }

    private static void row(StringBuilder md, String run, long documents, long sentences, double seconds, double base) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.2f | %.1f | %.2f× |%n", run, documents,
                sentences, seconds, documents / seconds, sentences / seconds, sentences / seconds / base));
    }

    /** Every n-th text file of the corpus, sorted, so that each of its sources is in. */
    private static List<Path> sample(Path corpus, int limit) {
        List<Path> all = ConflictGraph.files(List.of(corpus), p -> { });
        if (limit <= 0 || limit >= all.size()) {
            return all;
        }
        List<Path> out = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            out.add(all.get((int) ((long) i * all.size() / limit)));
        }
        return out;
    }

    /** The files copied into a folder; past the first copy, each with a marker line, so that its text is new. */
    private static Path copies(List<Path> files, Path dir, int copy) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            byte[] text = Files.readAllBytes(f);
            byte[] marker = copy == 1 ? new byte[0] : ("\n\nBenchmark copy " + copy + ".\n").getBytes(StandardCharsets.UTF_8);
            byte[] both = java.util.Arrays.copyOf(text, text.length + marker.length);
            System.arraycopy(marker, 0, both, text.length, marker.length);
            Files.write(dir.resolve(String.format(Locale.ROOT, "%05d-%s", i, f.getFileName())), both);
        }
        return dir;
    }

    private static final java.util.regex.Pattern DOCUMENT_ID = java.util.regex.Pattern.compile("/([0-9a-f]{64})");

    /** The documents' N-Quads again under new document ids (the id with a copy suffix): more data of the same shape. */
    private static List<Path> copyGraphs(List<Path> files, Path dir, int copy) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            Path to = dir.resolve(f.getFileName());
            try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
                Files.write(to, (Iterable<String>) lines.map(l -> DOCUMENT_ID.matcher(l).replaceAll("/$1-" + copy))::iterator,
                        StandardCharsets.UTF_8);
            }
            out.add(to);
        }
        return out;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
