package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    @TempDir
    Path tmp;

    private final DocumentReader reader = new DocumentReader();

    private static List<String> prose(Document d) {
        return d.blocks().stream().map(b -> d.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void htmlLosesScriptsTagsAndEntitiesButKeepsParagraphs() throws Exception {
        Path f = tmp.resolve("page.html");
        Files.writeString(f, "<html><head><script>var x = 1;</script></head><body><h1>Talks &amp; strikes</h1>"
                + "<p>Russia backs Assad.</p><p>Turkey&#8217;s army moved.</p></body></html>");
        Document d = reader.read(f);
        assertEquals(List.of("Talks & strikes", "Russia backs Assad.", "Turkey’s army moved."), prose(d));
        assertFalse(d.text().contains("var x"));
    }

    @Test
    void markdownLosesMarkup() throws Exception {
        Path f = tmp.resolve("note.md");
        Files.writeString(f, "# Headline\n\nIran **backs** the [Houthis](https://example.org).\n");
        assertEquals(List.of("Headline", "Iran backs the Houthis."), prose(reader.read(f)));
    }

    @Test
    void sameTextSameIdWhateverTheFile() throws Exception {
        Path a = tmp.resolve("a.txt");
        Path b = tmp.resolve("b.txt");
        Files.writeString(a, "Moscow backs Assad.\n");
        Files.writeString(b, "Moscow backs Assad.\r\n");
        assertEquals(reader.read(a).id(), reader.read(b).id());
    }

    @Test
    void badFilesGiveOneLineNamingTheFile() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n");
        Path binary = Files.write(tmp.resolve("x.txt"), new byte[] {1, 2, 0, 4});
        Path latin = Files.write(tmp.resolve("l.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        for (Path p : List.of(empty, binary, latin, tmp.resolve("missing.txt"))) {
            UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> reader.read(p));
            assertTrue(e.getMessage().contains(p.getFileName().toString()), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void datelinesAreTrimmedAndRelatedHeadlinesDropped() throws Exception {
        Path f = tmp.resolve("wire.txt");
        Files.writeString(f, "BEIRUT (Example Wire) - Jets struck the town.\n\nMarkets rise in Asia\nNew phone on sale\n"
                + "Storm hits coast\n\nThe strikes went on.\n");
        assertEquals(List.of("Jets struck the town.", "The strikes went on."), prose(reader.read(f)));
    }
}
