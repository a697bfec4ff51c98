package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.RDFNode;
import org.conflictkg.InMemoryGraphTest;
import org.junit.jupiter.api.Test;

/**
 * How {@code --param} values are read: by the kind the query declares, else by the value's shape. An empty store
 * suffices: actors resolve through the gazetteer, and the queries return their bound parameters.
 */
class QueryParametersTest extends InMemoryGraphTest {
    private static final String CKG = "https://w3id.org/conflict-kg/ontology#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** A query that declares one parameter of each kind and returns what they bind. */
    private static final String DECLARED = """
            # What each kind of parameter binds.
            # @param actor          actor         an actor
            # @param family         cameo-family  a CAMEO family
            # @param from           date          a day
            # @param minConfidence  number
            # @param modality       modality
            SELECT ?actor ?family ?from ?minConfidence ?modality WHERE { }
            """;
    /** A query typed on the command line: no declarations, so the shape of a value decides. */
    private static final String UNDECLARED = "SELECT ?x ?day ?n ?iri WHERE { BIND (1 AS ?one) }";

    private static RDFNode bound(String sparql, String name, String value) {
        return graph.select(sparql, Map.of(name, value)).rows().get(0).get(name);
    }

    private static String literal(RDFNode n) {
        return n.asLiteral().getLexicalForm() + "^^" + n.asLiteral().getDatatypeURI().replace(XSD, "xsd:");
    }

    private static String failure(String sparql, String name, String value) {
        QueryParameterException e = assertThrows(QueryParameterException.class,
                () -> graph.select(sparql, Map.of(name, value)), name + "=" + value);
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith("--param " + name + "=" + value + ": "), e.getMessage());
        assertEquals(name, e.parameter());
        return e.getMessage();
    }

    @Test
    void eachDeclaredKindBindsItsTerm() {
        assertEquals("https://w3id.org/conflict-kg/id/actor/russia", bound(DECLARED, "actor", "Russia").asResource().getURI());
        assertEquals(CKG + "fights", bound(DECLARED, "family", "19").asResource().getURI());
        assertEquals(CKG + "fights", bound(DECLARED, "family", "fight").asResource().getURI());
        assertEquals(CKG + "providesAidTo", bound(DECLARED, "family", "7").asResource().getURI());
        assertEquals(CKG + "mobilizesAgainst", bound(DECLARED, "family", "Exhibit force posture").asResource().getURI());
        assertEquals("2016-10-01^^xsd:date", literal(bound(DECLARED, "from", "2016-10-01")));
        assertEquals("0.7^^xsd:decimal", literal(bound(DECLARED, "minConfidence", "0.7")));
        assertEquals(CKG + "alleged", bound(DECLARED, "modality", "Alleged").asResource().getURI());
    }

    @Test
    void anUndeclaredVariableIsReadByTheShapeOfItsValue() {
        assertEquals("2016-10-01^^xsd:date", literal(bound(UNDECLARED, "day", "2016-10-01")));
        assertEquals("3^^xsd:decimal", literal(bound(UNDECLARED, "n", "3")));
        assertEquals("https://w3id.org/conflict-kg/id/actor/islamic-state", bound(UNDECLARED, "x", "Daesh").asResource().getURI());
        assertEquals("http://example.org/a", bound(UNDECLARED, "iri", "<http://example.org/a>").asResource().getURI());
        assertTrue(bound(UNDECLARED, "x", "19").isLiteral(), "an undeclared variable is no family: 19 is a number");
    }

    @Test
    void eachBindingSaysWhatItWasReadAsAndWhy() {
        List<ParameterBinding> declared = graph.explainParameters(DECLARED, Map.of("from", "2016-10-01"));
        assertEquals("?from = \"2016-10-01\"^^<" + XSD + "date> (an ISO date: the query declares ?from an ISO date)",
                declared.get(0).toString());
        ParameterBinding actor = graph.explainParameters(UNDECLARED, Map.of("x", "Daesh")).get(0);
        assertEquals("<https://w3id.org/conflict-kg/id/actor/islamic-state>", actor.term());
        assertTrue(actor.as().startsWith("an actor: the query does not declare ?x"), actor.as());
        assertTrue(graph.explainParameters(UNDECLARED, Map.of("n", "19")).get(0).as().startsWith("a number"));
        assertThrows(QueryParameterException.class, () -> graph.explainParameters(DECLARED, Map.of("from", "May")));
    }

    @Test
    void aValueOfTheWrongKindSaysWhichKindAndWhy() {
        assertTrue(failure(DECLARED, "from", "2016-13-01").contains("not a valid ISO date (Invalid value for MonthOfYear"));
        assertTrue(failure(DECLARED, "from", "2016-02-30").contains("not a valid ISO date (Invalid date 'FEBRUARY 30')"));
        assertTrue(failure(DECLARED, "from", "last week").contains("not an ISO date; ?from takes a date written YYYY-MM-DD"));
        assertTrue(failure(UNDECLARED, "day", "2016-13-01").contains("not a valid ISO date"), "the shape says date");

        String family = failure(DECLARED, "family", "foo");
        assertTrue(family.startsWith("--param family=foo: not a CAMEO family; use a code 01-20 or one of: "
                + "make public statement, appeal, "), family);
        assertTrue(family.endsWith("fight, use unconventional mass violence"), family);
        assertTrue(failure(DECLARED, "family", "21").contains("not a CAMEO family"));
        assertTrue(failure(DECLARED, "family", "attacks").contains("not a CAMEO family"), "a relation, not a family");
        assertTrue(failure(DECLARED, "family", "195").contains("'195' is a finer CAMEO code; ?family takes a root family: use 19 (fight)"));

        assertTrue(failure(DECLARED, "minConfidence", "high").contains("not a number"));
        assertTrue(failure(DECLARED, "modality", "rumoured").contains("not a modality; use one of: asserted, negated, "));
        assertTrue(failure(DECLARED, "actor", "2016-10-01").contains("no actor named '2016-10-01' for ?actor"),
                "a declared actor is an actor, whatever its shape");
    }

    @Test
    void aNameTheQueryDoesNotTakeIsRefusedWithTheQuerysParameters() {
        assertEquals("--param form=2016-10-01: the query has no parameter ?form; its parameters are ?actor, ?family, "
                + "?from, ?minConfidence, ?modality", failure(DECLARED, "form", "2016-10-01"));
        assertTrue(failure(UNDECLARED, "target", "Russia").contains("the query has no parameter ?target; its parameters are "
                + "?day, ?iri, ?n, ?x"));
        assertTrue(failure(UNDECLARED, "one", "2").contains("the query has no parameter ?one"), "a BIND target is none");
        assertTrue(failure(DECLARED, "min-confidence", "0.5").contains("'min-confidence' is not a SPARQL variable name"));
        assertTrue(failure(DECLARED, "", "0.5").contains("is not a SPARQL variable name"));
        assertEquals("--param target> } UNION {=Assad: 'target> } UNION {' is not a SPARQL variable name (letters, "
                + "digits and underscores); its parameters are ?actor, ?family, ?from, ?minConfidence, ?modality",
                failure(DECLARED, "target> } UNION {", "Assad"));
        assertTrue(failure(UNDECLARED, "x y", "1").endsWith("its parameters are ?day, ?iri, ?n, ?x"));
        assertTrue(failure("SELECT * { BIND (1 AS ?one) }", "one", "1").endsWith("the query has no parameter ?one; it has none"));
    }

    @Test
    void anIriValueIsCheckedAsAnIri() {
        assertEquals("https://w3id.org/conflict-kg/ontology#fights",
                bound(UNDECLARED, "iri", "<https://w3id.org/conflict-kg/ontology#fights>").asResource().getURI());
        assertEquals("urn:x:1", bound(DECLARED, "actor", "<urn:x:1>").asResource().getURI());
        assertTrue(failure(UNDECLARED, "iri", "<http://example.org/a b>").contains("not an IRI: it contains a space"));
        assertTrue(failure(UNDECLARED, "iri", "<http://example.org/a> . ?s ?p ?o . <x>").contains("not an IRI: it contains"));
        assertTrue(failure(UNDECLARED, "iri", "<http://ex.org/{x}>").contains("not an IRI: it contains '{'"));
        assertTrue(failure(UNDECLARED, "iri", "<relative/path>").contains("not an absolute IRI"));
        assertTrue(failure(UNDECLARED, "iri", "<>").contains("not an absolute IRI"));
        assertTrue(failure(DECLARED, "actor", "<http://[bad/>").contains("not an IRI ("));
    }

    @Test
    void aBadDeclarationIsAnErrorOfTheQuery() {
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> graph.select("# @param x place\nSELECT ?x {}", Map.of()));
        assertEquals("query header: ?x has the unknown kind 'place' (use actor, cameo-family, date, number, modality)", kind.getMessage());
        IllegalArgumentException unused = assertThrows(IllegalArgumentException.class,
                () -> graph.select("# @param y actor\nSELECT ?x {}", Map.of()));
        assertEquals("query header declares ?y, which the query does not use", unused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> graph.select("# @param x\nSELECT ?x {}", Map.of()));
        IllegalArgumentException assigned = assertThrows(IllegalArgumentException.class,
                () -> graph.select("# @param x number\nSELECT ?x { BIND (1 AS ?x) }", Map.of()));
        assertTrue(assigned.getMessage().contains("which the query assigns itself"), assigned.getMessage());
        assertEquals(Map.of(), QueryParameters.of("SELECT ?x {}\n# @param x actor\n",
                QueryRunner.parse("SELECT ?x {}\n# @param x actor\n")).declared(), "only the header declares");
    }

    /** Every file of queries/ declares its parameters, and the README's table of queries lists each with them. */
    @Test
    void everyReadyQueryDeclaresItsParametersAsTheReadmeLists() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([\\w-]+\\.rq)` \\| ([^|]*)\\|").matcher(readme);
        while (row.find()) {
            listed.add(row.group(1));
            String sparql = Files.readString(Path.of("queries", row.group(1)));
            Set<String> declared = new TreeSet<>(QueryParameters.of(sparql, QueryRunner.parse(sparql)).declared().keySet());
            Set<String> documented = new TreeSet<>();
            Matcher p = Pattern.compile("`(\\w+)`").matcher(row.group(2));
            while (p.find()) {
                documented.add(p.group(1));
            }
            assertEquals(declared, documented, row.group(1));
        }
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<String> rq = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".rq")).sorted().toList();
            assertEquals(new TreeSet<>(rq), listed, "queries/ and the README's table");
        }
    }
}
