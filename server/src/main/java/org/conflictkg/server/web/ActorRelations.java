package org.conflictkg.server.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.RDFNode;
import org.conflictkg.ConflictGraph;

/**
 * One actor's relations with the others, as the ready query {@code queries/relations.rq} answers them (out, in and
 * mutual, each with its number of documents): what the page lists when a node is clicked.
 *
 * <p>Thread-safe: it keeps no state between calls, and the graph and actor lookups it uses are thread-safe.
 */
public final class ActorRelations {
    public static final int LIMIT = 200;

    private final ConflictGraph graph;
    private final ActorInfo actors;
    private final String sparql = ReadyQueries.text("relations");

    public ActorRelations(ConflictGraph graph, ActorInfo actors) {
        this.graph = graph;
        this.actors = actors;
    }

    public JsonObject run(String actor, Optional<BigDecimal> minConfidence) {
        Map<String, String> params = new HashMap<>();
        params.put("actor", "<" + actor + ">");
        minConfidence.ifPresent(c -> params.put("minConfidence", c.toPlainString()));
        List<Map<String, RDFNode>> rows = graph.select(sparql, params).rows();
        JsonArray relations = new JsonArray();
        rows.stream().limit(LIMIT).forEach(r -> {
            JsonObject j = new JsonObject();
            j.put("direction", EvidenceQuery.text(r, "direction"));
            j.put("relation", EvidenceQuery.text(r, "relation"));
            j.put("other", r.get("other").asResource().getURI());
            j.put("label", EvidenceQuery.text(r, "label"));
            j.put("documents", r.get("documents").asLiteral().getLong());
            relations.add(j);
        });
        JsonObject out = ActorInfo.json(actors.describe(actor).orElse(null), actor);
        out.put("total", rows.size());
        out.put("relations", relations);
        return out;
    }
}
