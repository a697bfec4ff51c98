package org.conflictkg;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.conflictkg.actors.Gazetteer;
import org.conflictkg.graph.GraphWriter;
import org.conflictkg.graph.OntologyCatalog;
import org.conflictkg.graph.Vocab;
import org.conflictkg.graph.Store;
import org.conflictkg.query.Answers;
import org.conflictkg.query.QueryRunner;
import org.conflictkg.query.ReadyQuery;
import org.conflictkg.relations.ExtractedDocument;
import org.conflictkg.relations.FamilyCounts;
import org.conflictkg.text.Document;
import org.conflictkg.text.DocumentReader;
import org.conflictkg.text.UnreadableDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conflict knowledge graph: the one entry point for the command line, the SPARQL server and applications that
 * embed the library.
 *
 * <pre>{@code
 * try (ConflictGraph graph = ConflictGraph.create().store(Path.of("kg-store")).build()) {
 *     graph.ingest(List.of(Path.of("articles")));
 *     Answers backers = graph.select(sparql, Map.of("target", "Assad"));
 * }
 * }</pre>
 *
 * <p>Thread-safe. Extraction runs on several threads; writes are serialized, one transaction per batch of
 * documents, so an interrupted ingest never loses what was stored before.
 */
public final class ConflictGraph implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConflictGraph.class);
    private static final int BATCH = 16;

    private final Store store;
    private final int threads;
    private final Gazetteer gazetteer = Gazetteer.bundled();
    private final DocumentReader reader = new DocumentReader();
    private final GraphWriter writer = new GraphWriter(gazetteer);
    private volatile Pipeline pipeline;

    private ConflictGraph(Store store, int threads) {
        this.store = store;
        this.threads = threads;
    }

    /** A builder: {@code ConflictGraph.create().store(dir).threads(4).build()}. */
    public static Builder create() {
        return new Builder();
    }

    /** A graph on a TDB2 store in a folder, created if missing. */
    public static ConflictGraph open(Path folder) {
        return create().store(folder).build();
    }

    /** A graph in memory. */
    public static ConflictGraph inMemory() {
        return create().build();
    }

    /** Configures a {@link ConflictGraph}. */
    public static final class Builder {
        private Path folder;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {}

        /** Keep the graph in a TDB2 store in this folder (default: in memory). */
        public Builder store(Path folder) {
            this.folder = folder;
            return this;
        }

        /** Threads for extraction (default: one per core). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        public ConflictGraph build() {
            if (folder != null) {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create store folder " + folder, e);
                }
            }
            return new ConflictGraph(folder == null ? Store.inMemory() : Store.open(folder), threads);
        }
    }

    private Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = Pipeline.bundled();
                }
                p = pipeline;
            }
        }
        return p;
    }

    // ---- extraction without storing -------------------------------------------------------------------------

    /**
     * Reads assertions from a text in memory; nothing is stored. A text the reader refuses (blank, no prose, longer
     * than {@link DocumentReader#MAX_TEXT_CHARS}) gives a document with no sentences; the reason is logged.
     */
    public ExtractedDocument extract(String name, String text) {
        try {
            return pipeline().run(reader.fromText(name, name, text, DocumentReader.Format.of(name)));
        } catch (UnreadableDocumentException e) {
            if (text.length() > DocumentReader.MAX_TEXT_CHARS) {
                LOG.warn("{}", e.getMessage());
            } else {
                LOG.debug("{}", e.getMessage());
            }
            return new ExtractedDocument(new Document(name, name, name, text, List.of()), List.of(), List.of(), List.of());
        }
    }

    /** Reads assertions from a file; nothing is stored. Its provenance is its file name. */
    public ExtractedDocument extract(Path file) throws UnreadableDocumentException {
        return pipeline().run(reader.read(file));
    }

    /**
     * Reads assertions from a file found under {@code given}, the path the user named; nothing is stored. Its
     * provenance is its path relative to {@code given} ({@link DocumentReader#read(Path, Path)}).
     */
    public ExtractedDocument extract(Path file, Path given) throws UnreadableDocumentException {
        return pipeline().run(reader.read(file, given));
    }

    /**
     * A file to read and the path the user gave that led to it: the file itself, or a folder above it. The graph
     * records the file's path relative to {@code given}, never the machine's absolute path.
     */
    public record Input(Path file, Path given) {}

    /**
     * The text files under the given paths (folders are walked, sorted by path). Paths that do not exist and folders
     * with no text files are reported to {@code problems}.
     */
    public static List<Path> files(Collection<Path> paths, java.util.function.Consumer<IngestReport.Problem> problems) {
        return inputs(paths, problems).stream().map(Input::file).toList();
    }

    /** The text files under the given paths, as {@link #files} finds them, each with the path that led to it. */
    public static List<Input> inputs(Collection<Path> paths, java.util.function.Consumer<IngestReport.Problem> problems) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.accept(new IngestReport.Problem(p.toString(), "no such file or folder"));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> found = walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> DocumentReader.Format.isTextFile(f.getFileName().toString()))
                            .sorted().toList();
                    if (found.isEmpty()) {
                        problems.accept(new IngestReport.Problem(p.toString(), "folder has no .txt, .md or .html files"));
                    }
                    found.forEach(f -> out.add(new Input(f, p)));
                } catch (IOException e) {
                    problems.accept(new IngestReport.Problem(p.toString(), "cannot list folder (" + e.getMessage() + ")"));
                }
            } else {
                out.add(new Input(p, p));
            }
        }
        return out;
    }

    // ---- the quads of one document, for engines that store them elsewhere -----------------------------------

    /**
     * What {@link #ingest(Collection)} stores for one file, computed without touching the store: the quads of the
     * document's named graph, its origin key among them, and the descriptions it adds to the actors graph
     * ({@link Vocab#ACTORS_GRAPH}). For engines that extract on many machines and load the quads later (the Spark job
     * of conflict-kg-spark, then {@code kg load}); the same file gives the same quads as ingest, but for
     * {@code ingestedAt}.
     *
     * @param name       the file's name, whose extension says how to read it
     * @param source     its path relative to the folder the user gave ({@link DocumentReader#sourceOf})
     * @param bytes      its content
     * @param origin     the key of the file ({@link Store#originKey}), or null for none
     * @param ingestedAt the time of the run, as {@link #ingestTime()} gives it
     */
    public DocumentQuads quads(String name, String source, byte[] bytes, String origin, String ingestedAt)
            throws UnreadableDocumentException {
        return quadsOf(reader.fromBytes(name, source, source, bytes), origin, ingestedAt);
    }

    /**
     * What {@link #ingest(String, String)} stores for a text held in memory, computed without touching the store.
     *
     * @param date the publication date when the caller knows it (a JSONL record's {@code date}), which then replaces
     *             the one read from the text; null to read it from the text
     */
    public DocumentQuads quads(String name, String text, java.time.LocalDate date, String ingestedAt)
            throws UnreadableDocumentException {
        String fileName = fileNameOf(name);
        Document doc = reader.fromText(fileName, name, text, DocumentReader.Format.of(fileName));
        if (date != null) {
            doc = new Document(doc.id(), doc.name(), doc.source(), doc.text(), doc.blocks(), date, doc.plain(), doc.shown());
        }
        return quadsOf(doc, null, ingestedAt);
    }

    private DocumentQuads quadsOf(Document doc, String origin, String ingestedAt) {
        ExtractedDocument x = pipeline().run(doc);
        List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>(writer.quads(x, ingestedAt));
        if (origin != null && !quads.isEmpty()) {
            quads.add(Store.originQuad(doc.id(), origin));
        }
        return new DocumentQuads(doc.id(), doc.source(), quads, x.sentences().size(), x.assertions().size());
    }

    /**
     * Loads N-Quads that extraction wrote elsewhere (the Spark job's output) into the TDB2 store in {@code store}, with
     * the loader given, or with {@link org.conflictkg.graph.BulkLoad.Loader#forStore} when null: TDB2's xloader builds
     * a new store (fast, not crash-safe), a transactional load extends an existing one (crash-safe). Call it on no
     * open store: the loaders need the folder to themselves.
     *
     * @param nquads N-Quads files ({@code .nq}, {@code .nq.gz}), or folders holding them
     * @throws IllegalArgumentException when no N-Quads file is found, or the xloader is asked to extend a store
     */
    public static org.conflictkg.graph.BulkLoad.Report load(Collection<Path> nquads, Path store,
                                                           org.conflictkg.graph.BulkLoad.Loader loader) {
        List<Path> files = new ArrayList<>();
        for (Path p : nquads) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException(p + ": no such file or folder");
            }
            files.addAll(org.conflictkg.graph.BulkLoad.nquadsFiles(p));
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(nquads + ": no N-Quads files (.nq or .nq.gz) found");
        }
        return org.conflictkg.graph.BulkLoad.load(files, store,
                loader != null ? loader : org.conflictkg.graph.BulkLoad.Loader.forStore(store));
    }

    /** The time of an ingest run as the graph records it ({@code prov:generatedAtTime}): now, in UTC. */
    public static String ingestTime() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    // ---- ingest --------------------------------------------------------------------------------------------

    public IngestReport ingest(Collection<Path> paths) {
        return ingest(paths, IngestListener.NONE);
    }

    /**
     * Reads the files and folders, extracts their assertions on several threads and stores one named graph per
     * document. Unreadable files are skipped and reported; the rest of the run goes on.
     */
    public IngestReport ingest(Collection<Path> paths, IngestListener listener) {
        long t0 = System.nanoTime();
        List<IngestReport.Problem> problems = new ArrayList<>();
        List<Input> files = inputs(paths, p -> {
            problems.add(p);
            listener.skipped(p);
        });
        String now = ingestTime();
        Counts counts = new Counts();
        // the work in characters, known before the first file is read: the files' sizes (see IngestProgress)
        long[] sizes = new long[files.size()];
        long charsTotal = 0;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = sizeOf(files.get(i).file());
            charsTotal += sizes[i];
        }
        Tally tally = new Tally(files.size(), charsTotal, t0);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            // a bounded window of documents in flight: memory does not grow with the corpus
            Deque<Future<Result>> inFlight = new ArrayDeque<>();
            List<Result> batch = new ArrayList<>();
            int next = 0;
            int done = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < threads * 4) {
                    Input f = files.get(next++);
                    inFlight.add(pool.submit(() -> process(f, now)));
                }
                Result r = await(inFlight.poll());
                done++;
                if (r.problem != null) {
                    problems.add(r.problem);
                    listener.skipped(r.problem);
                } else {
                    batch.add(r);
                }
                if (batch.size() >= BATCH || inFlight.isEmpty() && next >= files.size()) {
                    flush(batch, counts);
                    batch.clear();
                }
                if (r.problem == null) {
                    listener.stored(r.file, done, files.size());
                }
                listener.progress(tally.next(r, sizes[done - 1]));
            }
        } finally {
            pool.shutdownNow();
        }
        IngestReport report = new IngestReport(counts.added, counts.replaced, counts.unchanged, problems, counts.sentences,
                counts.assertions, counts.quads, Duration.ofNanos(System.nanoTime() - t0), counts.families);
        LOG.info("ingested {} documents ({} new, {} replaced, {} unchanged, {} skipped): {} sentences, {} assertions, {} quads in {} ms",
                report.documents(), report.added(), report.replaced(), report.unchanged(), problems.size(),
                report.sentences(), report.assertions(), report.quads(), report.elapsed().toMillis());
        return report;
    }

    /** {@link #ingest(String, String, IngestListener)} without a listener. */
    public IngestReport ingest(String name, String text) {
        return ingest(name, text, IngestListener.NONE);
    }

    /**
     * Reads a text held in memory as one document and stores its graph, as {@link #ingest(Collection, IngestListener)}
     * does for a file, without a temporary file. {@code name} is the document's provenance, as a file's path relative to
     * the folder given to ingest is ({@code dcterms:source}, e.g. {@code 2016/raqqa.txt}); its extension says how to
     * read the text ({@code .html} and {@code .htm} as HTML, anything else as plain text or Markdown). The same text
     * again changes nothing; another text under the same name replaces the document stored under that name. A text the
     * reader refuses (blank, binary, longer than {@link DocumentReader#MAX_TEXT_CHARS} characters) is skipped and
     * reported, as an unreadable file is.
     */
    public IngestReport ingest(String name, String text, IngestListener listener) {
        long t0 = System.nanoTime();
        String now = ingestTime();
        List<IngestReport.Problem> problems = new ArrayList<>();
        Counts counts = new Counts();
        Result r = processText(name, text, now);
        if (r.problem != null) {
            problems.add(r.problem);
            listener.skipped(r.problem);
        } else {
            flush(List.of(r), counts);
            listener.stored(name, 1, 1);
        }
        listener.progress(new Tally(1, text.length(), t0).next(r, text.length()));
        IngestReport report = new IngestReport(counts.added, counts.replaced, counts.unchanged, problems, counts.sentences,
                counts.assertions, counts.quads, Duration.ofNanos(System.nanoTime() - t0), counts.families);
        LOG.info("ingested text {} ({} new, {} replaced, {} unchanged, {} skipped): {} sentences, {} assertions, {} quads in {} ms",
                name, report.added(), report.replaced(), report.unchanged(), problems.size(),
                report.sentences(), report.assertions(), report.quads(), report.elapsed().toMillis());
        return report;
    }

    /** A text in memory after extraction; stored by its source, as it has no file to key it by. */
    /** The last part of a provenance such as {@code 2016/raqqa.txt}, whose extension says how to read the text. */
    private static String fileNameOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash >= 0 && slash < name.length() - 1 ? name.substring(slash + 1) : name;
    }

    private Result processText(String name, String text, String now) {
        String fileName = fileNameOf(name);
        try {
            Document doc = reader.fromText(fileName, name, text, DocumentReader.Format.of(fileName));
            if (store.contains(doc.id())) {
                return new Result(name, new Store.DocumentGraph(doc.id(), doc.source(), null, List.of()), 0, 0,
                        FamilyCounts.NONE, null, true);
            }
            ExtractedDocument x = pipeline().run(doc);
            return new Result(name, new Store.DocumentGraph(doc.id(), doc.source(), null, writer.quads(x, now)),
                    x.sentences().size(), x.assertions().size(), FamilyCounts.of(x.assertions()), null);
        } catch (UnreadableDocumentException e) {
            return new Result(name, null, 0, 0, FamilyCounts.NONE, new IngestReport.Problem(e.file(), reasonOf(e)));
        } catch (RuntimeException e) {
            LOG.debug("extraction failed on {}", name, e);
            return new Result(name, null, 0, 0, FamilyCounts.NONE,
                    new IngestReport.Problem(name, "extraction failed (" + e + ")"));
        }
    }

    private static final class Counts {
        int added;
        int replaced;
        int unchanged;
        long sentences;
        long assertions;
        long quads;
        FamilyCounts families = FamilyCounts.NONE;
    }

    /** One file after extraction: its quads, or why it was skipped. */
    private record Result(String file, Store.DocumentGraph graph, int sentences, int assertions,
                          FamilyCounts families, IngestReport.Problem problem, boolean unchanged) {
        /** A file read and extracted, or skipped. */
        Result(String file, Store.DocumentGraph graph, int sentences, int assertions, FamilyCounts families,
               IngestReport.Problem problem) {
            this(file, graph, sentences, assertions, families, problem, false);
        }
    }

    /** The running counts of an ingest, as its listener hears them; used from the ingest's own thread only. */
    private static final class Tally {
        private final int total;
        private final long charsTotal;
        private final long t0;
        private int done;
        private long charsDone;
        private long sentences;
        private long assertions;
        private int skipped;

        Tally(int total, long charsTotal, long t0) {
            this.total = total;
            this.charsTotal = charsTotal;
            this.t0 = t0;
        }

        IngestProgress next(Result r, long chars) {
            done++;
            charsDone += chars;
            IngestProgress.Outcome outcome = r.problem != null ? IngestProgress.Outcome.SKIPPED
                    : r.unchanged ? IngestProgress.Outcome.UNCHANGED : IngestProgress.Outcome.EXTRACTED;
            if (outcome == IngestProgress.Outcome.SKIPPED) {
                skipped++;
            }
            sentences += r.sentences;
            assertions += r.assertions;
            return new IngestProgress(r.file, outcome, done, total, chars, charsDone, charsTotal, r.sentences, sentences,
                    r.assertions, assertions, skipped, Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    /** A file's size in bytes, which stands for its characters in progress reports; 0 when it cannot be read. */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    private Result process(Input input, String now) {
        Path file = input.file();
        try {
            Document doc = reader.read(file, input.given());
            if (store.contains(doc.id())) {
                return new Result(file.toString(), new Store.DocumentGraph(doc.id(), doc.source(), Store.originKey(file), List.of()), 0, 0,
                        FamilyCounts.NONE, null, true);
            }
            ExtractedDocument x = pipeline().run(doc);
            return new Result(file.toString(), new Store.DocumentGraph(doc.id(), doc.source(), Store.originKey(file), writer.quads(x, now)),
                    x.sentences().size(), x.assertions().size(), FamilyCounts.of(x.assertions()), null);
        } catch (UnreadableDocumentException e) {
            return new Result(file.toString(), null, 0, 0, FamilyCounts.NONE, new IngestReport.Problem(e.file(), reasonOf(e)));
        } catch (RuntimeException e) {
            LOG.debug("extraction failed on {}", file, e);
            return new Result(file.toString(), null, 0, 0, FamilyCounts.NONE,
                    new IngestReport.Problem(file.toString(), "extraction failed (" + e + ")"));
        }
    }

    private static String reasonOf(UnreadableDocumentException e) {
        String m = e.getMessage();
        return m.startsWith(e.file() + ": ") ? m.substring(e.file().length() + 2) : m;
    }

    private void flush(List<Result> batch, Counts counts) {
        if (batch.isEmpty()) {
            return;
        }
        List<Store.DocumentGraph> graphs = batch.stream().map(Result::graph).toList();
        List<Store.Change> changes = store.write(graphs);
        for (int i = 0; i < changes.size(); i++) {
            Result r = batch.get(i);
            switch (changes.get(i)) {
                case UNCHANGED -> counts.unchanged++;
                case ADDED, REPLACED -> {
                    if (changes.get(i) == Store.Change.ADDED) {
                        counts.added++;
                    } else {
                        counts.replaced++;
                    }
                    counts.sentences += r.sentences;
                    counts.assertions += r.assertions;
                    counts.families = counts.families.plus(r.families);
                    counts.quads += r.graph.quads().size();
                }
            }
        }
    }

    private static Result await(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed", e.getCause());
        }
    }

    // ---- query and export ----------------------------------------------------------------------------------

    /**
     * Runs a SPARQL SELECT query over the union of the documents' graphs. Each parameter binds the variable of
     * the same name, read as the kind the query's header declares for it ({@code # @param family cameo-family}; see
     * {@link org.conflictkg.query.QueryParameters}): an actor's name or alias binds the actor ({@code target=Daesh}
     * → Islamic State), and so do words the extractor would read as one actor in an article
     * ({@code target=Iraqi government} → Iraq); a CAMEO family ({@code 19} or {@code fight}) binds its property, an
     * ISO date an xsd:date, a number an xsd:decimal, a modality its individual, {@code <iri>} the IRI. A query that
     * declares no parameters takes any of its variables, read by the shape of the value.
     *
     * @throws IllegalArgumentException for a syntax error, a query that is not a SELECT, or a badly declared
     *                                  parameter; a {@link org.conflictkg.query.QueryParameterException} for a name
     *                                  the query does not take or a value not of its kind (an
     *                                  {@link org.conflictkg.query.UnknownActorException}, with close names, for an
     *                                  unknown actor)
     */
    public Answers select(String sparql, Map<String, String> parameters) {
        return new QueryRunner(store.dataset(), gazetteer).select(sparql, parameters);
    }

    /**
     * How {@link #select(String, Map)} would bind each parameter: the term and what the value was read as, and why
     * (the kind the query declares, or the value's shape). Runs no query.
     *
     * @throws org.conflictkg.query.QueryParameterException as {@link #select(String, Map)}
     */
    public List<org.conflictkg.query.ParameterBinding> explainParameters(String sparql, Map<String, String> parameters) {
        return new QueryRunner(store.dataset(), gazetteer).explain(sparql, parameters);
    }

    /**
     * Runs one of the bundled ready queries ({@code ReadyQuery.BACKERS}, the text of {@code queries/backers.rq}) with
     * parameters, as {@link #select(String, Map)} does; {@link ReadyQuery#parameters()} names those it takes.
     */
    public Answers select(ReadyQuery query, Map<String, String> parameters) {
        return select(query.sparql(), parameters);
    }

    /**
     * {@link #select(String, Map)} under the limits of a server: cancelled after {@code timeout} (a
     * {@link org.apache.jena.query.QueryCancelledException}), at most {@code maxRows} rows (a larger or missing
     * {@code LIMIT} is lowered).
     */
    public Answers select(String sparql, Map<String, String> parameters, Duration timeout, long maxRows) {
        return new QueryRunner(store.dataset(), gazetteer).select(sparql, parameters, timeout, maxRows);
    }

    /**
     * Runs a SELECT query with parameters on a running {@code kg serve} instead of a local store: the server binds
     * the parameters against its store as {@link #select(String, Map)} does here, and its answers are copied to
     * {@code out} in the format asked (see {@link org.conflictkg.query.RemoteQuery}).
     *
     * @param endpoint the server's dataset URL, {@code http://HOST:PORT/conflict}, or one of its SPARQL endpoints
     */
    public static void selectAt(String endpoint, String sparql, Map<String, String> parameters,
                                org.conflictkg.query.ResultFormat format, OutputStream out) throws IOException {
        org.conflictkg.query.RemoteQuery.select(endpoint, sparql, parameters, format, out);
    }

    /** Export formats. */
    public enum ExportFormat {
        TRIG(RDFFormat.TRIG_PRETTY), NQ(RDFFormat.NQUADS), TTL(RDFFormat.TURTLE_PRETTY), RDFXML(RDFFormat.RDFXML_PLAIN),
        JSONLD(RDFFormat.JSONLD11);

        final RDFFormat format;

        ExportFormat(RDFFormat format) {
            this.format = format;
        }

        public static ExportFormat parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT).replace("-", "").replace("/", ""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + s + "' (use trig, nq, ttl, rdfxml or jsonld)");
            }
        }

        /** True for formats that keep the named graphs; Turtle and RDF/XML write the union of the graphs. */
        public boolean keepsGraphs() {
            return this == TRIG || this == NQ || this == JSONLD;
        }

        /**
         * True for the formats written as one OWL ontology document (Turtle, RDF/XML): the union of the graphs with
         * an {@code owl:Ontology} header that imports the ontology's version IRI, for Protégé and the OWL API.
         */
        public boolean isOntologyDocument() {
            return !keepsGraphs();
        }
    }

    /**
     * Writes the whole store: with named graphs for TriG, N-Quads and JSON-LD; as one graph for Turtle and RDF/XML,
     * the union of the documents' graphs under an {@code owl:Ontology} header ({@value Vocab#EXPORT}) that
     * {@code owl:imports} the ontology's version IRI ({@value Vocab#ONTOLOGY_VERSION}), so that the file opens in
     * Protégé as an ontology of its own with the conflict ontology as its import (see {@link OntologyCatalog}).
     */
    public void export(OutputStream out, ExportFormat format) {
        Dataset ds = store.dataset();
        Txn.executeRead(ds, () -> {
            if (format.keepsGraphs()) {
                RDFDataMgr.write(out, ds, format.format); // the store keeps the prefixes (see Store)
            } else {
                org.apache.jena.rdf.model.Model header = exportHeader();
                org.apache.jena.rdf.model.Model union = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                union.add(ds.getUnionModel());
                union.setNsPrefixes(org.conflictkg.graph.Store.PREFIXES);
                if (format == ExportFormat.TTL) { // the header first, where a reader looks for it: two Turtle documents
                    RDFDataMgr.write(out, header, format.format); // in a row are one (prefixes may be repeated)
                } else {
                    union.add(header);
                }
                RDFDataMgr.write(out, union, format.format);
            }
        });
    }

    /** The export's owl:Ontology header: it imports the ontology's version IRI. */
    private static org.apache.jena.rdf.model.Model exportHeader() {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.setNsPrefix("owl", org.apache.jena.vocabulary.OWL2.NS).setNsPrefix("rdfs", org.apache.jena.vocabulary.RDFS.uri);
        m.createResource(Vocab.EXPORT)
                .addProperty(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL2.Ontology)
                .addProperty(org.apache.jena.vocabulary.OWL2.imports, m.createResource(Vocab.ONTOLOGY_VERSION))
                .addProperty(org.apache.jena.vocabulary.RDFS.label, "conflict-kg data export", "en")
                .addProperty(org.apache.jena.vocabulary.RDFS.comment, "The union of the graphs of a conflict-kg store "
                        + "(documents, sentences, assertions, actors). It imports the conflict ontology's version IRI; "
                        + "the catalog-v001.xml that kg export writes beside the file (or the one in ontology/) "
                        + "resolves it to conflict.ttl offline.", "en");
        return m;
    }

    /**
     * Writes the whole store to a file, as {@link #export(OutputStream, ExportFormat)} does; for Turtle and RDF/XML
     * also writes the ontology and its catalog beside the file when they are not there yet
     * ({@link OntologyCatalog#writeBeside(Path)}), so that Protégé opens the export offline. Returns the files
     * written besides the export.
     */
    public List<Path> export(Path file, ExportFormat format) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent); // "--out dump/all.nq" into a folder not made yet
        }
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            export(os, format);
        }
        return format.isOntologyDocument() ? OntologyCatalog.writeBeside(file) : List.of();
    }

    /**
     * Checks the whole store (the union of the documents' graphs) against the SHACL shapes of
     * {@code ontology/shapes.ttl}: a conforms flag and a readable report; nothing is printed.
     */
    public org.conflictkg.graph.ShapesValidator.ValidationResult validate() {
        return org.conflictkg.graph.ShapesValidator.fromClasspath().validate(store.dataset());
    }

    /** The dataset, read through transactions, for serving over SPARQL. */
    public Dataset dataset() {
        return store.dataset();
    }

    /** Where the store lives ("memory" for an in-memory graph). */
    public String location() {
        return store.location();
    }

    @Override
    public void close() {
        store.close();
    }

}
