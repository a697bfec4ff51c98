package org.conflictkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.spark.sql.SparkSession;
import org.conflictkg.ConflictGraph;
import org.conflictkg.graph.BulkLoad;
import org.conflictkg.graph.Vocab;
import org.conflictkg.query.ReadyQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode against {@code kg ingest} in the same JVM: the same quads for the same files (sorted,
 * with the time of the run masked), and a store loaded from the job's output that answers the ready queries as the
 * ingested one does.
 */
class ExtractionJobTest {
    private static final Path EXAMPLES = Path.of("examples");
    private static final Path NEWS = Path.of("../shared/data/news/articles");
    private static final Node GENERATED = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("conflict-kg test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "localhost")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void writesWhatIngestStoresForTheExamples(@TempDir Path tmp) throws IOException {
        ExtractionJob.Summary s = run(List.of(EXAMPLES), tmp.resolve("out"), ExtractionJob.InputFormat.FILES, false);
        assertEquals(5, s.documents());
        assertTrue(s.skipped().isEmpty(), s.skipped().toString());
        assertTrue(s.assertions() > 10 && s.actorQuads() > 0, s.toString());
        assertSameQuads(ingested(List.of(EXAMPLES)), canonical(BulkLoad.nquadsFiles(tmp.resolve("out"))));
    }

    @Test
    void writesWhatIngestStoresForAHundredNewsFiles(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.isDirectory(NEWS), "../shared/data/news/articles is absent");
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("b"));
        List<Path> all;
        try (Stream<Path> files = Files.list(NEWS)) {
            all = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        // every n-th file of the sorted corpus, so that each of its sources is in; half of them one folder down
        int step = Math.max(1, all.size() / 100);
        for (int i = 0, n = 0; i < all.size() && n < 100; i += step, n++) {
            Path to = (n % 2 == 0 ? corpus : corpus.resolve("b")).resolve(all.get(i).getFileName());
            Files.copy(all.get(i), to);
        }
        ExtractionJob.Summary s = run(List.of(corpus), tmp.resolve("out"), ExtractionJob.InputFormat.FILES, true);
        assertEquals(100, s.documents() + s.duplicates() + s.skipped().size(), s.toString());
        assertSameQuads(ingested(List.of(corpus)), canonical(BulkLoad.nquadsFiles(tmp.resolve("out"))));
    }

    @Test
    void readsJsonlRecordsAndSkipsBadOnes(@TempDir Path tmp) throws IOException {
        String first = Files.readString(EXAMPLES.resolve("01-joint-strikes.txt"));
        String fifth = Files.readString(EXAMPLES.resolve("05-yemen.txt"));
        Path jsonl = tmp.resolve("corpus.jsonl");
        ObjectMapper json = new ObjectMapper();
        Files.writeString(jsonl, String.join("\n",
                json.writeValueAsString(Map.of("id", "wire/strikes", "text", first, "date", "2016-10-01")),
                json.writeValueAsString(Map.of("id", "wire/empty")),
                json.writeValueAsString(Map.of("id", "wire/yemen", "text", fifth)),
                json.writeValueAsString(Map.of("id", "wire/strikes-again", "text", first))) + "\n", StandardCharsets.UTF_8);
        ExtractionJob.Summary s = run(List.of(jsonl), tmp.resolve("out"), ExtractionJob.InputFormat.JSONL, false);
        assertEquals(2, s.documents(), s.toString());
        assertEquals(1, s.duplicates(), s.toString());
        assertEquals(1, s.skipped().size(), s.skipped().toString());
        assertTrue(s.skipped().get(0).contains("record 2: no text field"), s.skipped().toString());
        String quads = String.join("\n", canonical(BulkLoad.nquadsFiles(tmp.resolve("out"))));
        assertTrue(quads.contains("\"wire/strikes\""), "the record's id is its source");
        assertFalse(quads.contains("wire/strikes-again"), "the same text again is the first record's document");
        assertTrue(quads.contains("\"2016-10-01T00:00:00\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"),
                "the record's date is the publication date");
    }

    @Test
    void aStoreLoadedFromTheJobAnswersAsTheIngestedOne(@TempDir Path tmp) {
        run(List.of(EXAMPLES), tmp.resolve("out"), ExtractionJob.InputFormat.FILES, true);
        List<Path> nquads = BulkLoad.nquadsFiles(tmp.resolve("out"));
        Path built = tmp.resolve("built");
        assertEquals(BulkLoad.Loader.XLOADER, BulkLoad.Loader.forStore(built));
        BulkLoad.Report r = BulkLoad.load(nquads, built, BulkLoad.Loader.XLOADER);
        assertEquals(5, r.documents());
        assertThrows(IllegalArgumentException.class, () -> BulkLoad.load(nquads, built, BulkLoad.Loader.XLOADER),
                "the xloader builds new stores only");
        try (ConflictGraph ingested = ConflictGraph.inMemory(); ConflictGraph loaded = ConflictGraph.open(built)) {
            ingested.ingest(List.of(EXAMPLES));
            for (Map.Entry<ReadyQuery, Map<String, String>> q : readyQuestions().entrySet()) {
                List<String> want = rows(ingested, q.getKey(), q.getValue());
                assertEquals(want, rows(loaded, q.getKey(), q.getValue()), q.getKey().queryName());
            }
            assertFalse(rows(ingested, ReadyQuery.BACKERS, Map.of("target", "Assad")).isEmpty(), "a question that has answers");
        }
        // the transactional loader extends a store: what it has already stays once, the actors graph is a set
        Path extended = tmp.resolve("extended");
        try (ConflictGraph partial = ConflictGraph.open(extended)) {
            partial.ingest(List.of(EXAMPLES.resolve("01-joint-strikes.txt")));
        }
        assertEquals(BulkLoad.Loader.TRANSACTIONAL, BulkLoad.Loader.forStore(extended));
        BulkLoad.Report t = BulkLoad.load(nquads, extended, BulkLoad.Loader.TRANSACTIONAL);
        assertEquals(4, t.documents(), t.toString());
        assertEquals(1, t.unchanged(), t.toString());
        try (ConflictGraph loaded = ConflictGraph.open(extended)) {
            long generated = Txn.calculateRead(loaded.dataset(), () -> loaded.dataset().asDatasetGraph()
                    .stream(Node.ANY, Node.ANY, GENERATED, Node.ANY).count());
            assertEquals(5, generated, "one ingest time per document");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static ExtractionJob.Summary run(List<Path> inputs, Path out, ExtractionJob.InputFormat format, boolean gzip) {
        return ExtractionJob.run(spark, new ExtractionJob.Options(
                inputs.stream().map(p -> p.toAbsolutePath().toString()).toList(), out.toString(), format, 0, gzip));
    }

    /** Equal lists of quads, or a message with what each lacks. */
    private static void assertSameQuads(List<String> ingested, List<String> written) {
        java.util.Set<String> writtenSet = new java.util.HashSet<>(written);
        java.util.Set<String> ingestedSet = new java.util.HashSet<>(ingested);
        List<String> missing = ingested.stream().filter(q -> !writtenSet.contains(q)).limit(5).toList();
        List<String> extra = written.stream().filter(q -> !ingestedSet.contains(q)).limit(5).toList();
        assertTrue(missing.isEmpty() && extra.isEmpty() && ingested.size() == written.size(),
                ingested.size() + " quads ingested, " + written.size() + " written; not written: " + missing
                        + "; not ingested: " + extra);
    }

    /** What kg ingest stores for the inputs, as canonical lines. */
    private static List<String> ingested(List<Path> inputs) {
        try (ConflictGraph graph = ConflictGraph.inMemory()) {
            graph.ingest(inputs);
            List<Quad> quads = Txn.calculateRead(graph.dataset(), () -> {
                List<Quad> out = new ArrayList<>();
                graph.dataset().asDatasetGraph().find().forEachRemaining(out::add);
                return out;
            });
            return canonical(quads);
        }
    }

    private static List<String> canonical(List<Path> files) {
        List<Quad> quads = new ArrayList<>();
        for (Path f : files) {
            BulkLoad.parse(f, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    quads.add(q);
                }
            });
        }
        return canonical(quads);
    }

    /**
     * N-Quads lines, sorted, without duplicates, with the time of the run masked and each literal in the canonical
     * form of its value (TDB2 stores the double 0.8 as "0.8e0").
     */
    private static List<String> canonical(java.util.Collection<Quad> quads) {
        Node masked = NodeFactory.createLiteralString("(ingest time)");
        CanonicalizeLiteral values = CanonicalizeLiteral.get();
        return quads.stream()
                .map(q -> Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(),
                        q.getPredicate().equals(GENERATED) ? masked : values.apply(q.getObject())))
                .map(NodeFmtLib::strNQ).distinct().sorted().toList();
    }

    private static Map<ReadyQuery, Map<String, String>> readyQuestions() {
        Map<ReadyQuery, Map<String, String>> out = new java.util.EnumMap<>(ReadyQuery.class);
        out.put(ReadyQuery.ALLIES, Map.of("actor", "Russia"));
        out.put(ReadyQuery.ATTACKERS, Map.of("target", "Islamic State"));
        out.put(ReadyQuery.BACKERS, Map.of("target", "Assad"));
        out.put(ReadyQuery.CRITICS, Map.of("target", "Russia"));
        out.put(ReadyQuery.EVENTS, Map.of());
        out.put(ReadyQuery.LEADERS, Map.of("state", "Russia"));
        out.put(ReadyQuery.RELATIONS, Map.of("actor", "Turkey"));
        out.put(ReadyQuery.STRIKE_LOCATIONS, Map.of("actor", "Russia"));
        out.put(ReadyQuery.TALKS, Map.of("actor", "Turkey"));
        return out;
    }

    private static List<String> rows(ConflictGraph graph, ReadyQuery q, Map<String, String> parameters) {
        return graph.select(q, parameters).list().stream().map(r -> r.asMap().toString()).sorted().toList();
    }
}
