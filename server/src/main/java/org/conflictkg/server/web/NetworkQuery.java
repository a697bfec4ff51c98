package org.conflictkg.server.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.actors.ActorType;
import org.conflictkg.relations.Modality;
import org.conflictkg.relations.Relation;

/**
 * The alliance network as the page draws it, aggregated on the server: one edge per relation between two actors
 * (each side rolled up along {@code ckg:partOf} to the top of its hierarchy, as the ready queries answer: Russian jets
 * count for Russia), weighted by the number of documents that state it. An assertion counts under its alliance
 * relation ({@code ckg:relation}) and under its CAMEO family ({@code ckg:cameoFamily}), for those of the filter. One
 * node per actor, sized by the number of documents that relate it to another within the filter. Only a page of edges is returned, the most documented
 * first, with the nodes they join; {@code total} says how many edges the filter matches.
 *
 * <p>Thread-safe: each run keeps its state in local variables and reads the store in its own read transactions.
 */
public final class NetworkQuery {
    /**
     * One row per relation, pair of top actors, modality and document. The relation and modality lists are written
     * from {@link Relation} and {@link Modality} (never from request text); dates and the confidence are bound.
     */
    private static final String SPARQL = """
            PREFIX ckg:  <https://w3id.org/conflict-kg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            SELECT ?sx ?p ?ox ?m ?g ?day (MAX(?c) AS ?confidence) WHERE {
              %s
              FILTER (!BOUND(?minConfidence) || ?c >= ?minConfidence)
            }
            GROUP BY ?sx ?p ?ox ?m ?g ?day
            """;
    /**
     * The assertions of some relations and modalities: one basic graph pattern, which ARQ runs as index lookups for
     * each relation and modality. A CAMEO family is an assertion's {@code ckg:relation} (appeals to) or its
     * {@code ckg:cameoFamily} ("attacks" is also "fight"): two branches, as a property path would scan every assertion.
     */
    private static final String BRANCH = """
            { VALUES ?p { %s } VALUES ?m { %s }
                GRAPH ?g {
                  ?a ckg:%s ?p ; ckg:modality ?m ; ckg:subject ?sx ; ckg:object ?ox ; ckg:confidence ?c .
                  %s
                }
              }""";
    /** With a date range, each assertion's own day; the others take their document's ({@link #PUBLISHED}). */
    private static final String DATED = "OPTIONAL { ?a ckg:date ?day }";
    /** The publication day of each document, read once per request rather than once per assertion. */
    private static final String PUBLISHED = """
            PREFIX ckg:  <https://w3id.org/conflict-kg/ontology#>
            SELECT ?g ?published WHERE { GRAPH ?g { ?doc ckg:publishedOn ?published } }""";

    private final Dataset dataset;
    private final ActorInfo actors;
    private final Duration timeout;

    public NetworkQuery(Dataset dataset, ActorInfo actors, Duration timeout) {
        this.dataset = dataset;
        this.actors = actors;
        this.timeout = timeout;
    }

    /** The edges of one relation between two actors, asserted or (when asked for) of other modalities. */
    private static final class Edge {
        final String source;
        final String target;
        final Relation relation;
        final boolean asserted;
        final Set<String> documents = new HashSet<>();
        final Set<String> modalities = new TreeSet<>();
        BigDecimal confidence = BigDecimal.ZERO;

        Edge(String source, String target, Relation relation, boolean asserted) {
            this.source = source;
            this.target = target;
            this.relation = relation;
            this.asserted = asserted;
        }

        String id() {
            return relation.localName() + (asserted ? "" : "?") + " " + source + " " + target;
        }
    }

    public JsonObject run(NetworkFilter filter) {
        boolean dated = filter.from().isPresent() || filter.to().isPresent();
        List<String> branches = new ArrayList<>();
        String relations = names(filter.relationList());
        String families = names(filter.relationList().stream().filter(Relation::isCameoFamily).toList());
        String modalities = filter.modalities().stream().map(m -> "ckg:" + m.key()).collect(Collectors.joining(" "));
        if (!relations.isEmpty()) {
            branches.add(String.format(BRANCH, relations, modalities, "relation", dated ? DATED : ""));
        }
        if (!families.isEmpty()) {
            branches.add(String.format(BRANCH, families, modalities, "cameoFamily", dated ? DATED : ""));
        }
        String sparql = String.format(SPARQL, String.join(" UNION ", branches));
        Map<String, RDFNode> bindings = new HashMap<>();
        filter.minConfidence().ifPresent(c -> bindings.put("minConfidence", literal(c.toPlainString(), XSDDatatype.XSDdecimal)));

        Map<String, Edge> edges = new LinkedHashMap<>();
        Map<String, Set<String>> nodeDocuments = new HashMap<>();
        if (branches.isEmpty()) {
            return page(filter, edges, nodeDocuments);
        }
        Txn.executeRead(dataset, () -> {
            Hierarchy tops = Hierarchy.read(dataset);
            Map<String, LocalDate> published = dated ? published() : Map.of();
            var builder = QueryExecution.dataset(dataset).query(sparql).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            bindings.forEach(builder::substitution);
            try (QueryExecution qe = builder.build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    if (!dated || inRange(day(row, published), filter)) {
                        add(row, tops, edges, nodeDocuments);
                    }
                }
            }
        });
        return page(filter, edges, nodeDocuments);
    }

    private JsonObject page(NetworkFilter filter, Map<String, Edge> edges, Map<String, Set<String>> nodeDocuments) {

        Set<String> endpoints = new HashSet<>();
        edges.values().forEach(e -> {
            endpoints.add(e.source);
            endpoints.add(e.target);
        });
        Map<String, ActorInfo.Actor> known = actors.describe(endpoints);
        List<Edge> kept = edges.values().stream()
                .filter(e -> typed(known.get(e.source), filter) && typed(known.get(e.target), filter))
                .filter(e -> filter.actor().map(a -> a.equals(e.source) || a.equals(e.target)).orElse(true))
                .sorted(Comparator.comparingInt((Edge e) -> -e.documents.size())
                        .thenComparing(e -> !e.asserted).thenComparing(Edge::id))
                .toList();
        List<Edge> page = kept.stream().skip(filter.offset()).limit(filter.limit()).toList();

        JsonArray nodeArray = new JsonArray();
        Set<String> shown = new HashSet<>();
        for (Edge e : page) {
            for (String iri : List.of(e.source, e.target)) {
                if (shown.add(iri)) {
                    nodeArray.add(node(known.get(iri), iri, nodeDocuments.get(iri).size()));
                }
            }
        }
        JsonArray edgeArray = new JsonArray();
        page.forEach(e -> edgeArray.add(edge(e)));
        JsonObject out = new JsonObject();
        out.put("total", kept.size());
        out.put("offset", filter.offset());
        out.put("limit", filter.limit());
        out.put("nodes", nodeArray);
        out.put("edges", edgeArray);
        return out;
    }

    private static void add(QuerySolution row, Hierarchy tops, Map<String, Edge> edges,
            Map<String, Set<String>> nodeDocuments) {
        if (!row.get("sx").isURIResource() || !row.get("ox").isURIResource()) {
            return;
        }
        String s = tops.top(row.getResource("sx").getURI());
        String o = tops.top(row.getResource("ox").getURI());
        if (s.equals(o)) {
            return;
        }
        Relation relation = Relation.parse(row.getResource("p").getLocalName());
        String modality = row.getResource("m").getLocalName();
        String graph = row.getResource("g").getURI();
        boolean asserted = modality.equals(Modality.ASSERTED.key());
        if (relation.isSymmetric() && s.compareTo(o) > 0) {
            String t = s;
            s = o;
            o = t;
        }
        String source = s;
        String target = o;
        Edge e = edges.computeIfAbsent(relation.localName() + (asserted ? "" : "?") + " " + s + " " + o,
                k -> new Edge(source, target, relation, asserted));
        e.documents.add(graph);
        e.modalities.add(modality);
        RDFNode c = row.get("confidence");
        if (c != null && c.isLiteral()) {
            BigDecimal v = new BigDecimal(c.asLiteral().getLexicalForm());
            if (v.compareTo(e.confidence) > 0) {
                e.confidence = v;
            }
        }
        nodeDocuments.computeIfAbsent(s, k -> new HashSet<>()).add(graph);
        nodeDocuments.computeIfAbsent(o, k -> new HashSet<>()).add(graph);
    }

    private static boolean typed(ActorInfo.Actor actor, NetworkFilter filter) {
        if (filter.types().isEmpty()) {
            return true;
        }
        return actor != null && actor.type().map(filter.types()::contains).orElse(false);
    }

    private static JsonObject node(ActorInfo.Actor actor, String iri, int documents) {
        JsonObject n = ActorInfo.json(actor, iri);
        n.put("documents", documents);
        return n;
    }

    private static JsonObject edge(Edge e) {
        JsonObject j = new JsonObject();
        j.put("id", e.id());
        j.put("source", e.source);
        j.put("target", e.target);
        j.put("relation", e.relation.localName());
        j.put("label", RelationFamilies.label(e.relation));
        j.put("family", RelationFamilies.of(e.relation).map(RelationFamilies.Family::id).orElse(""));
        j.put("symmetric", e.relation.isSymmetric());
        j.put("asserted", e.asserted);
        JsonArray modalities = new JsonArray();
        e.modalities.forEach(modalities::add);
        j.put("modalities", modalities);
        j.put("documents", e.documents.size());
        j.put("confidence", JsonNumber.value(e.confidence));
        return j;
    }

    /** Document graph → its publication day. Inside a read transaction. */
    private Map<String, LocalDate> published() {
        Map<String, LocalDate> days = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PUBLISHED).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                LocalDate d = date(row.get("published"));
                if (d != null && row.get("g").isURIResource()) {
                    days.put(row.getResource("g").getURI(), d);
                }
            }
        }
        return days;
    }

    /** The event's own day, else its document's publication day, else none. */
    private static LocalDate day(QuerySolution row, Map<String, LocalDate> published) {
        LocalDate own = date(row.get("day"));
        return own != null ? own : published.get(row.getResource("g").getURI());
    }

    /** The day of an xsd:date or xsd:dateTime literal (stored at midnight), as the ready queries read it. */
    private static LocalDate date(RDFNode n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        String lexical = n.asLiteral().getLexicalForm();
        try {
            return LocalDate.parse(lexical.length() >= 10 ? lexical.substring(0, 10) : lexical);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a day is within the filter's range; an event of no known day is not, as in events.rq. */
    private static boolean inRange(LocalDate day, NetworkFilter filter) {
        return day != null && filter.from().map(f -> !day.isBefore(f)).orElse(true)
                && filter.to().map(t -> !day.isAfter(t)).orElse(true);
    }

    private static String names(List<Relation> relations) {
        return relations.stream().map(r -> "ckg:" + r.localName()).collect(Collectors.joining(" "));
    }

    private static RDFNode literal(String lexical, XSDDatatype type) {
        return ResourceFactory.createTypedLiteral(lexical, type);
    }
}
