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

    /**
     * jsoup decodes every entity, named (all of HTML's, not a short list), decimal, hexadecimal and the legacy ones
     * written without a semicolon; a no-break space is a space.
     */
    @Test
    void htmlDecodesEveryEntity() throws Exception {
        String html = "<p>Fran&ccedil;ois Hollande met al&#8209;Baghdadi&#x2019;s envoy &laquo;in secret&raquo; "
                + "&mdash; &euro;5&nbsp;million &amp copper &hellip; &eacute;t&eacute;.</p>";
        Document d = reader.fromText("page.html", "page.html", html, DocumentReader.Format.HTML);
        assertEquals("François Hollande met al‑Baghdadi’s envoy «in secret» — €5 million & copper … été.",
                d.text().strip());
        assertEquals(d.text(), d.plain(), "the analysis reads the converted text as it is");
    }

    /**
     * Block structure gives the paragraphs: each block element is a block of its own, even with no line break in the
     * source, and the lines of a paragraph's source collapse into one line, as a browser shows them. A list item, a
     * table cell and the title are blocks; {@code <br>} breaks a line; {@code <pre>} keeps its lines; comments,
     * styles and the head's metadata are no text; misnested and unclosed tags are repaired.
     */
    @Test
    void htmlBlocksAreParagraphs() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>Strikes &amp; talks</title><meta charset=utf-8>"
                + "<style>p { color: red }</style></head><body><div class=lead><p>On Monday the US-led\n"
                + "   coalition\n conducted <b>five</b> strikes.<!-- an editor's note --></p><p>Turkey <i>backed</i> "
                + "the Free Syrian Army.</div><ul><li>Related one</li><li>Related two</ul>"
                + "<table><tr><td>Iraq</td><td>Syria</td></tr></table>"
                + "<p>Russia denied it.<br>Iran said nothing.<p>Unclosed <b>bold paragraph.</body></html>";
        Document d = reader.fromText("page.html", "page.html", html, DocumentReader.Format.HTML);
        assertEquals("Strikes & talks\n\nOn Monday the US-led coalition conducted five strikes.\n\n"
                + "Turkey backed the Free Syrian Army.\n\nRelated one\n\nRelated two\n\nIraq\n\nSyria\n\n"
                + "Russia denied it.\nIran said nothing.\n\nUnclosed bold paragraph.", d.text());
        assertEquals(List.of("Strikes & talks", "On Monday the US-led coalition conducted five strikes.",
                "Turkey backed the Free Syrian Army.", "Related one", "Related two", "Iraq", "Syria", "Russia denied it.",
                "Iran said nothing.",
                "Unclosed bold paragraph."), prose(d));
        assertEquals("Strikes & talks", d.title());

        String pre = "<pre>Line one of a table\n  Line two, indented</pre><p>After it.</p>";
        assertEquals("Line one of a table\n  Line two, indented\n\nAfter it.",
                reader.fromText("pre.html", "pre.html", pre, DocumentReader.Format.HTML).text());
    }

    @Test
    void markdownLosesMarkupForTheAnalysisButKeepsItsOffsets() throws Exception {
        Path f = tmp.resolve("note.md");
        String md = "# Headline\n\nIran **backs** the [Houthis](https://example.org).\n";
        Files.writeString(f, md);
        Document d = reader.read(f);
        assertEquals(md, d.text());
        assertEquals(List.of("Headline", "Iran backs the Houthis."), d.blocks().stream()
                .map(b -> d.plain().substring(b.start(), b.end()).replaceAll("\\s+", " ").replace(" .", ".")).toList());
        assertEquals(List.of("Headline", "Iran **backs** the [Houthis](https://example.org)."), prose(d));
        assertEquals("Headline", d.title());
    }

    /**
     * A multi-line file with blanks before its line breaks, CRLF and LF line ends, tabs, a no-break space and a
     * byte-order mark: the text is the file's text, and every block's text is the file's text at the block's offsets.
     */
    @Test
    void blocksAreAtTheFilesOwnOffsets() throws Exception {
        String file = "\ufeffFloods close the valley road \r\n"
                + "\r\n"
                + "Reporting by Jane Roe  \n"
                + "April 7, 2019\t\r\n"
                + "NORTHTOWN (Example Wire) - Heavy rain closed the valley road on Sunday.   \n"
                + "\tThe regional council said repairs would take a week. \t \r\n"
                + "Engineers arrived\u00a0from the coast on Monday.\u00a0\n"
                + "\n"
                + "Schools in two villages stayed shut.\t\n";
        Path f = tmp.resolve("floods.txt");
        Files.write(f, file.getBytes(StandardCharsets.UTF_8));
        Document d = reader.read(f);
        String original = Files.readString(f, StandardCharsets.UTF_8);
        assertEquals(original, d.text());
        assertEquals(original.length(), d.plain().length());
        for (Span b : d.blocks()) {
            assertEquals(original.substring(b.start(), b.end()), d.text().substring(b.start(), b.end()));
        }
        // the byline and the dateline are still left out
        assertEquals(List.of("Floods close the valley road", "April 7, 2019", "Heavy rain closed the valley road on Sunday.",
                "The regional council said repairs would take a week.",
                "Engineers arrived\u00a0from the coast on Monday.", "Schools in two villages stayed shut."), prose(d));
        assertEquals(original.indexOf("Heavy rain"), d.blocks().stream()
                .filter(b -> original.startsWith("Heavy", b.start())).findFirst().orElseThrow().start());
        assertEquals("Floods close the valley road", d.title());
        assertEquals(java.time.LocalDate.of(2019, 4, 7), d.date());
        // the same article with LF line ends and no trailing blanks is the same document
        String tidy = "Floods close the valley road\n\nReporting by Jane Roe\nApril 7, 2019\n"
                + "NORTHTOWN (Example Wire) - Heavy rain closed the valley road on Sunday.\n"
                + "\tThe regional council said repairs would take a week.\n"
                + "Engineers arrived\u00a0from the coast on Monday.\n\nSchools in two villages stayed shut.\n";
        assertEquals(text(tidy).id(), d.id());
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
        Document d = text("AMMAN, 3 October 2016 - Jets struck the town.\n\nCAIRO, Egypt, Oct. 4, 2016 (Example Wire) "
                + "- Talks resumed.\n");
        assertEquals(List.of("Jets struck the town.", "Talks resumed."), prose(d));
    }

    private Document text(String raw) throws Exception {
        return reader.fromText("t.txt", "t.txt", raw, DocumentReader.Format.TEXT);
    }

    @Test
    void aPhotoCreditInAParagraphTakesOnlyItsCaption() throws Exception {
        Document d = text("Rebels shelled the old town on Monday. Smoke rises over the town of Kfar Hamra on May 3 2016. "
                + "REUTERS/Jane Doe The army said it would respond. Talks are due in Geneva.\n");
        assertEquals(List.of("Rebels shelled the old town on Monday.",
                "The army said it would respond. Talks are due in Geneva."), prose(d));
        // the caption's date is the photo's, not the article's
        assertEquals(null, d.date());
    }

    @Test
    void aCreditAfterAPlainSentenceTakesOnlyTheCredit() throws Exception {
        Document d = text("The raid killed ten people. AP Photo John Smith Aid groups condemned the raid.\n");
        assertEquals(List.of("The raid killed ten people.", "Aid groups condemned the raid."), prose(d));
    }

    @Test
    void aBracketedCreditEndsItsCaptionAndTheDatelineAfterItGoes() throws Exception {
        Document d = text("June 3 2016 Rescue workers carry a wounded man in the old city (AP photo) BEIRUT Jets hit a bakery "
                + "in the north on Sunday. Aid groups condemned the raid.\n");
        assertEquals(List.of("Jets hit a bakery in the north on Sunday. Aid groups condemned the raid."), prose(d));
        assertEquals(java.time.LocalDate.of(2016, 6, 3), d.date());
    }

    @Test
    void datelinesWithoutTheirDashAreCutAndOffsetsStayTrue() throws Exception {
        Document d = text("Shelling went on near the dam on Friday. MOSCOW (Example Wire) The ministry said its jets "
                + "struck a depot.\n\nBEIRUT Air strikes on a market killed nine people.\n\n"
                + "DAMASCUS, Syria (Example Wire) — Rebels fired rockets at the airport.\n");
        assertEquals(List.of("Shelling went on near the dam on Friday.", "The ministry said its jets struck a depot.",
                "Air strikes on a market killed nine people.", "Rebels fired rockets at the airport."), prose(d));
        assertEquals(d.text().indexOf("Air strikes"), d.blocks().get(2).start());
        assertEquals(d.text().indexOf("The ministry"), d.blocks().get(1).start());
    }

    @Test
    void capitalizedOrganisationsAreNotDatelines() throws Exception {
        Document d = text("UNICEF Director Jane Roe said the camp needs water.\n\nSYRCOM Commander Ali Omar said the raid "
                + "failed. The fighters of SYRCOM then withdrew.\n\nThe talks failed. NATO - the alliance - said little.\n");
        assertEquals(List.of("UNICEF Director Jane Roe said the camp needs water.",
                "SYRCOM Commander Ali Omar said the raid failed. The fighters of SYRCOM then withdrew.",
                "The talks failed. NATO - the alliance - said little."), prose(d));
    }

    @Test
    void aTagRunGluedToTheLeadIsCut() throws Exception {
        Document d = text("Tags Syria Aleppo Raqqa Rebels Civilians Syrian warplanes bombed a market in the north on Monday.\n\n"
                + "Two towns were hit. Tags Syria Idlib airstrikes civilian casualties At least 12 people died in the raids.\n\n"
                + "Tags Syria Aleppo Idlib\n\nTags are sold at the market.\n");
        assertEquals(List.of("Syrian warplanes bombed a market in the north on Monday.", "Two towns were hit.",
                "At least 12 people died in the raids.", "Tags are sold at the market."), prose(d));
    }

    @Test
    void relatedHeadlinesRunningInALineAreDropped() throws Exception {
        Document d = text("The talks ended on Friday. Related Rebels seize hill town Army retakes airport Ministers meet "
                + "in Geneva\n\nThe army shelled the town. Related News Floods hit the coast | Markets fall Ceasefire "
                + "holds in the south. Election set for June.\n\nRelated fighting killed five people.\n");
        assertEquals(List.of("The talks ended on Friday.", "The army shelled the town.",
                "Related fighting killed five people."), prose(d));
    }

    @Test
    void theHeadlineRepeatedAfterTheDateIsReadOnce() throws Exception {
        Document d = text("Jets strike hospital in Idlib\n\nMay 4 2016 Jets strike hospital in Idlib. Warplanes hit the main "
                + "hospital on Tuesday.\n");
        assertEquals(List.of("Jets strike hospital in Idlib", "Warplanes hit the main hospital on Tuesday."), prose(d));
        assertEquals("Jets strike hospital in Idlib", d.title());
        assertEquals(java.time.LocalDate.of(2016, 5, 4), d.date());
        Document same = text("Army retakes the hill town | Example News\n\nARIHA (Example Wire) - Army retakes the hill town. "
                + "Soldiers entered the town at dawn.\n");
        assertEquals(List.of("Army retakes the hill town | Example News", "Soldiers entered the town at dawn."),
                prose(same));
    }

    @Test
    void aHeadlineThatOpensTheFirstSentenceIsKept() throws Exception {
        Document d = text("Siege of the hill fort\n\nThe siege of the hill fort lasted two weeks. The defenders gave up.\n\n"
                + "Later events\n\nThe following were the later events of the siege of the hill fort.\n");
        assertEquals(List.of("Siege of the hill fort", "The siege of the hill fort lasted two weeks. The defenders gave up.",
                "Later events", "The following were the later events of the siege of the hill fort."), prose(d));
    }

    /** Provenance is the path relative to what the user gave, never the machine's absolute path (issue 12). */
    @Test
    void theSourceIsThePathRelativeToWhatWasGiven() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("articles").resolve("2016"));
        Path f = dir.resolve("raqqa.txt");
        Files.writeString(f, "Russia backs Assad in the war.\n");
        assertEquals("raqqa.txt", reader.read(f).source());
        assertEquals("raqqa.txt", reader.read(f, f).source());
        assertEquals("2016/raqqa.txt", reader.read(f, tmp.resolve("articles")).source());
        assertEquals("articles/2016/raqqa.txt", reader.read(f, tmp).source());
        assertEquals("raqqa.txt", reader.read(f).name());
        assertFalse(reader.read(f, tmp).source().contains(tmp.toString()));
    }

    /** Every message names the file as the user wrote its path, also the ones found after reading its text. */
    @Test
    void messagesNameThePathAsGiven() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path blank = dir.resolve("blank.txt");
        Files.writeString(blank, "   \n\t\n");
        Path furniture = dir.resolve("only-furniture.html");
        Files.writeString(furniture, "<html><body><script>x()</script></body></html>");
        for (Path f : List.of(blank, furniture, dir.resolve("missing.txt"))) {
            UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> reader.read(f, dir));
            assertEquals(f.toString(), e.file());
            assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        }
    }

    /** A text longer than the cap is refused at once, with one line naming the file; a file of 16 MB is read. */
    @Test
    void aTextLongerThanTheCapIsRefusedNamingTheFile() throws Exception {
        Path f = tmp.resolve("dump.txt");
        Files.writeString(f, "word ".repeat(DocumentReader.MAX_TEXT_CHARS / 5 + 1));
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> reader.read(f));
        assertTrue(e.getMessage().startsWith(f + ": 1,048,580 characters of text, more than the 1,048,576 a document "
                + "may have"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        Path big = tmp.resolve("big.html");
        Files.writeString(big, "<div>" + "<b></b>".repeat(2_000_000) + "Russia backs Assad in the war.</div>");
        assertEquals("Russia backs Assad in the war.", reader.read(big).text().strip(), "markup does not count");
    }

    /**
     * Markup that never closes (an unclosed tag, comment, script, link) repeated over a megabyte: each pattern runs
     * in linear time, so this takes seconds, not hours. No time is asserted; a quadratic pattern would not finish.
     */
    @Test
    void unclosedMarkupIsReadInLinearTime() throws Exception {
        int n = 300_000;
        for (String[] c : new String[][] {{"a.html", "<a href=\"x"}, {"b.html", "<"}, {"c.html", "<!--"},
                {"d.html", "<script>"}, {"e.html", "&amp"}, {"f.md", "[a]("}, {"g.md", "![a"}, {"h.md", " \n"},
                {"i.txt", " \t"}, {"j.html", "<p "}}) {
            String text = "Russia backs Assad in the war.\n" + c[1].repeat(n / c[1].length()) + "\nTurkey attacked.\n";
            try {
                Document d = reader.fromText(c[0], c[0], text, DocumentReader.Format.of(c[0]));
                assertTrue(d.text().length() <= text.length(), c[0]);
            } catch (UnreadableDocumentException e) {
                assertTrue(e.getMessage().startsWith(c[0] + ": "), e.getMessage());
            }
        }
    }

    @Test
    void aHardWrappedParagraphIsOneBlockAndAHeadlineStaysApart() throws Exception {
        Path f = tmp.resolve("wrapped.txt");
        Files.writeString(f, "Strikes Continue\n\nOn Monday the US-led \ncoalition\n conducted five strikes.\n"
                + "Iraq\nNear Mosul, two strikes hit a depot.\n");
        Document d = reader.read(f);
        assertEquals(List.of("Strikes Continue", "On Monday the US-led \ncoalition\n conducted five strikes.", "Iraq",
                "Near Mosul, two strikes hit a depot."), prose(d));
    }
}
