package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conflictkg.ConflictGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of queries/ on a small store of articles written for this test. */
class QueriesTest {
    @TempDir
    static Path tmp;
    static ConflictGraph graph;

    @BeforeAll
    static void ingest() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "Russian jets struck Islamic State positions near Palmyra.\n\n"
                + "Russia backs Syrian President Bashar al-Assad.\n");
        Files.writeString(tmp.resolve("b.txt"), "Moscow backs the Assad government.\n\n"
                + "Turkish warplanes bombed Islamic State targets in al-Bab.\n");
        Files.writeString(tmp.resolve("c.txt"), "Iran did not back the Syrian government.\n\n"
                + "Russian President Vladimir Putin met Turkish President Tayyip Erdogan in Moscow.\n");
        graph = ConflictGraph.inMemory();
        graph.ingest(List.of(tmp));
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    static Map<String, String> run(String file, Map<String, String> params, String column) throws Exception {
        Answers a = graph.select(Files.readString(Path.of("queries", file)), params);
        return a.rows().stream().collect(Collectors.toMap(r -> text(r.get("label")), r -> text(r.get(column))));
    }

    static String text(org.apache.jena.rdf.model.RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    @Test
    void answersCountTheDocumentsThatAssertAFact() throws Exception {
        Map<String, String> backers = run("backers.rq", Map.of("target", "Assad"), "documents");
        assertEquals(Map.of("Russia", "2"), backers, "Iran's denial is not an answer");
        Map<String, String> attackers = run("attackers.rq", Map.of("target", "ISIS"), "documents");
        assertEquals(Map.of("Russia", "1", "Turkey", "1"), attackers, "forces answer as their state");
    }

    @Test
    void aThresholdKeepsFactsStatedConfidentlyEnough() throws Exception {
        assertEquals(2, run("attackers.rq", Map.of("target", "ISIS", "minConfidence", "0.1"), "documents").size());
        assertEquals(0, run("attackers.rq", Map.of("target", "ISIS", "minConfidence", "0.99"), "documents").size());
        assertEquals(0, run("backers.rq", Map.of("target", "Assad", "minConfidence", "0.99"), "documents").size());
        assertEquals(Map.of("Palmyra", "1"), run("strike-locations.rq", Map.of("actor", "Russia", "minConfidence", "0.1"), "documents"));
        assertEquals(0, run("strike-locations.rq", Map.of("actor", "Russia", "minConfidence", "0.99"), "documents").size());
    }

    @Test
    void peopleAnswerForTheStateTheyLeadAndTalksNameThePeople() throws Exception {
        assertEquals(Map.of("Recep Tayyip Erdoğan", "1"), run("talks.rq", Map.of("actor", "Putin"), "documents"));
        assertTrue(run("leaders.rq", Map.of("state", "Russia"), "titles").get("Vladimir Putin").contains("Russian President"));
        assertEquals(Map.of("Palmyra", "1"), run("strike-locations.rq", Map.of("actor", "Russia"), "documents"),
                "al-Bab was Turkey's strike");
    }

    @Test
    void theActorsGraphHoldsEachFactOnce() {
        Answers a = graph.select("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                SELECT (COUNT(*) AS ?n) WHERE {
                  GRAPH <https://w3id.org/conflict-kg/id/graph/actors> {
                    <https://w3id.org/conflict-kg/id/actor/russia-armed-forces> skos:prefLabel ?l ; ckg:partOf ?state } }""",
                Map.of());
        assertEquals("1", text(a.rows().get(0).get("n")), "described in two documents, once in the actors graph");
    }
}
