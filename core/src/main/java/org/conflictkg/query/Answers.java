package org.conflictkg.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The solutions of a SELECT query, read into memory so they outlive the transaction.
 *
 * <p>{@link #list()} gives the rows with plain strings (an IRI as its text, a literal as its lexical form);
 * {@link #asJena()} gives Jena's {@link RDFNode}s for callers that want the RDF terms.
 *
 * <p>Thread-safe: the rows are read once and never change, and {@link #write} and {@link #asJena()} hold the
 * answers' lock while they walk the copied result set, so one {@code Answers} may be shared between threads.
 */
public final class Answers {
    private final ResultSetRewindable results;
    private final List<String> variables;
    private final List<Row> list;

    Answers(ResultSetRewindable results) {
        this.results = results;
        this.variables = List.copyOf(results.getResultVars());
        List<Row> rows = new ArrayList<>();
        for (Map<String, RDFNode> row : read(results)) {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, Boolean> iris = new LinkedHashMap<>();
            row.forEach((v, n) -> {
                values.put(v, text(n));
                iris.put(v, n.isURIResource());
            });
            rows.add(new Row(Collections.unmodifiableMap(values), Collections.unmodifiableMap(iris)));
        }
        this.list = List.copyOf(rows);
    }

    /** The variables of the query's SELECT clause, in order. */
    public List<String> variables() {
        return variables;
    }

    /** The rows with plain strings: labels and IRIs as text. */
    public List<Row> list() {
        return list;
    }

    /** The rows as Jena's terms, each a map from variable name to value (absent when unbound). */
    public synchronized List<Map<String, RDFNode>> asJena() {
        return read(results);
    }

    /**
     * The rows as Jena's terms; the same as {@link #asJena()}.
     *
     * @deprecated use {@link #list()} for plain strings, or {@link #asJena()} for Jena's terms
     */
    @Deprecated
    public List<Map<String, RDFNode>> rows() {
        return asJena();
    }

    public int size() {
        return list.size();
    }

    /** Writes the answers in a format. */
    public synchronized void write(OutputStream out, ResultFormat format) {
        results.reset();
        switch (format) {
            case TEXT -> ResultSetFormatter.out(out, results);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }

    static Answers of(org.apache.jena.query.ResultSet rs) {
        return new Answers(ResultSetFactory.copyResults(rs));
    }

    private static List<Map<String, RDFNode>> read(ResultSetRewindable results) {
        results.reset();
        List<Map<String, RDFNode>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            Map<String, RDFNode> row = new LinkedHashMap<>();
            for (String v : results.getResultVars()) {
                if (s.contains(v)) {
                    row.put(v, s.get(v));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(RDFNode n) {
        if (n.isURIResource()) {
            return n.asResource().getURI();
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        return "_:" + n.asResource().getId().getLabelString();
    }

    /**
     * One row of answers with plain strings: {@code row.get("label")} is {@code "Russia"},
     * {@code row.get("actor")} is {@code "https://w3id.org/conflict-kg/id/actor/russia"}.
     *
     * <p>Immutable and thread-safe.
     */
    public static final class Row {
        private final Map<String, String> values;
        private final Map<String, Boolean> iris;

        private Row(Map<String, String> values, Map<String, Boolean> iris) {
            this.values = values;
            this.iris = iris;
        }

        /** The value of a variable as text (an IRI, a literal's lexical form, {@code _:b0} for a blank node); null when unbound. */
        public String get(String variable) {
            return values.get(variable);
        }

        /** True when the variable is bound in this row. */
        public boolean has(String variable) {
            return values.containsKey(variable);
        }

        /** True when the variable's value is an IRI. */
        public boolean isIri(String variable) {
            return iris.getOrDefault(variable, false);
        }

        /** The bound variables and their values as text, in the order of the SELECT clause. */
        public Map<String, String> asMap() {
            return values;
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }
}
