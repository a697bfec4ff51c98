package org.conflictkg.server.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.conflictkg.actors.ActorType;
import org.conflictkg.graph.Vocab;

/**
 * The label and type of actors, read from the actors graph.
 * Thread-safe: each lookup runs in its own read transaction.
 */
public final class ActorInfo {
    /** An actor as the page shows it. */
    public record Actor(String iri, String label, Optional<ActorType> type) {}

    private static final String SPARQL = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX kgg:  <https://w3id.org/conflict-kg/id/graph/>
            SELECT ?a ?label ?type WHERE {
              VALUES ?a { %s }
              GRAPH kgg:actors { ?a skos:prefLabel ?label OPTIONAL { ?a a ?type } }
            }""";

    /** Every actor's label and type: one scan of the actors graph, cheaper than a lookup per actor for many. */
    private static final String ALL = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX kgg:  <https://w3id.org/conflict-kg/id/graph/>
            SELECT ?a ?label ?type WHERE { GRAPH kgg:actors { ?a skos:prefLabel ?label OPTIONAL { ?a a ?type } } }""";
    /** Above this many actors, {@link #describe(Collection)} scans the actors graph. */
    private static final int LOOKUPS = 40;

    private final Dataset dataset;

    public ActorInfo(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The actors among these IRIs that the actors graph describes. */
    public Map<String, Actor> describe(Collection<String> iris) {
        Map<String, Actor> out = new HashMap<>();
        if (iris.isEmpty()) {
            return out;
        }
        String query = iris.size() > LOOKUPS ? ALL : String.format(SPARQL,
                iris.stream().map(Params::actorIri).map(i -> "<" + i + ">").collect(Collectors.joining(" ")));
        Set<String> wanted = new HashSet<>(iris);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    if (!row.get("a").isURIResource() || !wanted.contains(row.getResource("a").getURI())) {
                        continue;
                    }
                    String iri = row.getResource("a").getURI();
                    Optional<ActorType> type = Optional.ofNullable(row.getResource("type")).map(t -> type(t.getURI()));
                    Actor before = out.get(iri);
                    if (before == null || before.type().isEmpty() && type.isPresent()) {
                        out.put(iri, new Actor(iri, row.getLiteral("label").getLexicalForm(), type));
                    }
                }
            }
        });
        return out;
    }

    public Optional<Actor> describe(String iri) {
        return Optional.ofNullable(describe(java.util.List.of(iri)).get(iri));
    }

    private static ActorType type(String classIri) {
        if (!classIri.startsWith(Vocab.NS)) {
            return null;
        }
        try {
            return ActorType.parse(classIri.substring(Vocab.NS.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An actor as JSON: iri, label (the IRI's last segment when the store has none) and type. */
    public static JsonObject json(Actor actor, String iri) {
        JsonObject j = new JsonObject();
        j.put("id", iri);
        j.put("label", actor == null ? iri.substring(iri.lastIndexOf('/') + 1) : actor.label());
        j.put("type", actor == null ? "" : actor.type().map(ActorType::className).orElse(""));
        return j;
    }
}
