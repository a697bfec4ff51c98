package org.conflictkg.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
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
        Map<String, List<String>> labels = storeLabels();
        String key = Names.key(name);
        List<String> iris = labels.get(key);
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
    private boolean isKnown(Actor actor, Map<String, List<String>> labels) {
        String iri = GraphWriter.actorIri(actor);
        return gazetteer.byId(actor.id()).isPresent() || actor.countryId().flatMap(gazetteer::byId).isPresent()
                || labels.values().stream().anyMatch(iris -> iris.contains(iri));
    }

    /**
     * Several actors may share a name (a person's surname; an unknown name that articles typed differently, whose
     * IRIs are the slug and the type with the slug): the shortest IRI wins, so the gazetteer's states and groups come
     * first, and an unknown name's actor of the type its words give before the others.
     */
    private String preferred(List<String> iris) {
        return iris.stream().min(Comparator.comparingInt(String::length)).orElseThrow();
    }

    /** Normalized label → actor IRIs, and normalized label → the label as written (for suggestions). */
    private final Map<String, String> written = new HashMap<>();

    private Map<String, List<String>> storeLabels() {
        if (dataset == null) {
            try (QueryExecution qe = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(service).query(LABELS).build()) {
                return labels(qe.execSelect());
            }
        }
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(LABELS).build()) {
                return labels(qe.execSelect());
            }
        });
    }

    private Map<String, List<String>> labels(ResultSet rs) {
        Map<String, List<String>> m = new HashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            if (s.get("a").isURIResource() && s.get("l").isLiteral()) {
                String label = s.getLiteral("l").getLexicalForm();
                m.computeIfAbsent(Names.key(label), k -> new ArrayList<>()).add(s.getResource("a").getURI());
                written.putIfAbsent(Names.key(label), label);
            }
        }
        return m;
    }

    private List<String> suggestions(String key, Map<String, List<String>> labels) {
        Map<String, Integer> scored = new HashMap<>();
        for (String n : labels.keySet()) {
            score(key, n, written.getOrDefault(n, n), scored);
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
