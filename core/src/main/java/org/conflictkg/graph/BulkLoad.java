package org.conflictkg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.FileOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.xloader.ProcBuildIndexX;
import org.apache.jena.tdb2.xloader.ProcBuildNodeTableX;
import org.apache.jena.tdb2.xloader.ProcIngestDataX;
import org.apache.jena.tdb2.xloader.XLoaderFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads N-Quads that extraction wrote elsewhere (the Spark job of conflict-kg-spark) into a TDB2 store, with one of
 * Jena's loaders:
 * <ul>
 *   <li>{@link Loader#XLOADER}: TDB2's external-sort bulk loader (the Java steps of {@code tdb2.xloader}: node table,
 *       data, nine indexes). The fastest for a large load, but it only builds a <em>new</em> store, and it is
 *       <em>not crash-safe</em>: it writes the store's files directly, outside any transaction, so a crash or a kill
 *       leaves a folder to delete and build again. It needs {@code sort(1)} (Linux, macOS), as Jena's xloader does.</li>
 *   <li>{@link Loader#TRANSACTIONAL}: one TDB2 write transaction, as {@code kg ingest} writes: <em>crash-safe</em>
 *       (a crash leaves the store as it was before the load) and able to extend a store that already holds documents.
 *       A document already stored is left as it is; a newer version of a stored file (the same origin key, or the
 *       same source when there is none) replaces the older one, as ingest does. The actors graph is a set: the
 *       descriptions of an actor the store has already are not added twice.</li>
 * </ul>
 * Not thread-safe: one load at a time per store.
 */
public final class BulkLoad {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    /** The indexes of a TDB2 dataset, as {@code tdb2.xloader} builds them. */
    private static final List<String> INDEXES = List.of("SPO", "POS", "OSP", "GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");

    /** Which of Jena's loaders to use. */
    public enum Loader {
        /** TDB2's xloader: a new store only, fast, not crash-safe. */
        XLOADER,
        /** One write transaction: crash-safe, and extends a store. */
        TRANSACTIONAL;

        /** The xloader for a new (missing or empty) store folder, else the transactional loader. */
        public static Loader forStore(Path store) {
            return isEmpty(store) ? XLOADER : TRANSACTIONAL;
        }
    }

    /**
     * What a load did.
     *
     * @param quadsRead   the quads read from the files
     * @param documents   the documents' graphs added (with the xloader: all of them)
     * @param unchanged   the documents' graphs already stored, left as they were
     * @param replaced    the older versions removed
     */
    public record Report(Loader loader, int files, long quadsRead, int documents, int unchanged, int replaced,
                         Duration elapsed) {}

    private BulkLoad() {
    }

    /** The N-Quads files under a folder (or the file itself): names ending in {@code .nq} or {@code .nq.gz}. */
    public static List<Path> nquadsFiles(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return !n.startsWith(".") && (n.endsWith(".nq") || n.endsWith(".nq.gz"));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Loads the files into the store folder with the given loader.
     *
     * @throws IllegalArgumentException when the xloader is asked to load into a store that has data
     */
    public static Report load(Collection<Path> files, Path store, Loader loader) {
        long t0 = System.nanoTime();
        Report r = loader == Loader.XLOADER ? xload(files, store) : transactional(files, store);
        Report done = new Report(r.loader(), r.files(), r.quadsRead(), r.documents(), r.unchanged(), r.replaced(),
                Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("loaded {} files ({} quads, {} documents, {} unchanged, {} replaced) into {} with the {} loader in {} ms",
                done.files(), done.quadsRead(), done.documents(), done.unchanged(), done.replaced(), store,
                loader.name().toLowerCase(java.util.Locale.ROOT), done.elapsed().toMillis());
        return done;
    }

    private static boolean isEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    // ---- the xloader -----------------------------------------------------------------------------------------

    private static Report xload(Collection<Path> files, Path store) {
        if (!isEmpty(store)) {
            throw new IllegalArgumentException(store + ": the xloader only builds a new store, and this folder is not "
                    + "empty (load into a new folder, or use the transactional loader)");
        }
        // the xloader parses the files itself: count their lines (one quad each in N-Quads) rather than parse twice
        long quads = 0;
        for (Path f : files) {
            quads += lines(f);
        }
        Path tmp;
        try {
            Files.createDirectories(store);
            tmp = Files.createTempDirectory(store.toAbsolutePath().getParent(), store.getFileName() + ".xloader-");
        } catch (IOException e) {
            throw new UncheckedIOException(store + ": cannot create the store folder (" + e.getMessage() + ")", e);
        }
        try {
            String location = store.toAbsolutePath().toString();
            XLoaderFiles work = new XLoaderFiles(tmp.toString());
            List<String> data = files.stream().map(p -> p.toAbsolutePath().toString()).toList();
            ProcBuildNodeTableX.exec(location, work, 2, null, data);
            ProcIngestDataX.exec(location, work, data, false);
            for (String index : INDEXES) {
                ProcBuildIndexX.exec(location, index, 2, null, work);
            }
        } finally {
            FileOps.clearAll(tmp.toString());
            FileOps.delete(tmp.toString());
        }
        int documents;
        try (Store built = Store.open(store)) {
            // documents extracted apart may write one unknown name two ways: one label each, as ingest keeps it
            Txn.executeWrite(built.dataset(), () -> Store.oneLabelEach(built.dataset().asDatasetGraph()));
            Node actors = NodeFactory.createURI(Vocab.ACTORS_GRAPH);
            documents = Txn.calculateRead(built.dataset(), () -> {
                int n = 0;
                for (java.util.Iterator<Node> it = built.dataset().asDatasetGraph().listGraphNodes(); it.hasNext(); ) {
                    n += it.next().equals(actors) ? 0 : 1;
                }
                return n;
            });
        }
        return new Report(Loader.XLOADER, files.size(), quads, documents, 0, 0, Duration.ZERO);
    }

    /** The non-blank lines of an N-Quads file, gzipped or not: its quads. */
    private static long lines(Path file) {
        try (java.io.InputStream raw = Files.newInputStream(file);
             java.io.InputStream in = file.getFileName().toString().endsWith(".gz")
                     ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw;
             java.io.BufferedReader r = new java.io.BufferedReader(
                     new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    // ---- the transactional loader -----------------------------------------------------------------------------

    private static Report transactional(Collection<Path> files, Path store) {
        // first pass: what each document graph says of its file, to find the versions it replaces
        Map<Node, Node> origins = new HashMap<>();
        Map<Node, Node> sources = new HashMap<>();
        for (Path f : files) {
            parse(f, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (q.getPredicate().equals(Vocab.originKey.asNode())) {
                        origins.put(q.getGraph(), q.getObject());
                    } else if (q.getPredicate().equals(Vocab.source.asNode())) {
                        sources.put(q.getGraph(), q.getObject());
                    }
                }
            });
        }
        try (Store s = Store.open(store)) {
            return Txn.calculateWrite(s.dataset(), () -> {
                DatasetGraph dsg = s.dataset().asDatasetGraph();
                Node actors = NodeFactory.createURI(Vocab.ACTORS_GRAPH);
                Set<Node> adding = new HashSet<>();
                Set<Node> skipping = new HashSet<>();
                int replaced = 0;
                for (Node g : union(origins.keySet(), sources.keySet())) {
                    if (g.equals(actors)) {
                        continue;
                    }
                    if (dsg.containsGraph(g)) {
                        skipping.add(g);
                        continue;
                    }
                    Node origin = origins.get(g);
                    List<Node> older = origin != null ? graphsWith(dsg, Vocab.originKey.asNode(), origin)
                            : sources.containsKey(g) ? graphsWith(dsg, Vocab.source.asNode(), sources.get(g)) : List.of();
                    for (Node old : older) {
                        dsg.removeGraph(old);
                        replaced++;
                    }
                    adding.add(g);
                }
                long[] read = {0};
                StreamRDF sink = new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        read[0]++;
                        if (!skipping.contains(q.getGraph())) {
                            dsg.add(q);
                        }
                    }
                };
                for (Path f : files) {
                    parse(f, sink);
                }
                Store.oneLabelEach(dsg); // documents extracted apart may write one unknown name two ways
                return new Report(Loader.TRANSACTIONAL, files.size(), read[0], adding.size(), skipping.size(), replaced,
                        Duration.ZERO);
            });
        }
    }

    /** Reads one N-Quads file ({@code .nq}, or gzipped {@code .nq.gz}) into a sink. */
    public static void parse(Path file, StreamRDF sink) {
        try (java.io.InputStream raw = Files.newInputStream(file);
             java.io.InputStream in = file.getFileName().toString().endsWith(".gz")
                     ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static Set<Node> union(Set<Node> a, Set<Node> b) {
        Set<Node> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Node> graphsWith(DatasetGraph dsg, Node p, Node value) {
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, p, value).forEachRemaining(q -> {
            if (!Quad.isDefaultGraph(q.getGraph()) && !out.contains(q.getGraph())) {
                out.add(q.getGraph());
            }
        });
        return out;
    }
}
