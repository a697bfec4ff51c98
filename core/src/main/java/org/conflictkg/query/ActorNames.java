package org.conflictkg.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionalSystem;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.conflictkg.actors.Actor;
import org.conflictkg.actors.Gazetteer;
import org.conflictkg.actors.Names;
import org.conflictkg.graph.GraphWriter;
import org.conflictkg.graph.Vocab;

/**
 * Finds the actor a user means by a name: any preferred or alternative label in the store, then any name in the
 * gazetteer, then whatever actor the extractor would read the words as ("Iraqi government", "Russian jets"; see
 * {@link ActorPhrase}), provided the gazetteer knows it or the state it belongs to, or the store holds it. Label
 * comparison ignores case, accents, dots and a leading "the".
 *
 * <p>The store's labels are read once per version of a TDB2 store and kept while the store is unchanged: every
 * write to the store (ingest, SPARQL Update, a delete) advances TDB2's data version, and the next lookup reads them
 * again. A remote endpoint's labels, and a store's inside a transaction of the caller's, are read on every lookup.
 *
 * <p>Thread-safe: each lookup reads the store in its own read transaction, and the shared label cache is synchronized.
 */
public final class ActorNames {
    private static final String LABELS = "SELECT DISTINCT ?a ?l { { ?a <" + Vocab.prefLabel.getURI() + "> ?l } UNION { ?a <"
            + Vocab.altLabel.getURI() + "> ?l } }";

    private final Dataset dataset;
    private final String service;
    private final Gazetteer gazetteer;

    public ActorNames(Dataset dataset, Gazetteer gazetteer) {
        this.dataset = dataset;
        this.service = null;
        this.gazetteer = gazetteer;
    }

    /** Names read from the labels of a remote SPARQL endpoint's default graph. */
    public ActorNames(String sparqlService, Gazetteer gazetteer) {
        this.dataset = null;
        this.service = sparqlService;
        this.gazetteer = gazetteer;
    }

    /** The IRI of the actor with this name. */
    public Node resolve(String parameter, String name) {
        Labels labels = storeLabels();
        String key = Names.key(name);
        List<String> iris = labels.byKey().get(key);
        if (iris != null && !iris.isEmpty()) {
            return NodeFactory.createURI(preferred(iris));
        }
        Optional<Actor> known = gazetteer.lookupAnyCase(name);
        if (known.isPresent()) {
            return NodeFactory.createURI(GraphWriter.actorIri(known.get()));
        }
        Optional<Actor> read = ActorPhrase.read(name, gazetteer).filter(a -> isKnown(a, labels));
        if (read.isPresent()) {
            return NodeFactory.createURI(GraphWriter.actorIri(read.get()));
        }
        throw new UnknownActorException(parameter, name, suggestions(key, labels));
    }

    /**
     * An actor read from words is an answer when the store holds it or the gazetteer knows it or its state: a name
     * the recognizer merely guessed ("Vladimir Putn") is a typo to correct, not a node to query.
     */
    private boolean isKnown(Actor actor, Labels labels) {
        String iri = GraphWriter.actorIri(actor);
        return gazetteer.byId(actor.id()).isPresent() || actor.countryId().flatMap(gazetteer::byId).isPresent()
                || labels.iris().contains(iri);
    }

    /**
     * Several actors may share a name (a person's surname; an unknown name that articles typed differently, whose
     * IRIs are the slug and the type with the slug): the shortest IRI wins, so the gazetteer's states and groups come
     * first, and an unknown name's actor of the type its words give before the others.
     */
    private String preferred(List<String> iris) {
        return iris.stream().min(Comparator.comparingInt(String::length)).orElseThrow();
    }

    /**
     * The store's labels: normalized label → actor IRIs (in the order the label query gives them), normalized label →
     * the label as first written (for suggestions), and every IRI that has a label.
     */
    private record Labels(Map<String, List<String>> byKey, Map<String, String> written, Set<String> iris) {
        static Labels of(ResultSet rs) {
            Map<String, List<String>> m = new HashMap<>();
            Map<String, String> written = new HashMap<>();
            Set<String> iris = new HashSet<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                if (s.get("a").isURIResource() && s.get("l").isLiteral()) {
                    String label = s.getLiteral("l").getLexicalForm();
                    String iri = s.getResource("a").getURI();
                    String key = Names.key(label);
                    m.computeIfAbsent(key, k -> new ArrayList<>()).add(iri);
                    written.putIfAbsent(key, label);
                    iris.add(iri);
                }
            }
            m.replaceAll((k, v) -> List.copyOf(v));
            return new Labels(Map.copyOf(m), Map.copyOf(written), Set.copyOf(iris));
        }
    }

    /**
     * The labels of one TDB2 database as of one data version. TDB2's transaction coordinator advances its data
     * version on every commit of a write, under the lock under which transactions begin, and each transaction
     * knows the version it sees: labels read in a transaction of version {@code v} are those of every transaction
     * of version {@code v}. Any write (an ingest, a SPARQL Update or a Graph Store Protocol request through the
     * server, a delete) makes the next lookup read them again.
     */
    private static final class Cached {
        private long version = -1;
        private Labels labels;

        /** The labels of this version; reads them in the caller's read transaction, which is of this version. */
        synchronized Labels get(long version, java.util.function.Supplier<Labels> read) {
            if (labels != null && this.version == version) {
                return labels;
            }
            Labels fresh = read.get();
            if (version > this.version) { // a reader of an older version does not replace newer labels
                labels = fresh;
                this.version = version;
            }
            return fresh;
        }
    }

    /**
     * The labels of each open TDB2 database, by its transaction coordinator (one per database; a compaction brings
     * a new one). Weak keys: a closed store's labels go with it.
     */
    private static final Map<TransactionCoordinator, Cached> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private Labels storeLabels() {
        if (dataset == null) {
            try (QueryExecution qe = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(service).query(LABELS).build()) {
                return Labels.of(qe.execSelect());
            }
        }
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (dataset.isInTransaction() || !TDBInternal.isTDB2(dsg)) {
            // inside a transaction of the caller's (which may have written), or a store without a data version
            return readLabels();
        }
        return Txn.calculateRead(dataset, () -> {
            TransactionalSystem txn = TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem();
            long version = txn.getThreadTransaction().getDataVersion();
            return CACHE.computeIfAbsent(txn.getTxnMgr(), c -> new Cached()).get(version, this::readLabels);
        });
    }

    private Labels readLabels() {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(LABELS).build()) {
                return Labels.of(qe.execSelect());
            }
        });
    }

    private List<String> suggestions(String key, Labels labels) {
        Map<String, Integer> scored = new HashMap<>();
        for (String n : labels.byKey().keySet()) {
            score(key, n, labels.written().getOrDefault(n, n), scored);
        }
        for (Actor a : gazetteer.actors()) {
            score(key, Names.key(a.label()), a.label(), scored);
            for (String alias : a.aliases()) {
                score(key, Names.key(alias), alias + " (" + a.label() + ")", scored);
            }
        }
        return scored.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(Map.Entry::getKey).toList();
    }

    private static void score(String key, String candidate, String shown, Map<String, Integer> scored) {
        int d = Names.distance(key, candidate);
        if (d <= Math.max(1, key.length() / 4) || candidate.startsWith(key) && key.length() >= 4) {
            scored.merge(shown, d, Math::min);
        }
    }
}
