package org.conflictkg.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The RDF store: a Jena TDB2 dataset on disk (or in memory) with one named graph per document. The default graph
 * that queries see is the union of the named graphs. Every write is one transaction: a failure leaves the store as
 * it was.
 *
 * <p>Thread-safe: each read and write runs in its own TDB2 transaction, and TDB2 serializes the writers.
 */
public final class Store implements AutoCloseable {
    private final Dataset dataset;
    private final String location;

    /** The prefixes the store keeps, so that exports and Protégé show short names. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ckg", Vocab.NS)
            .setNsPrefix("actor", Vocab.ACTOR_NS)
            .setNsPrefix("doc", Vocab.DOC_NS)
            .setNsPrefix("graph", Vocab.GRAPH_NS)
            .setNsPrefix("wd", Vocab.WIKIDATA_NS)
            .setNsPrefix("skos", Vocab.SKOS)
            .setNsPrefix("prov", Vocab.PROV)
            .setNsPrefix("dcterms", Vocab.DCTERMS)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("xsd", XSD.NS)
            .lock();

    private Store(Dataset dataset, String location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        boolean missing = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().prefixes().get("ckg") == null);
        if (missing) {
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().prefixes().putAll(Prefixes.adapt(PREFIXES)));
        }
    }

    /**
     * Opens (or creates) a TDB2 store in a folder.
     *
     * @throws StoreInUseException when another process holds the store; its message names that process
     */
    public static Store open(Path folder) {
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(folder.toString());
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreInUseException(folder, holder(folder), e);
            }
            throw e;
        }
        return new Store(ds, folder.toString());
    }

    /** A process's arguments: from /proc on Linux (the JDK gives none for a long command line), else the JDK's. */
    private static String[] arguments(ProcessHandle p) {
        Path cmdline = Path.of("/proc", Long.toString(p.pid()), "cmdline");
        try {
            if (java.nio.file.Files.isReadable(cmdline)) {
                String[] all = java.nio.file.Files.readString(cmdline).split("\0");
                return java.util.Arrays.copyOfRange(all, Math.min(1, all.length), all.length);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall back on the JDK's view
        }
        return p.info().arguments().orElse(new String[0]);
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof java.nio.channels.OverlappingFileLockException || m.contains("Failed to get a lock")
                    || m.contains("already locked")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What holds the store: TDB2 writes the holder's process id to {@code tdb.lock}; the process's command line says
     * which kg command it runs ("kg serve (process 4242)"), when the system lets us read it.
     */
    public static String holder(Path folder) {
        long pid;
        try {
            pid = Long.parseLong(java.nio.file.Files.readString(folder.resolve("tdb.lock")).strip());
        } catch (java.io.IOException | NumberFormatException e) {
            return "another process";
        }
        java.util.Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty()) {
            return "process " + pid + ", which has ended (TDB2 frees the lock when it opens the store again)";
        }
        String[] args = arguments(p.get());
        java.util.Set<String> commands = java.util.Set.of("ingest", "extract", "query", "serve", "export", "validate");
        boolean kg = false; // past the kg jar or main class: the first command word is the kg command
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-jar") && i + 1 < args.length) {
                kg = true;
                i++;
            } else if (args[i].equals("org.conflictkg.cli.Main")) {
                kg = true;
            } else if (kg && commands.contains(args[i])) {
                return "kg " + args[i] + " (process " + pid + ")";
            }
        }
        String command = p.get().info().command().map(c -> Path.of(c).getFileName().toString()).orElse("");
        return "process " + pid + (command.isEmpty() ? "" : " (" + command + ")");
    }

    /** A TDB2 store in memory, gone when closed. */
    public static Store inMemory() {
        return new Store(TDB2Factory.createDataset(), "memory");
    }

    /** The dataset, for SPARQL and the server. */
    public Dataset dataset() {
        return dataset;
    }

    public String location() {
        return location;
    }

    /** What a write did to one document's graph. */
    public enum Change { ADDED, REPLACED, UNCHANGED }

    /**
     * A document's quads, with what the store finds earlier versions by: the key of the file it was read from (see
     * {@link #originKey}), or, without one, its source.
     */
    public record DocumentGraph(String documentId, String source, String origin, List<Quad> quads) {}

    /**
     * The key of a file on this machine: the SHA-256 of its absolute path, in hexadecimal. Stored as
     * {@code ckg:originKey}, it finds a changed file's earlier graph without publishing the path; the relative
     * {@code dcterms:source} alone would confuse two folders with the same relative paths.
     */
    public static String originKey(java.nio.file.Path file) {
        return originKey(file.toAbsolutePath().normalize().toString());
    }

    /**
     * The key of a file given by a location that is already absolute and stable, such as a cluster file system's URI
     * ({@code hdfs://namenode/corpus/2016/raqqa.txt}); for a local file, {@link #originKey(java.nio.file.Path)}.
     */
    public static String originKey(String absoluteLocation) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(absoluteLocation.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The quad that records the {@link #originKey} of the file a document was read from, in its graph. */
    public static Quad originQuad(String documentId, String origin) {
        Node g = NodeFactory.createURI(GraphWriter.graphIri(documentId));
        Node doc = NodeFactory.createURI(GraphWriter.documentIri(documentId));
        return new Quad(g, doc, Vocab.originKey.asNode(), NodeFactory.createLiteralString(origin));
    }

    /**
     * Writes documents in one transaction. A document whose graph is already there is left alone; a document
     * whose source has an older graph replaces it.
     */
    public List<Change> write(List<DocumentGraph> documents) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Change> changes = new ArrayList<>(documents.size());
            for (DocumentGraph d : documents) {
                Node g = NodeFactory.createURI(GraphWriter.graphIri(d.documentId()));
                if (dsg.containsGraph(g)) {
                    changes.add(Change.UNCHANGED);
                    continue;
                }
                List<Node> older = d.origin() != null ? graphsWith(dsg, Vocab.originKey, d.origin())
                        : graphsWith(dsg, Vocab.source, d.source());
                for (Node old : older) {
                    dsg.removeGraph(old);
                }
                for (Quad q : d.quads()) {
                    dsg.add(q);
                }
                if (d.origin() != null && !d.quads().isEmpty()) {
                    dsg.add(originQuad(d.documentId(), d.origin()));
                }
                oneLabelEach(dsg, d.quads());
                changes.add(older.isEmpty() ? Change.ADDED : Change.REPLACED);
            }
            return changes;
        });
    }

    /**
     * One {@code skos:prefLabel} per actor in the whole store, by rule: a name the gazetteer does not know is labelled
     * as each article writes it, and two articles may write one id two ways ("Khalid 'Aydd Ahmad al-Jabouri" and
     * "Khalid Aydd Ahmad al-Jabouri"). The first of the forms in code-point order is the label in every graph, the
     * others stay as {@code skos:altLabel}s where they were written; so the result does not depend on the order the
     * documents arrive in.
     */
    private static void oneLabelEach(DatasetGraph dsg, List<Quad> written) {
        java.util.Set<Node> subjects = new java.util.LinkedHashSet<>();
        for (Quad q : written) {
            if (q.getPredicate().equals(Vocab.prefLabel.asNode())) {
                subjects.add(q.getSubject());
            }
        }
        oneLabelEach(dsg, subjects);
    }

    /**
     * The same rule over the whole store, for quads loaded in bulk ({@link BulkLoad}): every actor with more than one
     * {@code skos:prefLabel}. Call it inside a write transaction.
     */
    static void oneLabelEach(DatasetGraph dsg) {
        java.util.Map<Node, Set<Node>> labels = new java.util.HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.prefLabel.asNode(), Node.ANY)
                .forEachRemaining(q -> labels.computeIfAbsent(q.getSubject(), k -> new java.util.HashSet<>())
                        .add(q.getObject()));
        labels.values().removeIf(l -> l.size() < 2);
        oneLabelEach(dsg, labels.keySet());
    }

    private static void oneLabelEach(DatasetGraph dsg, java.util.Collection<Node> subjects) {
        Node pref = Vocab.prefLabel.asNode();
        for (Node subject : subjects) {
            List<Quad> labels = new ArrayList<>();
            dsg.find(Node.ANY, subject, pref, Node.ANY).forEachRemaining(labels::add);
            String first = labels.stream().map(q -> q.getObject().getLiteralLexicalForm()).min(String::compareTo)
                    .orElse(null);
            for (Quad q : labels) {
                if (!q.getObject().getLiteralLexicalForm().equals(first)) {
                    dsg.delete(q);
                    dsg.add(q.getGraph(), subject, pref, NodeFactory.createLiteralString(first));
                    dsg.add(q.getGraph(), subject, Vocab.altLabel.asNode(), q.getObject());
                }
            }
        }
    }

    /** True when a document with this id is stored. */
    public boolean contains(String documentId) {
        Node g = NodeFactory.createURI(GraphWriter.graphIri(documentId));
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().containsGraph(g));
    }

    /** Number of quads in the store. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            Iterator<Quad> it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    private static List<Node> graphsWith(DatasetGraph dsg, org.apache.jena.rdf.model.Property p, String value) {
        List<Node> out = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p.asNode(), NodeFactory.createLiteralString(value));
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (!Quad.isDefaultGraph(g) && !out.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
