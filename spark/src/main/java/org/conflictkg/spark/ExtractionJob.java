package org.conflictkg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.conflictkg.ConflictGraph;
import org.conflictkg.DocumentQuads;
import org.conflictkg.graph.Store;
import org.conflictkg.graph.Vocab;
import org.conflictkg.text.DocumentReader;
import org.conflictkg.text.UnreadableDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The extraction of {@code kg ingest} as a Spark job: each executor loads the pipeline once
 * ({@link Pipelines}), each task runs it over the documents of its partition, and the job writes N-Quads in two
 * folders under the output: {@code documents/}, one named graph per document, and {@code actors/}, the actors graph
 * merged across documents (each quad once). {@code kg load} loads them into TDB2. For the same files the quads are
 * those {@code kg ingest} stores, but for the time of the run ({@code prov:generatedAtTime}).
 *
 * <p>Input: text files (a file, a folder, or a folder of folders; {@code .txt}, {@code .md}, {@code .html} and the
 * rest that ingest reads, each file's provenance its path relative to the folder given), or JSONL records with
 * {@code id} (the provenance), {@code text} and an optional {@code date} ({@code 2016-10-01}, the publication date).
 * As in ingest, the same text twice is one document, the first in input order; an unreadable file or record is
 * skipped with a one-line reason and the job goes on.
 *
 * <p>Stateless; thread-safe.
 */
public final class ExtractionJob {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionJob.class);

    /** How the inputs are read. */
    public enum InputFormat { FILES, JSONL }

    /**
     * What to run.
     *
     * @param inputs     files or folders (any Hadoop file system: {@code file:}, {@code hdfs:}, {@code s3a:})
     * @param output     the output folder, which must not exist
     * @param format     how the inputs are read
     * @param partitions the partitions to extract in; 0 for Spark's default
     * @param compress   gzip the N-Quads ({@code .nq.gz})
     */
    public record Options(List<String> inputs, String output, InputFormat format, int partitions, boolean compress)
            implements Serializable {
        public Options {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * What a run did.
     *
     * @param documents     the documents written, each once
     * @param duplicates    inputs whose text another input already had
     * @param skipped       the inputs skipped, each with its one-line reason
     * @param documentQuads the quads of the documents' graphs
     * @param actorQuads    the quads of the merged actors graph
     */
    public record Summary(long documents, long duplicates, List<String> skipped, long sentences, long assertions,
                          long documentQuads, long actorQuads, Duration elapsed) {}

    private ExtractionJob() {
    }

    /** {@code spark-submit ... conflict-kg-spark.jar --output DIR [--jsonl] [--partitions N] [--gzip] INPUT...} */
    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            LOG.error("{}", e.getMessage());
            LOG.error("usage: ExtractionJob --output DIR [--jsonl] [--partitions N] [--gzip] INPUT...");
            throw e;
        }
        SparkSession spark = SparkSession.builder().appName("conflict-kg extraction").getOrCreate();
        try {
            Summary s = run(spark, options);
            LOG.info("wrote {} documents ({} duplicates, {} skipped): {} sentences, {} assertions, {} + {} quads in {} s",
                    s.documents(), s.duplicates(), s.skipped().size(), s.sentences(), s.assertions(), s.documentQuads(),
                    s.actorQuads(), s.elapsed().toSeconds());
        } finally {
            spark.stop();
        }
    }

    static Options parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        InputFormat format = InputFormat.FILES;
        int partitions = 0;
        boolean gzip = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--output" -> output = value(args, ++i, "--output");
                case "--jsonl" -> format = InputFormat.JSONL;
                case "--gzip" -> gzip = true;
                case "--partitions" -> {
                    String v = value(args, ++i, "--partitions");
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions takes a number, not '" + v + "'");
                    }
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    inputs.add(args[i]);
                }
            }
        }
        if (output == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("give --output DIR and at least one input");
        }
        return new Options(inputs, output, format, partitions, gzip);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " takes a value");
        }
        return args[i];
    }

    /** Runs the job on a session the caller owns (local mode in tests, a cluster's under spark-submit). */
    public static Summary run(SparkSession spark, Options options) {
        long t0 = System.nanoTime();
        String ingestedAt = ConflictGraph.ingestTime();
        JavaRDD<Item> items = null;
        for (int i = 0; i < options.inputs().size(); i++) {
            JavaRDD<Item> one = read(spark, options.format(), options.inputs().get(i), i);
            items = items == null ? one : items.union(one);
        }
        if (options.partitions() > 0) {
            items = items.repartition(options.partitions());
        }
        JavaRDD<Extracted> extracted = items.mapPartitions(it -> extract(it, ingestedAt))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // the same text twice is one document: the first in input order, as ingest keeps it
            JavaRDD<Extracted> unique = extracted.filter(e -> e.problem() == null)
                    .mapToPair(e -> new Tuple2<>(e.documentId(), e))
                    .reduceByKey((a, b) -> a.order().compareTo(b.order()) <= 0 ? a : b)
                    .values().persist(StorageLevel.MEMORY_AND_DISK_SER());
            String documents = options.output() + "/documents";
            String actors = options.output() + "/actors";
            // each stage computed once: the extracted documents, the unique ones and the merged actors are kept
            JavaRDD<String> documentLines = unique.flatMap(e -> e.documentLines().iterator());
            JavaRDD<String> actorLines = unique.flatMap(e -> e.actorLines().iterator()).distinct()
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            try {
                save(documentLines, documents, options.compress());
                save(actorLines, actors, options.compress());
                List<String> skipped = extracted.filter(e -> e.problem() != null).map(Extracted::problem).collect();
                skipped.forEach(p -> LOG.warn("skipped {}", p));
                long[] totals = unique.map(e -> new long[] {1, e.sentences(), e.assertions(),
                        e.documentLines().size(), 0}).fold(new long[5], ExtractionJob::add);
                long read = extracted.filter(e -> e.problem() == null).count();
                long actorQuads = actorLines.count();
                rename(spark, documents, options.compress());
                rename(spark, actors, options.compress());
                return new Summary(totals[0], read - totals[0], skipped, totals[1], totals[2], totals[3], actorQuads,
                        Duration.ofNanos(System.nanoTime() - t0));
            } finally {
                actorLines.unpersist();
                unique.unpersist();
            }
        } finally {
            extracted.unpersist();
        }
    }

    private static long[] add(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static void save(JavaRDD<String> lines, String folder, boolean compress) {
        if (compress) {
            lines.saveAsTextFile(folder, GzipCodec.class);
        } else {
            lines.saveAsTextFile(folder);
        }
    }

    /** Gives Spark's part files the N-Quads extension that Jena's loaders read the syntax from. */
    private static void rename(SparkSession spark, String folder, boolean compress) {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(folder);
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (FileStatus f : fs.listStatus(dir)) {
                String name = f.getPath().getName();
                if (!name.startsWith("part-")) {
                    continue;
                }
                String base = compress && name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
                fs.rename(f.getPath(), new org.apache.hadoop.fs.Path(dir, base + (compress ? ".nq.gz" : ".nq")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot name the part files (" + e.getMessage() + ")", e);
        }
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /**
     * One document to extract: a file's bytes or a JSONL record's text.
     *
     * @param order  where ingest would read it: the input's index, then the path or id
     * @param name   the file's name (its extension says how to read it), or the record's id
     * @param source the provenance: the path relative to the folder given, or the record's id
     * @param origin the file's origin key, null for a record
     */
    record Item(String order, String name, String source, String origin, byte[] bytes, String text, String date,
                String problem) implements Serializable {}

    private static JavaRDD<Item> read(SparkSession spark, InputFormat format, String input, int index) {
        String prefix = String.format(Locale.ROOT, "%06d:", index);
        if (format == InputFormat.JSONL) {
            return spark.read().schema("id STRING, text STRING, date STRING").json(input).javaRDD()
                    .zipWithIndex().map(t -> record(t._1(), t._2(), input, prefix));
        }
        String given = qualified(spark, input);
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
                .select("path", "content").javaRDD()
                .filter(r -> isText(r.getString(0)))
                .map(r -> file(r.getString(0), (byte[]) r.get(1), given, prefix));
    }

    private static Item record(Row r, long line, String input, String prefix) {
        String id = r.isNullAt(0) ? null : r.getString(0);
        String text = r.isNullAt(1) ? null : r.getString(1);
        String date = r.isNullAt(2) ? null : r.getString(2);
        String order = prefix + String.format(Locale.ROOT, "%012d", line);
        if (id == null || id.isBlank() || text == null) {
            return new Item(order, null, null, null, null, null, null,
                    input + " record " + (line + 1) + ": no " + (text == null ? "text" : "id") + " field");
        }
        return new Item(order, id, id, null, null, text, date, null);
    }

    private static boolean isText(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return !name.startsWith(".") && DocumentReader.Format.isTextFile(name);
    }

    /** The input as the file system qualifies it, the folder the files' provenance is relative to. */
    private static String qualified(SparkSession spark, String input) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
        try {
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.makeQualified(p).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": " + e.getMessage(), e);
        }
    }

    private static Item file(String uri, byte[] bytes, String given, String prefix) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        String base = given.endsWith("/") ? given : given + "/";
        String source = uri.startsWith(base) ? uri.substring(base.length()) : name;
        // the key ingest stores for a local file: the SHA-256 of its absolute path; else of the URI itself
        URI u = URI.create(uri);
        String origin = "file".equals(u.getScheme()) ? Store.originKey(Path.of(u)) : Store.originKey(uri);
        return new Item(prefix + uri, name, source, origin, bytes, null, null, null);
    }

    // ---- extracting ----------------------------------------------------------------------------------------------

    /** What one input gave: its document's N-Quads lines, or why it was skipped. */
    record Extracted(String order, String documentId, List<String> documentLines, List<String> actorLines,
                     int sentences, int assertions, String problem) implements Serializable {}

    private static Iterator<Extracted> extract(Iterator<Item> items, String ingestedAt) {
        ConflictGraph graph = Pipelines.get();
        List<Extracted> out = new ArrayList<>();
        while (items.hasNext()) {
            out.add(extract(graph, items.next(), ingestedAt));
        }
        return out.iterator();
    }

    static Extracted extract(ConflictGraph graph, Item item, String ingestedAt) {
        if (item.problem() != null) {
            return new Extracted(item.order(), null, List.of(), List.of(), 0, 0, item.problem());
        }
        try {
            DocumentQuads d = item.bytes() != null
                    ? graph.quads(item.name(), item.source(), item.bytes(), item.origin(), ingestedAt)
                    : graph.quads(item.name(), item.text(), date(item), ingestedAt);
            List<String> document = new ArrayList<>();
            List<String> actors = new ArrayList<>();
            String actorsGraph = Vocab.ACTORS_GRAPH;
            for (Quad q : d.quads()) {
                (q.getGraph().getURI().equals(actorsGraph) ? actors : document).add(NodeFmtLib.strNQ(q));
            }
            return new Extracted(item.order(), d.documentId(), document, actors, d.sentences(), d.assertions(), null);
        } catch (UnreadableDocumentException e) {
            return new Extracted(item.order(), null, List.of(), List.of(), 0, 0, e.getMessage());
        } catch (IllegalArgumentException e) {
            return new Extracted(item.order(), null, List.of(), List.of(), 0, 0, item.source() + ": " + e.getMessage());
        }
    }

    private static LocalDate date(Item item) {
        String d = item.date();
        if (d == null || d.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + d + "' is not an ISO date such as 2016-10-01");
        }
    }
}
