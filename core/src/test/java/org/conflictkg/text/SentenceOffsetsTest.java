package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.conflictkg.InMemoryGraphTest;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.conflictkg.relations.Assertion;
import org.conflictkg.relations.ExtractedDocument;
import org.junit.jupiter.api.Test;

/**
 * Sentence, token and mention offsets (what {@code kg extract --format jsonl} prints) are offsets into the text as
 * given, whatever blanks stand before its line breaks and whatever its line ends are.
 */
class SentenceOffsetsTest extends InMemoryGraphTest {
    /** Blanks before line breaks, CRLF and LF line ends, tabs and a no-break space, in sentences of our own. */
    private static final String TEXT = "Border clashes in the north \r\n"
            + "\r\n"
            + "Turkey attacked Kurdish militia positions near the border. \n"
            + "Iran supports the Houthis in Yemen.\t\t\r\n"
            + "\tThe United States condemned Iran on Monday.  \n"
            + "\n"
            + "Israel\u00a0struck Hamas positions in Gaza, officials said.   \r\n"
            + "Egypt and Jordan held talks in Cairo. \t \n";

    @Test
    void sentencesTokensAndMentionsAreAtTheTextsOwnOffsets() {
        ExtractedDocument x = graph.extract("clashes.txt", TEXT);
        assertEquals(TEXT, x.document().text());
        assertFalse(x.sentences().isEmpty());
        for (Span b : x.document().blocks()) {
            assertEquals(TEXT.substring(b.start(), b.end()), x.document().text().substring(b.start(), b.end()));
        }
        for (Sentence s : x.sentences()) {
            assertEquals(TEXT.substring(s.start(), s.end()), s.text());
            for (Token t : s.tokens()) {
                assertEquals(TEXT.substring(t.start(), t.end()), t.text());
            }
        }
        List<String> sentences = x.sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("Border clashes in the north", "Turkey attacked Kurdish militia positions near the border.",
                "Iran supports the Houthis in Yemen.", "The United States condemned Iran on Monday.",
                "Israel\u00a0struck Hamas positions in Gaza, officials said.", "Egypt and Jordan held talks in Cairo."),
                sentences);
        for (List<Mention> ms : x.mentions()) {
            for (Mention m : ms) {
                assertEquals(TEXT.substring(m.start(), m.end()), m.text());
            }
        }
        assertFalse(x.assertions().isEmpty());
        for (Assertion a : x.assertions()) {
            assertEquals(TEXT.substring(a.evidence().start(), a.evidence().end()), a.evidence().text());
            assertEquals(TEXT.substring(a.subject().start(), a.subject().end()), a.subject().text());
            assertEquals(TEXT.substring(a.object().start(), a.object().end()), a.object().text());
        }
    }

    @Test
    void aSentencesFullStopIsNoPartOfAnAcronymBeforeIt() {
        ExtractedDocument x = graph.extract("stop.txt", "Russia struck the YPG. The U.S. backs the SDF.\n\nHe left for the U.S.");
        List<String> words = x.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
        assertEquals(List.of("Russia", "struck", "the", "YPG", ".", "The", "U.S.", "backs", "the", "SDF", ".", "He",
                "left", "for", "the", "U.S."), words);
    }
}
