package org.conflictkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictkg.query.Answers;
import org.conflictkg.query.ReadyQuery;
import org.conflictkg.relations.Relation;
import org.junit.jupiter.api.Test;

/**
 * The facade's additions for applications (issue 11): text ingested from a String, the ready queries as
 * {@link ReadyQuery} constants, answers as plain strings, relations printed as the ontology's local names.
 */
class FacadeTest extends InMemoryGraphTest {
    private static final Pattern PARAM = Pattern.compile("^#\\s*@param\\s+(\\S+)", Pattern.MULTILINE);

    @Test
    void everyFileOfQueriesIsAReadyQueryWithTheParametersItsHeaderDeclares() throws Exception {
        Set<String> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, Stream.of(ReadyQuery.values()).map(ReadyQuery::fileName).collect(Collectors.toCollection(TreeSet::new)));
        for (ReadyQuery q : ReadyQuery.values()) {
            String text = Files.readString(Path.of("queries", q.fileName()));
            assertEquals(text, q.sparql(), q + " is the file on the classpath");
            List<String> declared = new ArrayList<>();
            Matcher m = PARAM.matcher(text);
            while (m.find()) {
                declared.add(m.group(1));
            }
            assertEquals(declared, q.parameters(), q.fileName());
            assertEquals("org/conflictkg/queries/" + q.fileName(), q.resource());
        }
        assertEquals(List.of("target", "minConfidence"), ReadyQuery.BACKERS.parameters());
    }

    @Test
    void relationsPrintAsTheOntologysLocalNames() {
        assertEquals("backs", Relation.BACKS.toString());
        assertEquals("cooperatesWith", String.valueOf(Relation.COOPERATES_WITH));
        for (Relation r : Relation.values()) {
            assertEquals(r.localName(), r.toString());
            assertEquals(r, Relation.parse(r.toString()));
        }
    }

    @Test
    void aTextFromAStringIsStoredUnderItsNameAndAnsweredAsPlainStrings() {
        List<String> heard = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void stored(String file, int done, int total) {
                heard.add(file + " " + done + "/" + total);
            }
        };
        String text = "Moscow backs Assad.\n\nRussian jets struck rebels near Idlib on Monday.\n";
        IngestReport first = graph.ingest("notes/moscow.txt", text, listener);
        assertEquals(1, first.added(), first.toString());
        assertTrue(first.assertions() > 0, first.toString());
        assertEquals(List.of("notes/moscow.txt 1/1"), heard);
        assertEquals(1, graph.ingest("notes/moscow.txt", text).unchanged(), "the same text again changes nothing");

        Answers backers = graph.select(ReadyQuery.BACKERS, Map.of("target", "Assad"));
        assertEquals(1, backers.size(), backers.list().toString());
        Answers.Row row = backers.list().get(0);
        assertEquals("Russia", row.get("label"));
        assertEquals("https://w3id.org/conflict-kg/id/actor/russia", row.get("actor"));
        assertTrue(row.isIri("actor"));
        assertFalse(row.isIri("label"));
        assertEquals("Russia", backers.asJena().get(0).get("label").asLiteral().getString(), "Jena's terms when asked for");

        Answers evidence = graph.select(ReadyQuery.EVIDENCE, Map.of("subject", "Russia", "object", "Assad"));
        assertEquals("notes/moscow.txt", evidence.list().get(0).get("source"), "the name is the document's source");
        assertEquals("backs", evidence.list().get(0).get("relation"));

        IngestReport replaced = graph.ingest("notes/moscow.txt", "Moscow criticizes Assad.\n");
        assertEquals(1, replaced.replaced(), "another text under the same name replaces it");
        assertEquals(0, graph.select(ReadyQuery.BACKERS, Map.of("target", "Assad")).size());

        IngestReport blank = graph.ingest("empty.txt", "   \n");
        assertEquals(1, blank.skipped().size(), blank.toString());
        assertEquals(0, blank.documents());
    }
}
