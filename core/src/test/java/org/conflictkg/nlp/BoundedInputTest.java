package org.conflictkg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.conflictkg.InMemoryGraphTest;
import org.conflictkg.relations.ExtractedDocument;
import org.junit.jupiter.api.Test;

/**
 * Bounded work per input (issue 12): a sentence longer than {@link Segmenter#MAX_SENTENCE_TOKENS} is read in parts
 * cut at clause boundaries, and a run of characters too long to be a word is left out, so that the work per document
 * grows linearly with its length. The work is counted in tokens, never timed: a sentence costs the parser and the
 * relation frames more than its length, so the sum over sentences of their squared length is the measure here.
 */
class BoundedInputTest extends InMemoryGraphTest {
    private static final String[] WORDS = {"the", "army", "of", "Syria", "moved", "troops", "near", "the", "border",
        "while", "Russia", "backs", "Assad", "and", "rebels", "in", "Aleppo", "said", "officials", "on", "Monday"};

    private static String words(int n, long seed, boolean commas) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]);
            sb.append(commas && i % 37 == 36 ? ", " : " ");
        }
        return sb.toString().strip();
    }

    @Test
    void aLongSentenceIsCutAfterTheLastStrongPunctuationInTheSecondHalfOfEachPart() {
        String[] w = new String[400];
        Arrays.fill(w, "w");
        assertArrayEquals(new int[] {150, 300, 400}, Segmenter.cuts(w, 150), "no punctuation: hard cuts");
        w[120] = ",";
        w[100] = ";";
        w[130] = ",";
        assertArrayEquals(new int[] {101, 251, 400}, Segmenter.cuts(w, 150), "a semicolon before a later comma");
        w[100] = "w";
        assertArrayEquals(new int[] {131, 281, 400}, Segmenter.cuts(w, 150), "the last comma");
        w[60] = ";"; // in the first half: too early, the part would be short
        assertArrayEquals(new int[] {131, 281, 400}, Segmenter.cuts(w, 150));
        assertArrayEquals(new int[] {150}, Segmenter.cuts(Arrays.copyOf(w, 150), 150), "at the limit: one part");
    }

    @Test
    void workInTokensGrowsLinearlyWithAnUnpunctuatedSentence() {
        List<Double> workPerToken = new ArrayList<>();
        for (int n : new int[] {600, 1200, 2400}) {
            String text = words(n, n, n == 1200);
            ExtractedDocument x = graph.extract("run-on.txt", text);
            long tokens = 0;
            long work = 0;
            for (Sentence s : x.sentences()) {
                int len = s.tokens().size();
                assertTrue(len <= Segmenter.MAX_SENTENCE_TOKENS, len + " tokens in one sentence");
                tokens += len;
                work += (long) len * len;
                assertEquals(text.substring(s.start(), s.end()), s.text());
                for (Token t : s.tokens()) {
                    assertEquals(text.substring(t.start(), t.end()), t.text());
                }
            }
            assertEquals(text.split(" +").length + (n == 1200 ? n / 37 : 0), tokens, "every word read once");
            assertTrue(x.sentences().size() >= n / Segmenter.MAX_SENTENCE_TOKENS);
            workPerToken.add((double) work / tokens);
        }
        for (double w : workPerToken) {
            assertTrue(w <= Segmenter.MAX_SENTENCE_TOKENS, "work per token " + workPerToken + " is bounded");
        }
    }

    @Test
    void aRunTooLongToBeAWordIsLeftOutAndTheRestIsRead() {
        String junk = "x".repeat(5000) + "/" + "y".repeat(5000);
        String text = "Russia backs Assad. " + junk + " Turkey attacked Kurdish militia positions near the border.";
        ExtractedDocument x = graph.extract("junk.txt", text);
        for (Sentence s : x.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            for (Token t : s.tokens()) {
                assertTrue(t.text().length() <= Segmenter.MAX_WORD_CHARS, t.text().length() + " characters");
                assertEquals(text.substring(t.start(), t.end()), t.text());
            }
        }
        assertTrue(x.assertions().size() >= 2, x.assertions().toString());
    }

    /** Past the document's token budget the rest of the text is left out, at a sentence boundary. */
    @Test
    void aDocumentIsReadUpToItsTokenBudget() throws Exception {
        String text = (words(60, 1, false) + ".\n").repeat(50);
        org.conflictkg.text.Document d = new org.conflictkg.text.DocumentReader().fromText("long.txt", "long.txt", text,
                org.conflictkg.text.DocumentReader.Format.TEXT);
        List<Segmenter.Segment> all = new Segmenter(OpenNlpModels.get()).segment(d);
        List<Segmenter.Segment> capped = new Segmenter(OpenNlpModels.get(), 1000).segment(d);
        int tokens = capped.stream().mapToInt(s -> s.words().length).sum();
        assertEquals(1000, tokens, "the budget, to the token");
        assertEquals(all.subList(0, capped.size()).stream().map(Segmenter.Segment::start).toList(),
                capped.stream().map(Segmenter.Segment::start).toList());
        for (Segmenter.Segment s : capped) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertEquals(s.end(), s.ends()[s.ends().length - 1], "ends at its last token");
        }
        String runOn = words(3000, 2, false); // one sentence longer than the budget: read up to it, in parts
        org.conflictkg.text.Document one = new org.conflictkg.text.DocumentReader().fromText("run-on.txt", "run-on.txt",
                runOn, org.conflictkg.text.DocumentReader.Format.TEXT);
        List<Segmenter.Segment> parts = new Segmenter(OpenNlpModels.get(), 1000).segment(one);
        assertEquals(1000, parts.stream().mapToInt(s -> s.words().length).sum());
        assertTrue(parts.stream().allMatch(s -> s.words().length <= Segmenter.MAX_SENTENCE_TOKENS));
    }
}
