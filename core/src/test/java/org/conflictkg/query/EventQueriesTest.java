package org.conflictkg.query;

import static org.conflictkg.query.QueriesTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestReport;
import org.conflictkg.relations.FamilyCounts;
import org.conflictkg.relations.CameoFamilies;
import org.conflictkg.relations.Relation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code events.rq} and {@code relations.rq} on a store of the project's examples (which carry no dates) and one
 * dated article written for this test.
 */
class EventQueriesTest {
    @TempDir
    static Path tmp;
    static ConflictGraph graph;
    static IngestReport report;

    @BeforeAll
    static void ingest() throws Exception {
        // published on Monday 3 October 2016; the strike "on Sunday" is dated 2 October, the other two sentences
        // name no day and take the publication date
        Files.writeString(tmp.resolve("dated.txt"), "Jets strike rebel depots in Idlib\n\nPublished: 2016-10-03\n\n"
                + "Russian warplanes bombed rebel positions in Idlib on Sunday, a monitoring group said.\n\n"
                + "Turkey condemned Russia for the raids.\n\n"
                + "Iran threatened to retaliate against Israel.\n");
        graph = ConflictGraph.inMemory();
        report = graph.ingest(List.of(Path.of("examples"), tmp));
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    /** Each row of events.rq as "subject relation object (code family) date", date "-" when unknown. */
    private static List<String> events(Map<String, String> params) throws Exception {
        return QueriesTest.run(graph, "events.rq", params).rows().stream().map(r -> text(r.get("subject")) + " "
                + text(r.get("relation")) + " " + text(r.get("object")) + " (" + text(r.get("familyCode")) + " "
                + text(r.get("familyName")) + ") " + (r.containsKey("date") ? text(r.get("date")) : "-")).toList();
    }

    /** Each row of relations.rq as "direction relation other" → documents. */
    private static Map<String, String> relations(Map<String, String> params) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        QueriesTest.run(graph, "relations.rq", params).rows().forEach(r -> out.put(text(r.get("direction")) + " "
                + text(r.get("relation")) + " " + text(r.get("label")), text(r.get("documents"))));
        return out;
    }

    @Test
    void eventsAreAssertedFactsWithTheirFamilyAndDayDatedOnesFirst() throws Exception {
        List<String> all = events(Map.of());
        assertEquals("Russian Armed Forces attacksIn Idlib (19 fight) 2016-10-02", all.get(0), all.toString());
        assertTrue(all.contains("Turkey criticizes Russia (11 disapprove) 2016-10-03"), "the publication date: " + all);
        assertTrue(all.contains("Iran threatens Israel (13 threaten) 2016-10-03"), all.toString());
        assertTrue(all.contains("Turkey appealsTo Russia (02 appeal) -"), all.toString());
        assertTrue(all.contains("US-led coalition attacks Islamic State (19 fight) -"), all.toString());
        assertTrue(all.stream().noneMatch(e -> e.startsWith("Iran backs Houthis")), "a denial is no event: " + all);
        assertTrue(all.stream().noneMatch(e -> e.contains(" leaderOf ") || e.contains(" memberOf ")),
                "offices are no events: " + all);
        assertEquals(List.of("United States cooperatesWith Russia (06 engage in material cooperation) -", // "refused to confirm"
                "Iran backs Houthis (07 provide aid) -"), events(Map.of("modality", "negated")));
        assertEquals(all, events(Map.of("modality", "asserted")));
    }

    @Test
    void aFamilyByCodeOrNameSelectsItsEvents() throws Exception {
        List<String> fights = events(Map.of("family", "fight"));
        assertEquals(fights, events(Map.of("family", "19")));
        assertTrue(fights.size() >= 5, fights.toString());
        assertTrue(fights.stream().allMatch(e -> e.contains(" (19 fight) ")), fights.toString());
        assertEquals(List.of("Turkey appealsTo Russia (02 appeal) -"), events(Map.of("family", "appeal")));
        assertEquals(List.of(), events(Map.of("family", "commitsMassViolenceAgainst")));
    }

    @Test
    void datesBoundTheEventsDayOrElseThePublicationDayBothEndsIncluded() throws Exception {
        assertEquals(List.of("Russian Armed Forces attacksIn Idlib (19 fight) 2016-10-02"),
                events(Map.of("to", "2016-10-02")), "undated events are left out");
        assertEquals(Set.of("Turkey criticizes Russia (11 disapprove) 2016-10-03", "Iran threatens Israel (13 threaten) 2016-10-03"),
                Set.copyOf(events(Map.of("from", "2016-10-03"))));
        assertEquals(3, events(Map.of("from", "2016-10-02", "to", "2016-10-03")).size());
        assertEquals(List.of(), events(Map.of("from", "2016-10-04")));
        assertEquals(List.of("Russian Armed Forces attacksIn Idlib (19 fight) 2016-10-02"),
                events(Map.of("family", "fight", "from", "2016-10-01", "to", "2016-10-31")));
    }

    @Test
    void anActorMatchesEitherSideWithItsForcesOfficialsAndWhatItLeads() throws Exception {
        List<String> russia = events(Map.of("actor", "Russia"));
        for (String e : List.of("Russian Armed Forces attacksIn Idlib (19 fight) 2016-10-02", // its forces, as subject
                "Turkey criticizes Russia (11 disapprove) 2016-10-03", // itself, as object
                "Human Rights Watch criticizes Russian Armed Forces (11 disapprove) -", // its forces, as object
                "John Kerry talksWith Sergei Lavrov (04 consult) -", // an official who serves it
                "Vladimir Putin talksWith Recep Tayyip Erdoğan (04 consult) -")) { // its leader
            assertTrue(russia.contains(e), e + " in " + russia);
        }
        assertTrue(russia.stream().noneMatch(e -> e.contains("Houthis") || e.contains("US-led coalition")), russia.toString());
        assertTrue(russia.stream().noneMatch(e -> e.startsWith("Iran threatens")), russia.toString());
        List<String> erdogan = events(Map.of("actor", "Erdogan"));
        assertTrue(erdogan.contains("Turkey appealsTo Russia (02 appeal) -"), "what the actor leads: " + erdogan);
        assertEquals(events(Map.of("actor", "Russian jets", "family", "fight")),
                events(Map.of("actor", "Russia", "family", "fight")).stream().filter(e -> e.startsWith("Russian Armed Forces")).toList(),
                "the forces alone: their own events");
    }

    @Test
    void aThresholdKeepsEventsStatedConfidentlyEnough() throws Exception {
        List<String> all = events(Map.of());
        assertEquals(all, events(Map.of("minConfidence", "0")));
        List<String> sure = events(Map.of("minConfidence", "0.75"));
        assertTrue(sure.size() > 0 && sure.size() < all.size(), sure.toString());
        assertTrue(sure.contains("Turkey criticizes Russia (11 disapprove) 2016-10-03"), "0.8: " + sure);
        assertEquals(List.of(), events(Map.of("minConfidence", "0.99")));
    }

    /** The names events.rq lists in its VALUES table are those of the library and the ontology. */
    @Test
    void theQueryNamesEachFamilyAsTheLibraryDoes() throws Exception {
        String rq = Files.readString(Path.of("queries", "events.rq"));
        Matcher m = Pattern.compile("\\(ckg:(\\w+)\\s+\"(\\d\\d)\"\\s+\"([^\"]+)\"\\)").matcher(rq);
        Set<String> inQuery = new TreeSet<>();
        while (m.find()) {
            inQuery.add(m.group(2) + " " + m.group(1) + " " + m.group(3));
        }
        Set<String> inLibrary = new TreeSet<>();
        for (Relation f : CameoFamilies.all()) {
            inLibrary.add(f.cameoRoot() + " " + f.localName() + " " + CameoFamilies.name(f));
        }
        assertEquals(inLibrary, inQuery);
    }

    /** The ingest's per-family summary counts what the store holds: every modality, and the assertions of no family. */
    @Test
    void theIngestReportCountsTheAssertionsStoredByFamily() {
        FamilyCounts families = report.families();
        assertEquals(report.assertions(), families.total());
        Map<Relation, Long> stored = new LinkedHashMap<>();
        graph.select("""
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                SELECT ?family (COUNT(?a) AS ?n) { ?a ckg:cameoFamily ?family } GROUP BY ?family""", Map.of())
                .rows().forEach(r -> stored.put(Relation.parse(r.get("family").asResource().getLocalName()),
                        r.get("n").asLiteral().getLong()));
        assertEquals(stored, families.byFamily());
        assertTrue(families.byFamily().get(Relation.FIGHTS) >= 10, families.toString());
        assertEquals(List.copyOf(families.byFamily().keySet()), families.byFamily().keySet().stream()
                .sorted(java.util.Comparator.comparing(Relation::cameoRoot)).toList(), "in code order");
        long offices = graph.select("""
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                SELECT (COUNT(?a) AS ?n) { ?a a ckg:Assertion FILTER NOT EXISTS { ?a ckg:cameoFamily [] } }""", Map.of())
                .rows().get(0).get("n").asLiteral().getLong();
        assertEquals(offices, families.withoutFamily());
        assertTrue(offices > 0, "leaderOf and memberOf have no family");
    }

    @Test
    void relationsGoBothWaysRolledUpWithDocumentCounts() throws Exception {
        Map<String, String> russia = relations(Map.of("actor", "Russia"));
        assertEquals("2", russia.get("out attacksIn Idlib"), "two documents: " + russia);
        assertEquals("1", russia.get("out attacks Islamic State"), "its forces count for it: " + russia);
        assertEquals("1", russia.get("out backs Syria"), "Assad answers as the state he leads: " + russia);
        assertEquals("1", russia.get("mutual alliedWith Syria"), russia.toString());
        assertEquals("1", russia.get("mutual talksWith United States"), "Lavrov and Kerry: " + russia);
        assertEquals("1", russia.get("mutual talksWith Turkey"), "Putin and Erdogan: " + russia);
        assertEquals("1", russia.get("in criticizes United States"), "twice in one article: " + russia);
        assertEquals("1", russia.get("in criticizes Human Rights Watch"), "of its forces: " + russia);
        assertEquals("1", russia.get("in criticizes Turkey"), "in the dated article: " + russia);
        assertEquals("1", russia.get("in appealsTo Turkey"), russia.toString());
        assertTrue(russia.keySet().stream().noneMatch(k -> k.endsWith(" Russia") || k.contains("partOf")), russia.toString());
        assertFalse(russia.containsKey("out attacks Turkey"), "an accident is no attack: " + russia);
        assertFalse(russia.containsKey("mutual cooperatesWith Turkey"), "a prediction is no fact: " + russia);

        Map<String, String> putin = relations(Map.of("actor", "Putin"));
        // "the two leaders agreed to expand ...": an agreement between them, and the intent of each
        assertEquals(Map.of("out leaderOf Russia", "1", "mutual talksWith Turkey", "1", "in intendsToCooperateWith Turkey", "1",
                "mutual cooperatesDiplomaticallyWith Turkey", "1"), putin);
        assertEquals(Map.of(), relations(Map.of("actor", "Russia", "minConfidence", "0.99")));
        assertEquals(Set.of("in criticizes United States", "in criticizes NATO", "in criticizes Turkey", "in appealsTo Turkey"),
                relations(Map.of("actor", "Russia", "minConfidence", "0.8")).keySet());
    }
}
