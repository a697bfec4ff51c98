package org.conflictkg.query;

import java.math.BigDecimal;
import java.util.Map;
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

/**
 * Runs SPARQL SELECT queries with parameters bound as RDF terms (never spliced into the query text): a name binds
 * the actor it names, a number binds an xsd:decimal, {@code <iri>} binds that IRI.
 */
public final class QueryRunner {
    private final Dataset dataset;
    private final ActorNames names;

    public QueryRunner(Dataset dataset, Gazetteer gazetteer) {
        this.dataset = dataset;
        this.names = new ActorNames(dataset, gazetteer);
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
        Query query = parse(sparql);
        Map<String, Node> bindings = new java.util.LinkedHashMap<>();
        parameters.forEach((k, v) -> bindings.put(k, term(k, v)));
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query);
            bindings.forEach((k, v) -> builder.substitution(k, ModelFactory.createDefaultModel().asRDFNode(v)));
            try (QueryExecution qe = builder.build()) {
                return Answers.of(qe.execSelect());
            }
        });
    }

    private Node term(String name, String value) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            return NodeFactory.createURI(v.substring(1, v.length() - 1));
        }
        if (v.matches("-?\\d+(\\.\\d+)?")) {
            return NodeFactory.createLiteralDT(new BigDecimal(v).toPlainString(), XSDDatatype.XSDdecimal);
        }
        return names.resolve(name, v);
    }
}
