package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        Files.writeString(tmp.resolve("d.txt"), "The Americans backed the Iraqi government against the insurgents.\n\n"
                + "Iran condemned the Americans for the raid.\n");
        graph = ConflictGraph.inMemory();
        graph.ingest(List.of(tmp));
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    static Map<String, String> run(String file, Map<String, String> params, String column) throws Exception {
        Answers a = run(graph, file, params);
        return a.rows().stream().collect(Collectors.toMap(r -> text(r.get("label")), r -> text(r.get(column))));
    }

    /** Runs a file of queries/ with parameters, as kg query does. */
    static Answers run(ConflictGraph graph, String file, Map<String, String> params) throws java.io.IOException {
        return graph.select(Files.readString(Path.of("queries", file)), params);
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

    @Test
    void aParameterIsReadAsTheExtractorReadsTheSameWordsInAnArticle() throws Exception {
        assertEquals(Map.of("United States", "1"), run("backers.rq", Map.of("target", "Iraqi government"), "documents"),
                "no label says 'Iraqi government'; the recognizer reads it as Iraq");
        assertEquals(Map.of("United States", "1"), run("backers.rq", Map.of("target", "the Iraqi government"), "documents"));
        assertEquals(Map.of("Iran", "1"), run("critics.rq", Map.of("target", "the Americans"), "documents"));
        assertEquals(Map.of("Palmyra", "1"), run("strike-locations.rq", Map.of("actor", "Russian jets"), "documents"),
                "Russia's forces");
        assertEquals(Map.of("Recep Tayyip Erdoğan", "1"),
                run("talks.rq", Map.of("actor", "Russian President Vladimir Putin"), "documents"), "a title and a name");
    }

    @Test
    void aPhraseThatNamesSeveralActorsOrPartOfOneIsUnknown() {
        String backers = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT ?s { ?s ckg:backs ?target }";
        for (String phrase : List.of("Russian jets over Idlib", "Turkish-backed", "Moscow and Ankara", "Iraqi government ministers")) {
            UnknownActorException e = assertThrows(UnknownActorException.class,
                    () -> graph.select(backers, Map.of("target", phrase)), phrase);
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
        UnknownActorException typo = assertThrows(UnknownActorException.class,
                () -> graph.select(backers, Map.of("target", "Vladimir Putn")));
        assertTrue(typo.suggestions().contains("Vladimir Putin"), "a name the recognizer merely guesses is a typo: "
                + typo.getMessage());
    }
}
