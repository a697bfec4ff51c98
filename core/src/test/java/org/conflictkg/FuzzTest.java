package org.conflictkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeded fuzz test of the extraction path ({@link Fuzz}), sized for CI: as many cases as fit in about 30 s
 * (at most {@code -Dfuzz.cases}, default 400; {@code -Dfuzz.millis} changes the budget), then all of them ingested
 * together, about a minute in all once the parser is loaded. {@code -Dfuzz.seed} picks
 * another seed. The benchmark profile runs longer ({@code -Dbench.parts=fuzz -Dbench.fuzzCases=N}).
 */
class FuzzTest extends InMemoryGraphTest {
    @TempDir
    Path dir;

    @Test
    void everyInputGetsAnAnswerOrAOneLineRefusal() throws Exception {
        long seed = Long.getLong("fuzz.seed", 12L);
        int cases = Integer.getInteger("fuzz.cases", 400);
        long budget = Long.getLong("fuzz.millis", 30_000L);
        graph.extract("warm-up.txt", "Russia backs Assad."); // the parser loads outside the budget
        Fuzz.Outcome o = Fuzz.run(graph, dir, seed, cases, budget);
        System.out.println("fuzz: seed " + seed + ", " + o.cases() + " cases, " + o.answered() + " answered, " + o.refused()
                + " refused, " + o.tokens() + " tokens");
        assertEquals(List.of(), o.failures(), "seed " + seed);
        assertTrue(o.cases() >= 30, "only " + o.cases() + " cases in the budget");
        assertTrue(o.answered() > 0 && o.refused() > 0, o.toString());

        IngestReport report = graph.ingest(List.of(dir));
        assertEquals(o.cases(), report.documents() + report.skipped().size(), report.toString());
        for (IngestReport.Problem p : report.skipped()) {
            assertTrue(p.toString().startsWith(dir.toString()), p.toString());
            assertEquals(1, p.toString().lines().count(), p.toString());
            assertTrue(!p.toString().contains("extraction failed"), p.toString());
        }
    }
}
