package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictkg.cli.CliAccess.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kg commands run in-process, on a real TDB2 store in a temporary folder. */
class CommandLineTest {
    @TempDir
    Path tmp;

    private static Run kg(String... args) {
        return CliAccess.run(args);
    }

    @Test
    void ingestThenQueryCsvWithAParameter() {
        String store = tmp.resolve("store").toString();
        Run ingest = kg("ingest", "--store", store, "examples");
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().contains("ingested 5 documents"), ingest.out());
        long assertions = Long.parseLong(ingest.out().replaceFirst("(?s).* (\\d+) assertions.*", "$1"));
        assertEquals(assertions, familySum(ingest.out()), "the family counts add up to the assertions: " + ingest.out());
        assertTrue(ingest.out().matches("(?s).*\n  19 fight +\\d+\n.*"), ingest.out());

        Run q = kg("query", "--store", store, "--format", "csv", "--param", "target=Assad", "queries/backers.rq");
        assertEquals(0, q.code(), q.err());
        String[] lines = q.out().strip().split("\r?\n");
        assertTrue(lines[0].startsWith("label,"), q.out());
        assertTrue(q.out().contains("Russia"), q.out());

        Run again = kg("ingest", "--store", store, "examples");
        assertTrue(again.out().contains("0 new, 0 replaced, 5 unchanged"), again.out());
        assertTrue(again.out().contains("assertions by CAMEO family: none"), "nothing stored this time: " + again.out());
    }

    @Test
    void loadBuildsAStoreFromNquadsAndExtendsOne() throws Exception {
        String ingested = tmp.resolve("ingested").toString();
        assertEquals(0, kg("ingest", "--store", ingested, "examples").code());
        Path nq = tmp.resolve("dump/all.nq");
        Files.createDirectories(nq.getParent());
        Run export = kg("export", "--store", ingested, "--format", "nq", "--out", nq.toString());
        assertEquals(0, export.code(), export.err());

        String built = tmp.resolve("built").toString();
        Run load = kg("load", "--nquads", nq.getParent().toString(), "--store", built);
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().contains("with TDB2's xloader") && load.out().contains("5 documents added"), load.out());
        Run q = kg("query", "--store", built, "--format", "csv", "--param", "target=Assad", "queries/backers.rq");
        Run want = kg("query", "--store", ingested, "--format", "csv", "--param", "target=Assad", "queries/backers.rq");
        assertEquals(want.out(), q.out());
        assertTrue(q.out().contains("Russia"), q.out());

        Run again = kg("load", "--nquads", nq.toString(), "--store", built);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("one write transaction") && again.out().contains("5 already stored"), again.out());

        Run refused = kg("load", "--nquads", nq.toString(), "--store", built, "--loader", "xloader");
        assertEquals(1, refused.code());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("only builds a new store"), refused.err());
        Run none = kg("load", "--nquads", tmp.resolve("nothing-here").toString(), "--store", built);
        assertTrue(none.code() != 0 && none.err().contains("no such file or folder"), none.err());
    }

    /** The sum of the counts under "assertions by CAMEO family:" ("  19 fight   13", "     no CAMEO family   2"). */
    private static long familySum(String text) {
        String block = text.substring(text.indexOf("assertions by CAMEO family:"));
        return block.lines().skip(1).filter(l -> l.startsWith("  "))
                .mapToLong(l -> Long.parseLong(l.strip().replaceFirst(".*\\s", ""))).sum();
    }

    @Test
    void aliasesNameTheSameActor() {
        String store = tmp.resolve("store").toString();
        kg("ingest", "--store", store, "examples");
        Run isis = kg("query", "--store", store, "--format", "csv", "--param", "target=ISIS", "queries/attackers.rq");
        Run daesh = kg("query", "--store", store, "--format", "csv", "--param", "target=Daesh", "queries/attackers.rq");
        assertEquals(0, isis.code(), isis.err());
        assertEquals(isis.out(), daesh.out());
    }

    @Test
    void unknownNameIsOneLineWithSuggestions() {
        String store = tmp.resolve("store").toString();
        kg("ingest", "--store", store, "examples");
        Run q = kg("query", "--store", store, "--param", "target=Rusia", "queries/backers.rq");
        assertEquals(1, q.code());
        assertEquals(1, q.err().strip().lines().count(), q.err());
        assertTrue(q.err().contains("Rusia") && q.err().contains("Russia?"), q.err());
    }

    @Test
    void typedParametersBindDatesAndFamiliesAndABadOneIsOneLine() {
        String store = tmp.resolve("store").toString();
        kg("ingest", "--store", store, "examples");
        Run fights = kg("query", "--store", store, "--format", "csv", "--param", "family=fight", "--param", "actor=Turkey",
                "queries/events.rq");
        assertEquals(0, fights.code(), fights.err());
        assertTrue(fights.out().contains("Turkish Armed Forces,attacks,19,fight,Islamic State,"), fights.out());
        Run dated = kg("query", "--store", store, "--format", "csv", "--param", "from=2016-10-01", "queries/events.rq");
        assertEquals(0, dated.code(), dated.err());
        assertEquals(1, dated.out().strip().lines().count(), "the examples carry no dates: " + dated.out());

        String[][] bad = {
            {"from=2016-13-01", "queries/events.rq", "kg query: --param from=2016-13-01: not a valid ISO date ("},
            {"family=foo", "queries/events.rq", "kg query: --param family=foo: not a CAMEO family; use a code 01-20 or one of: make public statement,"},
            {"minConfidence=high", "queries/events.rq", "kg query: --param minConfidence=high: not a number"},
            {"tagret=Assad", "queries/backers.rq",
                "kg query: --param tagret=Assad: the query has no parameter ?tagret; its parameters are ?target, ?minConfidence"},
            {"min-confidence=0.5", "queries/backers.rq", "is not a SPARQL variable name"},
            {"target> } UNION {=Assad", "queries/backers.rq", "kg query: --param target> } UNION {=Assad: 'target> } UNION {' "
                + "is not a SPARQL variable name (letters, digits and underscores); its parameters are ?target, ?minConfidence"},
            {"target=<http://example.org/a> . ?s ?p ?o . <x>", "queries/backers.rq", "not an IRI: it contains '>'"},
        };
        for (String[] b : bad) {
            Run r = kg("query", "--store", store, "--param", b[0], b[1]);
            assertEquals(1, r.code(), b[0] + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(b[2]), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            assertEquals("", r.out());
        }
        Run twice = kg("query", "--store", store, "--param", "target=Assad", "--param", "target=Iran", "queries/backers.rq");
        assertEquals(2, twice.code(), twice.err());
        assertTrue(twice.err().contains("--param target is given twice"), twice.err());
    }

    @Test
    void badFilesAreSkippedWithOneLineEachAndTheRestIsStored() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Russia backs Syrian President Bashar al-Assad.\n");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 strikes".getBytes(StandardCharsets.ISO_8859_1));
        Path emptyFolder = Files.createDirectories(tmp.resolve("nothing-here"));
        String store = tmp.resolve("store").toString();

        Run first = kg("ingest", "--store", store, "examples");
        assertEquals(0, first.code());
        Run r = kg("ingest", "--store", store, in.toString(), tmp.resolve("missing.txt").toString(), emptyFolder.toString());
        assertEquals(Main.SKIPPED, r.code(), r.out() + r.err());
        for (String name : new String[] {"empty.txt", "binary.txt", "latin1.txt", "missing.txt", "nothing-here"}) {
            assertEquals(1, r.err().lines().filter(l -> l.contains(name)).count(), name + " in: " + r.err());
        }
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertTrue(r.out().contains("1 new"), r.out());

        Run q = kg("query", "--store", store, "--format", "csv", "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?d a <https://w3id.org/conflict-kg/ontology#Document> } }");
        assertEquals("6", q.out().strip().split("\r?\n")[1].strip(), "examples kept, good.txt added: " + q.out());
    }

    /**
     * Two folders with the same relative paths keep their own documents, and a changed file still replaces its own
     * earlier graph: the store finds it by the file's origin key, not by its relative source.
     */
    @Test
    void foldersWithTheSameRelativePathsKeepTheirDocuments() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("2019"));
        Path b = Files.createDirectories(tmp.resolve("2020"));
        Files.writeString(a.resolve("01.txt"), "Russia backs Syrian President Bashar al-Assad.\n");
        Files.writeString(b.resolve("01.txt"), "Iran backs Hezbollah.\n");
        String store = tmp.resolve("store").toString();
        String count = "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <https://w3id.org/conflict-kg/ontology#Document> }";
        assertEquals(0, kg("ingest", "--store", store, a.toString()).code());
        assertEquals(0, kg("ingest", "--store", store, b.toString()).code());
        assertEquals("2", kg("query", "--store", store, "--format", "csv", count).out().strip().split("\r?\n")[1].strip());
        Files.writeString(a.resolve("01.txt"), "Turkey backs the Free Syrian Army.\n");
        Run again = kg("ingest", "--store", store, a.toString());
        assertTrue(again.out().contains("1 replaced"), again.out());
        assertEquals("2", kg("query", "--store", store, "--format", "csv", count).out().strip().split("\r?\n")[1].strip());
        Run hezbollah = kg("query", "--store", store, "--format", "csv", "--param", "target=Hezbollah", "queries/backers.rq");
        assertTrue(hezbollah.out().contains("Iran"), hezbollah.out());
    }

    /** dcterms:source is the path relative to what was given to ingest, never the machine's absolute path. */
    @Test
    void provenanceIsRelativeToThePathGiven() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in").resolve("2016"));
        Files.writeString(in.resolve("raqqa.txt"), "Russia backs Syrian President Bashar al-Assad.\n");
        Path single = tmp.resolve("single.txt");
        Files.writeString(single, "Iran backs Syrian President Bashar al-Assad.\n");
        String store = tmp.resolve("store").toString();
        assertEquals(0, kg("ingest", "--store", store, tmp.resolve("in").toString(), single.toString()).code());
        Run q = kg("query", "--store", store, "--format", "csv",
                "SELECT ?source { ?d <http://purl.org/dc/terms/source> ?source } ORDER BY ?source");
        assertEquals(java.util.List.of("source", "2016/raqqa.txt", "single.txt"), q.out().strip().lines().map(String::strip).toList());
        Run e = kg("query", "--store", store, "--format", "csv", "--param", "subject=Russia", "--param", "object=Assad",
                "queries/evidence.rq");
        assertTrue(e.out().contains("2016/raqqa.txt"), e.out());
        assertFalse(e.out().contains(tmp.toString()), e.out());
        Run x = kg("extract", "--format", "jsonl", tmp.resolve("in").toString());
        assertTrue(x.out().replace(" ", "").contains("\"source\":\"2016/raqqa.txt\""), x.out());
        assertFalse(x.out().contains(tmp.toString()), x.out());
    }

    @Test
    void changedFileReplacesItsOwnGraph() throws Exception {
        Path f = tmp.resolve("article.txt");
        Files.writeString(f, "Russia backs Syrian President Bashar al-Assad.\n");
        String store = tmp.resolve("store").toString();
        assertEquals(0, kg("ingest", "--store", store, f.toString()).code());
        Files.writeString(f, "Iran backs Syrian President Bashar al-Assad.\n");
        Run r = kg("ingest", "--store", store, f.toString());
        assertTrue(r.out().contains("1 replaced"), r.out());
        Run q = kg("query", "--store", store, "--format", "csv", "--param", "target=Assad", "queries/backers.rq");
        assertTrue(q.out().contains("Iran"), q.out());
        assertFalse(q.out().contains("Russia"), q.out());
    }

    @Test
    void aParameterNamesAnActorAsAnArticleWould() throws Exception {
        Path f = tmp.resolve("article.txt");
        Files.writeString(f, "The Americans backed the Iraqi government against the insurgents.\n");
        String store = tmp.resolve("store").toString();
        assertEquals(0, kg("ingest", "--store", store, f.toString()).code());
        Run q = kg("query", "--store", store, "--format", "csv", "--param", "target=Iraqi government", "queries/backers.rq");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("United States"), q.out());
        Run partial = kg("query", "--store", store, "--param", "target=Iraqi government ministers", "queries/backers.rq");
        assertEquals(1, partial.code());
        assertEquals(1, partial.err().strip().lines().count(), partial.err());
        assertTrue(partial.err().contains("no actor named 'Iraqi government ministers' for ?target"), partial.err());
    }

    @Test
    void extractWritesJsonLinesWithOffsets() throws Exception {
        Path f = tmp.resolve("a.txt");
        String text = "Headline\n\nMoscow backs Assad, officials said.\n";
        Files.writeString(f, text);
        Run r = kg("extract", "--format", "jsonl", "--progress", "none", f.toString()); // stderr: the summary alone
        assertEquals(0, r.code(), r.err());
        String line = r.out().strip().lines().findFirst().orElseThrow();
        assertTrue(line.contains("\"property\" : \"backs\"") || line.contains("\"property\":\"backs\""), line);
        int start = text.indexOf("Moscow");
        assertTrue(line.replace(" ", "").contains("\"start\":" + start), line);
        assertTrue(r.out().lines().allMatch(l -> l.startsWith("{")), "the family summary stays off standard output: " + r.out());
        assertTrue(r.err().startsWith("assertions by CAMEO family:"), r.err());
        assertEquals(r.out().strip().lines().count(), familySum(r.err()), r.err());
    }

    @Test
    void badUsageIsExitTwoWithOneLine() {
        Run r = kg("query", "--format", "xml", "SELECT * {}");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(kg("ingest", "--help").out().contains("--store"));
    }

    @Test
    void serveRefusesLimitsBelowOne() {
        for (String option : new String[] {"--timeout", "--max-rows", "--max-concurrent"}) {
            Run r = kg("serve", "--store", tmp.resolve("store").toString(), option, "0");
            assertEquals(2, r.code(), option + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(option + " must be at least 1"), r.err());
        }
        assertTrue(kg("serve", "--help").out().contains("--max-concurrent"));
    }

    @Test
    void serveRefusesABadPasswordFileInOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path users = dir.resolve("writers.txt");
        java.nio.file.Files.writeString(users, org.conflictkg.server.PasswordFile.entry("alice", "pw".toCharArray()) + "\n");
        java.nio.file.Files.setPosixFilePermissions(users, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        java.nio.file.Path store = dir.resolve("store");
        Run r = kg("serve", "--store", store.toString(), "--port", "0", "--update", "--users", users.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("kg serve: password file " + users + ": everyone may read or write it; make it private first: chmod 600 "
                + users, r.err().strip());
        assertFalse(java.nio.file.Files.exists(store), "the store is not even opened");

        Run missing = kg("serve", "--store", store.toString(), "--update", "--users", dir.resolve("none").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Run noUsers = kg("serve", "--store", store.toString(), "--update");
        assertEquals(2, noUsers.code());
        assertTrue(noUsers.err().contains("--update needs --users FILE"), noUsers.err());
    }

    @Test
    void passwdPrintsABcryptLineForThePasswordOnStandardInput() {
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream("s3cret\n".getBytes(StandardCharsets.UTF_8)));
        try {
            Run r = kg("passwd", "alice");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().strip().matches("alice: BCRYPT:\\$2y\\$10\\$[./A-Za-z0-9]{53}"), r.out());
        } finally {
            System.setIn(stdin);
        }
    }
}
