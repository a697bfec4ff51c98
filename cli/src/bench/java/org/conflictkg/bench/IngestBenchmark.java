package org.conflictkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestListener;
import org.conflictkg.IngestReport;
import org.conflictkg.graph.Vocab;

/**
 * Ingest end to end into a TDB2 store, run by {@link Benchmark} in its own JVM (with {@code -Xmx3g}). Pass 1 ingests
 * the corpus; passes 2 .. REAL_PASSES ingest variants of it (each file with one marker line appended, so that its
 * text hash, its id and its named graph differ) into the same store. Then, with REPLICATE, passes of copies of the
 * first pass's graphs under new document ids (no extraction) top the store up to TARGET_QUADS. After each pass it
 * prints a {@code RESULT} line: documents, sentences, assertions, quads, wall time, the peak heap used during the
 * pass (sampled every 10 ms) and the heap still live after a full GC at each quarter of the pass, which shows
 * whether memory grows with the size of the store.
 *
 * <pre>java -Xmx1g -cp ... org.conflictkg.bench.IngestBenchmark STORE CORPUS FILE_LIMIT TARGET_QUADS REAL_PASSES THREADS REPLICATE</pre>
 */
public final class IngestBenchmark {
    private IngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        int limit = Integer.parseInt(args[2]);
        long targetQuads = Long.parseLong(args[3]);
        int realPasses = Integer.parseInt(args[4]);
        int threads = Integer.parseInt(args[5]);
        boolean replicate = Boolean.parseBoolean(args[6]);
        List<Path> files = Benchmark.corpusFiles(corpus, limit);
        Path variants = store.resolveSibling(store.getFileName() + "-variants");

        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long storeQuads = 0;
        try (ConflictGraph graph = ConflictGraph.create().store(store).threads(threads).build()) {
            int pass = 1;
            for (; pass <= realPasses; pass++) {
                List<Path> input = pass == 1 ? files : variant(files, variants.resolve("v" + pass), pass);
                sampler.reset();
                // live heap after a full GC at each quarter of the pass: flat if memory does not grow with the store
                List<Long> checkpoints = new java.util.ArrayList<>();
                IngestReport r = graph.ingest(input, new IngestListener() {
                    int next = 1;

                    @Override
                    public void stored(String file, int done, int total) {
                        if (next <= 3 && done >= (long) total * next / 4) {
                            next++;
                            checkpoints.add(liveAfterGc() >> 20);
                        }
                    }
                });
                long peak = sampler.peak();
                storeQuads += r.quads();
                checkpoints.add(liveAfterGc() >> 20);
                double s = r.elapsed().toNanos() / 1e9;
                System.out.printf(Locale.ROOT,
                        "RESULT pass=%d kind=ingest files=%d added=%d unchanged=%d skipped=%d sentences=%d assertions=%d quads=%d "
                                + "seconds=%.3f storeQuads=%d peakHeapMB=%d liveHeapMB=%s committedMB=%d maxHeapMB=%d%n",
                        pass, input.size(), r.added(), r.unchanged(), r.skipped().size(), r.sentences(),
                        r.assertions(), r.quads(), s, storeQuads, peak >> 20,
                        checkpoints.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("/")),
                        Runtime.getRuntime().totalMemory() >> 20, Runtime.getRuntime().maxMemory() >> 20);
                System.out.flush();
                if (pass > 1) {
                    deleteTree(variants.resolve("v" + pass));
                }
                if (storeQuads >= targetQuads || r.added() == 0) {
                    return;
                }
            }
            // top up to the wanted size without running extraction again: copies of the first pass's graphs under
            // the ids that ingesting a variant file would give them
            List<String> ids = firstPassGraphs(graph.dataset(), files);
            for (; storeQuads < targetQuads && !ids.isEmpty() && replicate; pass++) {
                sampler.reset();
                long t0 = System.nanoTime();
                long added = copy(graph.dataset(), ids, pass);
                storeQuads += added;
                System.out.printf(Locale.ROOT,
                        "RESULT pass=%d kind=copy files=%d added=%d unchanged=0 skipped=0 sentences=0 assertions=0 quads=%d "
                                + "seconds=%.3f storeQuads=%d peakHeapMB=%d liveHeapMB=%d committedMB=%d maxHeapMB=%d%n",
                        pass, ids.size(), ids.size(), added, (System.nanoTime() - t0) / 1e9, storeQuads,
                        sampler.peak() >> 20, liveAfterGc() >> 20, Runtime.getRuntime().totalMemory() >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
                System.out.flush();
            }
        } finally {
            sampler.interrupt();
            deleteTree(variants);
        }
    }

    /**
     * The ids of the documents stored from the corpus files themselves (pass 1), found by their
     * {@code ckg:originKey} (the key of the file's absolute path; {@code dcterms:source} is relative to the folder
     * given, and the same for a corpus file and its variant).
     */
    static List<String> firstPassGraphs(Dataset ds, List<Path> files) {
        java.util.Set<String> sources = new java.util.HashSet<>();
        for (Path f : files) {
            sources.add(org.conflictkg.graph.Store.originKey(f));
        }
        return Txn.calculateRead(ds, () -> {
            List<String> ids = new java.util.ArrayList<>();
            var it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, Vocab.originKey.asNode(), Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                String g = q.getGraph().getURI();
                if (q.getObject().isLiteral() && sources.contains(q.getObject().getLiteralLexicalForm())
                        && g.startsWith(Vocab.GRAPH_NS)) {
                    ids.add(g.substring(Vocab.GRAPH_NS.length()));
                }
            }
            return ids;
        });
    }

    /**
     * Copies every listed document graph under a new id, as ingesting the file with "Benchmark copy N." appended
     * would store it (the marker sentence yields no assertion, and only sentences that are evidence are stored):
     * graph, document, sentence and assertion IRIs, content hash, source and origin key change; actors stay shared. One
     * transaction per 64 documents.
     */
    static long copy(Dataset ds, List<String> ids, int pass) {
        long n = 0;
        for (int from = 0; from < ids.size(); from += 64) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + 64));
            n += Txn.calculateWrite(ds, () -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                long added = 0;
                for (String id : batch) {
                    String copyId = sha256(id + " copy " + pass);
                    Node g = NodeFactory.createURI(Vocab.GRAPH_NS + id);
                    List<Quad> quads = new java.util.ArrayList<>();
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                    Node g2 = NodeFactory.createURI(Vocab.GRAPH_NS + copyId);
                    for (Quad q : quads) {
                        Node o = q.getPredicate().equals(Vocab.source.asNode())
                                ? NodeFactory.createLiteralString(q.getObject().getLiteralLexicalForm() + "#copy-" + pass)
                                : q.getPredicate().equals(Vocab.originKey.asNode())
                                ? NodeFactory.createLiteralString(sha256(q.getObject().getLiteralLexicalForm() + " copy " + pass))
                                : rename(q.getObject(), id, copyId);
                        dsg.add(g2, rename(q.getSubject(), id, copyId), q.getPredicate(), o);
                        added++;
                    }
                }
                return added;
            });
        }
        return n;
    }

    private static Node rename(Node n, String id, String copyId) {
        if (n.isURI() && n.getURI().startsWith(Vocab.DOC_NS + id)) {
            return NodeFactory.createURI(Vocab.DOC_NS + copyId + n.getURI().substring((Vocab.DOC_NS + id).length()));
        }
        if (n.isLiteral() && n.getLiteralLexicalForm().equals(id)) {
            return NodeFactory.createLiteralString(copyId);
        }
        return n;
    }

    static String sha256(String s) throws IllegalStateException {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies of the files, each with a marker line appended, in a folder of their own. */
    static List<Path> variant(List<Path> files, Path dir, int pass) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            // the index keeps names unique when the corpus has files of the same name in several folders
            Path copy = dir.resolve(String.format(Locale.ROOT, "%05d-%s", i, f.getFileName()));
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Files.writeString(copy, text + "\n\nBenchmark copy " + pass + ".\n", StandardCharsets.UTF_8);
        }
        return List.of(dir);
    }

    static long liveAfterGc() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
                used += p.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The largest heap use seen, sampled every 10 ms. */
    static final class HeapSampler extends Thread {
        private final AtomicLong peak = new AtomicLong();

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                long used = memory.getHeapMemoryUsage().getUsed();
                peak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void reset() {
            peak.set(0);
        }

        long peak() {
            return peak.get();
        }
    }
}
