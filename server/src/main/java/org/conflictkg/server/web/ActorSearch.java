package org.conflictkg.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.query.ActorNames;
import org.conflictkg.query.QueryParameterException;
import org.conflictkg.query.UnknownActorException;

/**
 * Finds actors by name for the search box: first the actor the name resolves to as the ready queries resolve it
 * ({@link ActorNames}: any label or alias, "Daesh" is Islamic State, then the gazetteer, then the words read as the
 * extractor reads them), then actors whose labels contain the words; with "did you mean" names when nothing matches.
 *
 * <p>Thread-safe: it keeps no state between searches, and each store read runs in its own read transaction.
 */
public final class ActorSearch {
    public static final int LIMIT = 10;

    private static final String CONTAINING = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX kgg:  <https://w3id.org/conflict-kg/id/graph/>
            SELECT DISTINCT ?a WHERE {
              GRAPH kgg:actors { ?a skos:prefLabel|skos:altLabel ?l FILTER (CONTAINS(LCASE(STR(?l)), ?needle)) }
            } LIMIT 50""";

    private final Dataset dataset;
    private final ActorNames names;
    private final ActorInfo actors;

    public ActorSearch(Dataset dataset, ActorNames names, ActorInfo actors) {
        this.dataset = dataset;
        this.names = names;
        this.actors = actors;
    }

    public JsonObject search(String q) {
        Map<String, String> found = new LinkedHashMap<>(); // IRI -> how it matched
        List<String> suggestions = new ArrayList<>();
        try {
            found.put(names.resolve("q", q).getURI(), "name");
        } catch (UnknownActorException e) {
            suggestions.addAll(e.suggestions());
        } catch (QueryParameterException e) {
            // not a name at all: the label search below may still find something
        }
        String needle = q.toLowerCase(Locale.ROOT).trim();
        if (needle.length() >= 2) {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(CONTAINING)
                        .substitution("needle", ResourceFactory.createPlainLiteral(needle)).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        if (row.get("a").isURIResource()) {
                            found.putIfAbsent(row.getResource("a").getURI(), "label");
                        }
                    }
                }
            });
        }
        Map<String, ActorInfo.Actor> described = actors.describe(found.keySet());
        JsonArray results = new JsonArray();
        found.forEach((iri, how) -> {
            ActorInfo.Actor a = described.get(iri);
            if (a != null && results.size() < LIMIT) {
                JsonObject j = ActorInfo.json(a, iri);
                j.put("match", how);
                results.add(j);
            }
        });
        JsonObject out = new JsonObject();
        out.put("query", q);
        out.put("actors", results);
        JsonArray s = new JsonArray();
        suggestions.forEach(s::add);
        out.put("suggestions", s);
        return out;
    }
}
