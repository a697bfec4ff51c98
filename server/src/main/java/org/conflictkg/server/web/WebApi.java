package org.conflictkg.server.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;
import org.conflictkg.ConflictGraph;
import org.conflictkg.actors.ActorType;
import org.conflictkg.actors.Gazetteer;
import org.conflictkg.query.ActorNames;
import org.conflictkg.relations.Modality;
import org.conflictkg.relations.Relation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small JSON API the page uses, under {@code /api/}: {@code families} (the vocabulary of the filters),
 * {@code actors?q=NAME} (the search box), {@code network?...} (a page of the aggregated network),
 * {@code evidence?subject=IRI&object=IRI} (the sentences behind an edge) and {@code actor?iri=IRI} (an actor's
 * relations). Read-only: GET only. A bad parameter is HTTP 400 with {@code {"error": "..."}}.
 *
 * <p>Thread-safe: Jetty's request threads share it; it keeps no per-request state, and its queries are thread-safe.
 */
public final class WebApi extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(WebApi.class);

    private final transient NetworkQuery network;
    private final transient EvidenceQuery evidence;
    private final transient ActorSearch search;
    private final transient ActorRelations relations;

    public WebApi(ConflictGraph graph, java.time.Duration timeout) {
        ActorInfo actors = new ActorInfo(graph.dataset());
        this.network = new NetworkQuery(graph.dataset(), actors, timeout);
        this.evidence = new EvidenceQuery(graph);
        this.search = new ActorSearch(graph.dataset(), new ActorNames(graph.dataset(), Gazetteer.bundled()), actors);
        this.relations = new ActorRelations(graph, actors);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        Params p = Params.of(req);
        try {
            JsonObject body = switch (path) {
                case "/families" -> families();
                case "/actors" -> search.search(p.required("q"));
                case "/network" -> network.run(NetworkFilter.parse(p));
                case "/evidence" -> evidence(p);
                case "/actor" -> relations.run(Params.actorIri(p.required("iri")),
                        p.one("minConfidence").map(NetworkFilter::confidence));
                default -> null;
            };
            if (body == null) {
                send(resp, HttpServletResponse.SC_NOT_FOUND, error("no such API: /api" + path
                        + " (there are /api/families, /api/actors, /api/network, /api/evidence, /api/actor)"));
            } else {
                send(resp, HttpServletResponse.SC_OK, body);
            }
        } catch (IllegalArgumentException e) {
            send(resp, HttpServletResponse.SC_BAD_REQUEST, error(e.getMessage()));
        } catch (QueryCancelledException e) {
            send(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error("the query timed out"));
        } catch (RuntimeException e) {
            LOG.error("web API {} failed", path, e);
            send(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, error("internal error: " + e.getClass().getSimpleName()));
        }
    }

    private JsonObject evidence(Params p) {
        String subject = Params.actorIri(p.required("subject"));
        String object = Params.actorIri(p.required("object"));
        Set<Modality> modalities = EnumSet.of(Modality.ASSERTED);
        p.list("modality").forEach(m -> modalities.add(NetworkFilter.parseModality(m)));
        return evidence.run(subject, object, p.one("relation").map(Relation::parse), modalities,
                p.integer("offset", 0, 0, Integer.MAX_VALUE),
                p.integer("limit", EvidenceQuery.DEFAULT_LIMIT, 1, EvidenceQuery.MAX_LIMIT));
    }

    private static JsonObject families() {
        JsonArray families = new JsonArray();
        for (RelationFamilies.Family f : RelationFamilies.all()) {
            JsonObject j = new JsonObject();
            j.put("id", f.id());
            j.put("label", f.label());
            j.put("colour", f.colour());
            j.put("shownByDefault", f.shownByDefault());
            JsonArray rs = new JsonArray();
            f.relations().forEach(r -> rs.add(r.localName()));
            j.put("relations", rs);
            families.add(j);
        }
        JsonArray modalities = new JsonArray();
        for (Modality m : Modality.values()) {
            modalities.add(m.key());
        }
        JsonArray types = new JsonArray();
        for (ActorType t : ActorType.values()) {
            types.add(t.className());
        }
        JsonObject out = new JsonObject();
        out.put("families", families);
        out.put("modalities", modalities);
        out.put("types", types);
        return out;
    }

    private static JsonObject error(String message) {
        JsonObject j = new JsonObject();
        j.put("error", message == null ? "bad request" : message);
        return j;
    }

    private static void send(HttpServletResponse resp, int status, JsonObject body) throws IOException {
        byte[] bytes = JSON.toStringFlat(body).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
