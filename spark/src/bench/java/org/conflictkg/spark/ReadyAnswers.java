package org.conflictkg.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflictkg.ConflictGraph;
import org.conflictkg.query.ReadyQuery;

/** Asks two stores the same ready questions and counts the answers that agree. */
final class ReadyAnswers {
    private ReadyAnswers() {
    }

    /**
     * Each ready query that takes an actor, with each of the {@code top} actors in most assertions of {@code a}, and
     * the events query with no parameter.
     *
     * @return {same, asked, actors}
     */
    static int[] compare(ConflictGraph a, ConflictGraph b, int top) {
        List<String> actors = new ArrayList<>();
        a.select("PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT ?actor (COUNT(*) AS ?n) WHERE { "
                        + "?x ckg:subject ?actor } GROUP BY ?actor ORDER BY DESC(?n) ?actor LIMIT " + top, Map.of())
                .list().forEach(r -> actors.add("<" + r.get("actor") + ">"));
        int same = 0;
        int asked = 0;
        for (ReadyQuery q : ReadyQuery.values()) {
            List<String> params = q.parameters();
            String name = params.stream().filter(p -> List.of("actor", "target", "state").contains(p)).findFirst()
                    .orElse(null);
            List<Map<String, String>> questions = new ArrayList<>();
            if (name == null && q == ReadyQuery.EVENTS) {
                questions.add(Map.of());
            } else if (name != null) {
                actors.forEach(actor -> questions.add(Map.of(name, actor)));
            }
            for (Map<String, String> p : questions) {
                asked++;
                List<String> ra = rows(a, q, p);
                List<String> rb = rows(b, q, p);
                if (ra.equals(rb)) {
                    same++;
                } else {
                    List<String> onlyA = ra.stream().filter(r -> !rb.contains(r)).limit(2).toList();
                    List<String> onlyB = rb.stream().filter(r -> !ra.contains(r)).limit(2).toList();
                    System.out.println("DIFFERENT " + q.queryName() + " " + p + ": first store only " + onlyA
                            + "; second store only " + onlyB);
                }
            }
        }
        return new int[] {same, asked, actors.size()};
    }

    private static List<String> rows(ConflictGraph g, ReadyQuery q, Map<String, String> p) {
        return g.select(q, p).list().stream().map(r -> r.asMap().toString()).sorted().toList();
    }
}
