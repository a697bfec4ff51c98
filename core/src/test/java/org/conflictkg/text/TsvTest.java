package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TSV files read with Commons CSV as they were read line by line: the same rows, columns and line numbers. */
class TsvTest {
    private static final List<String> BUNDLED = List.of("/org/conflictkg/actors/states.tsv",
            "/org/conflictkg/actors/people.tsv", "/org/conflictkg/actors/places.tsv",
            "/org/conflictkg/actors/groups.tsv", "/org/conflictkg/actors/actors.tsv",
            "/org/conflictkg/relations/cues.tsv", "/org/conflictkg/relations/frames.tsv");

    @Test
    void commentsBlankLinesQuotesAndLineNumbers() throws IOException {
        String file = "# a comment\n\nid\t\"Houthis\"\tx\t\n   \n\t\n#x\tskipped\nlast \"quoted\r\nend\tline";
        List<Tsv.Row> rows = Tsv.read(new StringReader(file));
        assertEquals(3, rows.size());
        assertEquals(3, rows.get(0).line());
        assertArrayEquals(new String[] {"id", "\"Houthis\"", "x", ""}, rows.get(0).columns());
        assertEquals(7, rows.get(1).line());
        assertArrayEquals(new String[] {"last \"quoted"}, rows.get(1).columns());
        assertEquals(8, rows.get(2).line());
        assertArrayEquals(new String[] {"end", "line"}, rows.get(2).columns());
    }

    /** Every data file of the project gives the rows that splitting its lines at tabs gave. */
    @Test
    void theBundledFilesReadAsBefore() throws IOException {
        for (String resource : BUNDLED) {
            byte[] bytes;
            try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
                bytes = in.readAllBytes();
            }
            List<Tsv.Row> rows = Tsv.read(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            List<String> expected = byLines(new String(bytes, StandardCharsets.UTF_8));
            assertEquals(expected.size(), rows.size(), resource);
            for (int i = 0; i < rows.size(); i++) {
                Tsv.Row r = rows.get(i);
                assertEquals(expected.get(i), r.line() + ":" + String.join("\u0001", r.columns()), resource);
            }
        }
    }

    /** The rows as the hand-written readers read them: line by line, split at every tab. */
    private static List<String> byLines(String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add((i + 1) + ":" + String.join("\u0001", line.split("\t", -1)));
            }
        }
        return out;
    }

    @Test
    void aRowIsJoinedByTabsWithNoQuotingAndNoBreaks() {
        assertEquals("doc\t3\tsaid \"no\"\t\tone line", Tsv.row("doc", 3, "said \"no\"", null, "one\tline"));
        assertEquals("a b", Tsv.row("a\nb"));
    }
}
