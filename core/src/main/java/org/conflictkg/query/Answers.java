package org.conflictkg.query;

import java.io.OutputStream;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

/** The solutions of a SELECT query, read into memory so they outlive the transaction. */
public final class Answers {
    private final ResultSetRewindable results;

    Answers(ResultSetRewindable results) {
        this.results = results;
    }

    public List<String> variables() {
        return results.getResultVars();
    }

    /** The rows, each a map from variable name to value (absent when unbound). */
    public List<java.util.Map<String, RDFNode>> rows() {
        results.reset();
        List<java.util.Map<String, RDFNode>> rows = new java.util.ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            java.util.Map<String, RDFNode> row = new java.util.LinkedHashMap<>();
            for (String v : results.getResultVars()) {
                if (s.contains(v)) {
                    row.put(v, s.get(v));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    public int size() {
        return results.size();
    }

    /** Writes the answers in a format. */
    public void write(OutputStream out, ResultFormat format) {
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
}
