package org.conflictkg.server.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.RDFNode;
import org.conflictkg.ConflictGraph;
import org.conflictkg.relations.Modality;
import org.conflictkg.relations.Relation;

/**
 * The evidence for one pair of actors, as the ready query {@code queries/evidence.rq} gives it (the sentence, the
 * relation as written, the two sides as written, modality, confidence, day and document), narrowed to one relation
 * and to the modalities asked for (asserted only by default), a page at a time.
 *
 * <p>Thread-safe: it keeps no state between calls, and the graph it queries is thread-safe.
 */
public final class EvidenceQuery {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private final ConflictGraph graph;
    private final String sparql = ReadyQueries.text("evidence");

    public EvidenceQuery(ConflictGraph graph) {
        this.graph = graph;
    }

    public JsonObject run(String subject, String object, Optional<Relation> relation, Set<Modality> modalities,
            int offset, int limit) {
        List<Map<String, RDFNode>> rows = graph.select(sparql, Map.of("subject", "<" + subject + ">", "object", "<" + object + ">"))
                .rows().stream()
                .filter(r -> relation.map(p -> p.localName().equals(text(r, "relation"))
                        || p.localName().equals(text(r, "family"))).orElse(true))
                .filter(r -> modalities.stream().anyMatch(m -> m.key().equals(text(r, "modality"))))
                .toList();
        JsonArray items = new JsonArray();
        rows.stream().skip(offset).limit(limit).forEach(r -> items.add(item(r)));
        JsonObject out = new JsonObject();
        out.put("subject", subject);
        out.put("object", object);
        relation.ifPresent(p -> out.put("relation", p.localName()));
        out.put("total", rows.size());
        out.put("offset", offset);
        out.put("limit", limit);
        out.put("evidence", items);
        return out;
    }

    /** The relation of a row: its alliance relation, else its CAMEO family (the network's edge type). */
    private static String relationOf(Map<String, RDFNode> row) {
        String r = text(row, "relation");
        return r.isEmpty() ? text(row, "family") : r;
    }

    private static JsonObject item(Map<String, RDFNode> r) {
        JsonObject j = new JsonObject();
        j.put("sentence", text(r, "sentence"));
        j.put("relation", relationOf(r));
        j.put("surface", text(r, "surface"));
        j.put("subjectText", text(r, "subjectText"));
        j.put("objectText", text(r, "objectText"));
        j.put("modality", text(r, "modality"));
        RDFNode c = r.get("confidence");
        if (c != null && c.isLiteral()) {
            j.put("confidence", JsonNumber.value(new java.math.BigDecimal(c.asLiteral().getLexicalForm())));
        }
        j.put("date", text(r, "date"));
        j.put("source", text(r, "source"));
        j.put("document", text(r, "document"));
        return j;
    }

    static String text(Map<String, RDFNode> row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
