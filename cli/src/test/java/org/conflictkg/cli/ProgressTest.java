package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.cli.CliAccess.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress of ingest and extract when standard error is not a terminal (issue 11): plain log lines with documents,
 * characters, sentences and assertions done, the rates and an ETA in characters. The tests capture standard error, as
 * a pipe or a file would, and ask for a line per document ({@code --progress-interval 0}), so that nothing depends
 * on how long a document takes.
 */
class ProgressTest {
    /** One log line: the time of day, then what ProgressDisplay writes. */
    private static final Pattern LINE = Pattern.compile("\\d\\d:\\d\\d:\\d\\d (ingest|extract): (\\d+)/(\\d+) documents, "
            + "(\\S+)/(\\S+) characters \\((\\d+)%\\), ([\\d,]+) sentences, ([\\d,]+) assertions in \\d+:\\d\\d:\\d\\d; "
            + "(\\S+) documents/s, (\\S+) characters/s; ETA (\\S+)");

    @TempDir
    Path tmp;

    private static List<Matcher> progressLines(String err) {
        return err.lines().map(LINE::matcher).filter(Matcher::matches).toList();
    }

    private static long number(String s) {
        return Long.parseLong(s.replace(",", ""));
    }

    @Test
    void ingestWritesALogLinePerDocumentWithCountsRateAndEta() {
        Run r = CliAccess.run("ingest", "--store", tmp.resolve("store").toString(), "--progress-interval", "0", "examples");
        assertEquals(0, r.code(), r.err());
        List<Matcher> lines = progressLines(r.err());
        assertEquals(5, lines.size(), "a line per document of examples/: " + r.err());
        assertEquals(5, r.err().strip().lines().count(), "nothing else on standard error: " + r.err());
        long sentences = 0;
        long assertions = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = lines.get(i);
            assertEquals("ingest", m.group(1));
            assertEquals(i + 1, Integer.parseInt(m.group(2)), m.group());
            assertEquals("5", m.group(3));
            assertTrue(number(m.group(7)) >= sentences && number(m.group(8)) >= assertions, "running counts: " + m.group());
            sentences = number(m.group(7));
            assertions = number(m.group(8));
            assertTrue(m.group(9).matches("\\d+\\.\\d|\\?") && m.group(10).matches("[\\d.]+[kM]?|\\?"), m.group());
        }
        Matcher last = lines.get(4);
        assertEquals("100", last.group(6), last.group());
        assertEquals(last.group(4), last.group(5), "all the characters done: " + last.group());
        assertEquals("0:00:00", last.group(11), "nothing left: " + last.group());
        assertFalse(last.group(9).equals("?"), "a rate once documents are done: " + last.group());
        assertTrue(r.out().contains(" " + sentences + " sentences, " + assertions + " assertions"),
                "the last line's counts are the summary's: " + r.out() + "\n" + last.group());
    }

    @Test
    void extractWritesItsLinesToStandardErrorAndLeavesStandardOutputToTheData() {
        Run r = CliAccess.run("extract", "--format", "jsonl", "--progress-interval", "0", "examples");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().allMatch(l -> l.startsWith("{")), "only assertions on standard output: " + r.out());
        List<Matcher> lines = progressLines(r.err());
        assertEquals(5, lines.size(), r.err());
        Matcher last = lines.get(4);
        assertEquals("extract", last.group(1));
        assertEquals("5", last.group(2));
        assertEquals(r.out().lines().count(), number(last.group(8)), "the running count ends at the assertions printed");
        assertTrue(number(last.group(7)) > 0, last.group());
        assertTrue(r.err().contains("assertions by CAMEO family:"), r.err());
    }

    @Test
    void aRunShorterThanTheIntervalOrWithProgressOffWritesNoLine() {
        Run quiet = CliAccess.run("extract", "--progress", "none", "--progress-interval", "0", "examples/05-yemen.txt");
        assertEquals(0, quiet.code(), quiet.err());
        assertTrue(progressLines(quiet.err()).isEmpty(), quiet.err());
        Run slow = CliAccess.run("extract", "--progress-interval", "3600", "examples/05-yemen.txt");
        assertEquals(0, slow.code(), slow.err());
        assertTrue(progressLines(slow.err()).isEmpty(), slow.err());
    }

    @Test
    void anUnknownModeOrANegativeIntervalIsBadUsage() {
        Run mode = CliAccess.run("ingest", "--store", tmp.resolve("store").toString(), "--progress", "fancy", "examples");
        assertEquals(2, mode.code(), mode.err());
        assertTrue(mode.err().contains("unknown progress mode 'fancy'"), mode.err());
        Run interval = CliAccess.run("extract", "--progress-interval", "-1", "examples");
        assertEquals(2, interval.code(), interval.err());
        assertTrue(interval.err().contains("--progress-interval must be 0 or more seconds"), interval.err());
    }
}
