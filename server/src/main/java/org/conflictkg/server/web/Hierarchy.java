package org.conflictkg.server.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * The actors' {@code ckg:partOf} hierarchy (forces and ministries of a state, and the like), read from the actors
 * graph in one query, to roll an actor up to the top of its hierarchy in memory: the same answer as the ready queries'
 * {@code ?x ckg:partOf* ?top FILTER NOT EXISTS { ?top ckg:partOf [] }}, without a path search per row.
 */
final class Hierarchy {
    private static final String PART_OF = """
            PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            PREFIX kgg: <https://w3id.org/conflict-kg/id/graph/>
            SELECT ?part ?whole WHERE { GRAPH kgg:actors { ?part ckg:partOf ?whole } }""";

    private final Map<String, List<String>> parents;
    private final Map<String, String> tops = new HashMap<>();

    private Hierarchy(Map<String, List<String>> parents) {
        this.parents = parents;
    }

    /** Reads the hierarchy; call inside a read transaction. */
    static Hierarchy read(Dataset dataset) {
        Map<String, List<String>> parents = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PART_OF).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                if (row.get("part").isURIResource() && row.get("whole").isURIResource()) {
                    parents.computeIfAbsent(row.getResource("part").getURI(), k -> new ArrayList<>())
                            .add(row.getResource("whole").getURI());
                }
            }
        }
        parents.values().forEach(l -> l.sort(null));
        return new Hierarchy(parents);
    }

    /** The actor at the top of this one's hierarchy: itself when it is part of nothing. */
    String top(String actor) {
        return tops.computeIfAbsent(actor, a -> climb(a, new HashSet<>()));
    }

    private String climb(String actor, Set<String> seen) {
        List<String> up = parents.get(actor);
        if (up == null || !seen.add(actor)) {
            return actor;
        }
        // partOf is transitive and may be stated to every ancestor: the top is the first one that is part of nothing
        for (String p : up) {
            if (!parents.containsKey(p)) {
                return p;
            }
        }
        return climb(up.get(0), seen);
    }
}
