package org.conflictkg.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.actors.Gazetteer;
import org.conflictkg.graph.Vocab;
import org.conflictkg.relations.CameoFamilies;
import org.conflictkg.relations.Modality;
import org.conflictkg.relations.Relation;

/**
 * Runs SPARQL SELECT queries with parameters bound as RDF terms (never spliced into the query text). A parameter is
 * read as the kind its query declares ({@link QueryParameters}): an actor binds the actor's IRI, a CAMEO family its
 * property ({@code fight} → {@code ckg:fights}), a date an {@code xsd:date}, a number an {@code xsd:decimal}, a
 * modality its individual. A query that declares no parameters takes any of its variables, read by the value's
 * shape: {@code <iri>} binds that IRI, {@code 2016-10-01} an {@code xsd:date}, a number an {@code xsd:decimal}, and
 * anything else the actor it names. A name or value that cannot be bound is a {@link QueryParameterException} with a
 * one-line message.
 *
 * <p>Thread-safe: it keeps no state between queries, and each query on a local store runs in its own read transaction.
 */
public final class QueryRunner {
    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final String NUMBER = "-?\\d+(\\.\\d+)?";

    private final Dataset dataset;
    private final String service;
    private final ActorNames names;

    public QueryRunner(Dataset dataset, Gazetteer gazetteer) {
        this.dataset = dataset;
        this.service = null;
        this.names = new ActorNames(dataset, gazetteer);
    }

    private QueryRunner(String service, Gazetteer gazetteer) {
        this.dataset = null;
        this.service = service;
        this.names = new ActorNames(service, gazetteer);
    }

    /**
     * Runs queries on a remote SPARQL endpoint that holds a conflict graph (such as a Fuseki loaded with an export):
     * parameters are bound here, with actor names resolved against the endpoint's labels, and substituted into the
     * query as RDF terms before it is sent.
     */
    public static QueryRunner remote(String sparqlService, Gazetteer gazetteer) {
        return new QueryRunner(sparqlService, gazetteer);
    }

    /** Parses a query; the message of the exception says where the syntax is wrong. */
    public static Query parse(String sparql) {
        try {
            Query q = QueryFactory.create(sparql);
            if (!q.isSelectType()) {
                throw new IllegalArgumentException("only SELECT queries are supported here; use the SPARQL endpoint for others");
            }
            return q;
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("SPARQL syntax error: " + e.getMessage().replace('\n', ' '), e);
        }
    }

    public Answers select(String sparql, Map<String, String> parameters) {
        return select(sparql, parameters, null, 0);
    }

    /**
     * {@link #select(String, Map)} under limits, as the SPARQL server runs queries: a query still running after
     * {@code timeout} is cancelled (a {@link org.apache.jena.query.QueryCancelledException}), and one with no
     * {@code LIMIT} or a larger one than {@code maxRows} runs with {@code LIMIT maxRows}.
     *
     * @param timeout null for none
     * @param maxRows 0 for no cap
     */
    public Answers select(String sparql, Map<String, String> parameters, java.time.Duration timeout, long maxRows) {
        Query query = parse(sparql);
        Map<String, Node> bindings = bind(sparql, query, parameters);
        if (maxRows > 0 && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
        }
        if (dataset == null) {
            var builder = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(service).query(query);
            if (timeout != null) {
                builder.timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            bindings.forEach((k, v) -> builder.substitution(k, ModelFactory.createDefaultModel().asRDFNode(v)));
            try (QueryExecution qe = builder.build()) {
                return Answers.of(qe.execSelect());
            }
        }
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query);
            if (timeout != null) {
                builder.timeout(timeout.toMillis());
            }
            bindings.forEach((k, v) -> builder.substitution(k, ModelFactory.createDefaultModel().asRDFNode(v)));
            try (QueryExecution qe = builder.build()) {
                return Answers.of(qe.execSelect());
            }
        });
    }

    /**
     * The RDF terms the parameters bind in a query, as {@link #select} binds them (for callers that run the query
     * elsewhere, such as over HTTP).
     *
     * @throws QueryParameterException for a name the query does not take or a value not of the parameter's kind
     */
    public Map<String, Node> bind(String sparql, Map<String, String> parameters) {
        return bind(sparql, parse(sparql), parameters);
    }

    /**
     * How each parameter binds in a query, in words: what the value was read as and why ("an actor: the query
     * declares ?target an actor", "an ISO date: the value has the form YYYY-MM-DD"), and the term it binds.
     *
     * @throws QueryParameterException as {@link #bind(String, Map)}
     */
    public List<ParameterBinding> explain(String sparql, Map<String, String> parameters) {
        QueryParameters declared = QueryParameters.of(sparql, parse(sparql));
        List<ParameterBinding> out = new ArrayList<>();
        parameters.forEach((name, value) -> {
            declared.check(name, value);
            Bound b = term(name, value, declared.kind(name));
            out.add(new ParameterBinding(name, value, org.apache.jena.riot.out.NodeFmtLib.strNT(b.term()), b.as()));
        });
        return out;
    }

    private Map<String, Node> bind(String sparql, Query query, Map<String, String> parameters) {
        QueryParameters declared = QueryParameters.of(sparql, query);
        Map<String, Node> bindings = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            declared.check(name, value);
            bindings.put(name, term(name, value, declared.kind(name)).term());
        });
        return bindings;
    }

    /** A parameter's term, and what its value was read as and why, in words. */
    private record Bound(Node term, String as) {
    }

    private Bound term(String name, String value, Optional<ParameterKind> kind) {
        String v = value.strip();
        boolean iri = v.startsWith("<") && v.endsWith(">");
        if (kind.isEmpty()) { // an undeclared variable: the value's shape decides
            if (iri) {
                return new Bound(iri(name, value, v), "an IRI: the value is written <...>");
            }
            if (v.matches(ISO_DATE)) {
                return new Bound(date(name, value, v, "; a value of the form YYYY-MM-DD is read as a date"),
                        "an ISO date: the value has the form YYYY-MM-DD");
            }
            if (v.matches(NUMBER)) {
                return new Bound(number(v), "a number: the value is one");
            }
            return new Bound(names.resolve(name, v),
                    "an actor: the query does not declare ?" + name + " and the value is no IRI, date or number");
        }
        Node term = switch (kind.get()) {
            case ACTOR -> iri ? iri(name, value, v) : names.resolve(name, v);
            case CAMEO_FAMILY -> family(name, value, v);
            case DATE -> {
                if (!v.matches(ISO_DATE)) {
                    throw new QueryParameterException(name, value, "not an ISO date; ?" + name
                            + " takes a date written YYYY-MM-DD, such as 2016-10-01");
                }
                yield date(name, value, v, "");
            }
            case NUMBER -> {
                if (!v.matches(NUMBER)) {
                    throw new QueryParameterException(name, value, "not a number; ?" + name + " takes a number such as 0.7");
                }
                yield number(v);
            }
            case MODALITY -> modality(name, value, v);
        };
        String k = kind.get().description();
        return new Bound(term, k + ": the query declares ?" + name + " " + k);
    }

    /**
     * The IRI of a value written {@code <iri>}: an absolute IRI (with a scheme), checked by Jena's RFC 3987 parser,
     * with none of the characters that cannot stand in a SPARQL IRI reference (spaces, {@code <>"{}|^`\\}).
     */
    static Node iri(String name, String value, String v) {
        String s = v.substring(1, v.length() - 1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw new QueryParameterException(name, value, "not an IRI: it contains "
                        + (c <= ' ' ? "a space or control character" : "'" + c + "'"));
            }
        }
        try {
            org.apache.jena.irix.IRIx x = org.apache.jena.irix.IRIx.create(s);
            if (x.scheme() == null) {
                throw new QueryParameterException(name, value, "not an absolute IRI; write it with its scheme, "
                        + "such as <https://w3id.org/conflict-kg/id/actor/russia>");
            }
            return NodeFactory.createURI(x.str());
        } catch (org.apache.jena.irix.IRIException e) {
            throw new QueryParameterException(name, value, "not an IRI (" + e.getMessage().replace('\n', ' ') + ")");
        }
    }

    private static Node date(String name, String value, String v, String why) {
        try {
            return NodeFactory.createLiteralDT(LocalDate.parse(v).toString(), XSDDatatype.XSDdate);
        } catch (DateTimeParseException e) {
            String detail = e.getMessage().replaceFirst("^Text '[^']*' could not be parsed: ", "");
            throw new QueryParameterException(name, value, "not a valid ISO date (" + detail + ")" + why);
        }
    }

    private static Node number(String v) {
        return NodeFactory.createLiteralDT(new BigDecimal(v).toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node family(String name, String value, String v) {
        Optional<Relation> family = CameoFamilies.find(v);
        if (family.isPresent()) {
            return NodeFactory.createURI(Vocab.NS + family.get().localName());
        }
        Relation root = v.matches("\\d{3,4}") ? Relation.cameoFamily(v) : null;
        if (root != null) { // a finer code would select only part of what the family holds
            throw new QueryParameterException(name, value, "'" + v + "' is a finer CAMEO code; ?" + name
                    + " takes a root family: use " + root.cameoRoot() + " (" + CameoFamilies.name(root) + ")");
        }
        throw new QueryParameterException(name, value, "not a CAMEO family; use a code 01-20 or one of: "
                + String.join(", ", CameoFamilies.names()));
    }

    private static Node modality(String name, String value, String v) {
        for (Modality m : Modality.values()) {
            if (m.key().equalsIgnoreCase(v)) {
                return NodeFactory.createURI(Vocab.NS + m.key());
            }
        }
        throw new QueryParameterException(name, value, "not a modality; use one of: "
                + Arrays.stream(Modality.values()).map(Modality::key).collect(Collectors.joining(", ")));
    }
}
