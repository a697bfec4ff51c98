package org.conflictkg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.conflictkg.text.Document;

/**
 * Sentence detection and tokenization with OpenNLP. Each prose block of the document is split on its own, so a
 * headline never merges with the paragraph below it. One set of {@code *ME} instances per thread over the shared
 * models: safe to call from many threads.
 */
final class Segmenter {
    /** The words of one sentence and where each stands in the document text. */
    record Segment(int start, int end, String text, String[] words, int[] starts, int[] ends) {
    }

    private final ThreadLocal<Tools> tools;

    Segmenter(OpenNlpModels models) {
        this.tools = ThreadLocal.withInitial(() -> new Tools(models));
    }

    private static final class Tools {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;

        Tools(OpenNlpModels m) {
            sentences = new SentenceDetectorME(m.sentence);
            tokenizer = new TokenizerME(m.tokenizer);
        }
    }

    List<Segment> segment(Document document) {
        Tools t = tools.get();
        String text = document.text();
        String plain = document.plain(); // as long as text: offsets found in it are offsets into text
        List<Segment> out = new ArrayList<>();
        for (org.conflictkg.text.Span block : document.blocks()) {
            // same-length ASCII copy: the 1.5 models know straight quotes only; offsets stay valid
            String blockText = asciiQuotes(plain.substring(block.start(), block.end()));
            for (Span s : t.sentences.sentPosDetect(blockText)) {
                int sStart = block.start() + s.getStart();
                int sEnd = block.start() + s.getEnd();
                String sentenceText = blockText.substring(s.getStart(), s.getEnd());
                Span[] spans = splitDashes(splitQuotes(t.tokenizer.tokenizePos(sentenceText), sentenceText),
                        plain.substring(sStart, sEnd));
                if (spans.length == 0) {
                    continue;
                }
                String[] words = Span.spansToStrings(spans, sentenceText);
                int[] starts = new int[spans.length];
                int[] ends = new int[spans.length];
                for (int i = 0; i < spans.length; i++) {
                    starts[i] = sStart + spans[i].getStart();
                    ends[i] = sStart + spans[i].getEnd();
                }
                out.add(new Segment(sStart, sEnd, text.substring(sStart, sEnd), words, starts, ends));
            }
        }
        return out;
    }

    static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("''") || w.equals("``");
    }

    /** The 1.5 tokenizer leaves a quote stuck to a word ("exchange): split it off. */
    private static Span[] splitQuotes(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span sp : spans) {
            int a = sp.getStart();
            int b = sp.getEnd();
            if (b - a > 1 && text.charAt(a) == '"') {
                out.add(new Span(a, a + 1));
                a++;
            }
            if (b - a > 1 && text.charAt(b - 1) == '"') {
                out.add(new Span(a, b - 1));
                out.add(new Span(b - 1, b));
            } else {
                out.add(new Span(a, b));
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The tokenizer reads an em dash (made a hyphen in the ASCII copy) between two words as a hyphen and keeps
     * "Soleimani—their" as one word: split it at the dash, which the original text still has.
     */
    private static Span[] splitDashes(Span[] spans, String original) {
        List<Span> out = new ArrayList<>(spans.length + 2);
        for (Span sp : spans) {
            int a = sp.getStart();
            for (int k = a + 1; k < sp.getEnd() - 1; k++) {
                if (original.charAt(k) == '\u2014') {
                    out.add(new Span(a, k));
                    out.add(new Span(k, k + 1));
                    a = k + 1;
                }
            }
            out.add(new Span(a, sp.getEnd()));
        }
        return out.toArray(new Span[0]);
    }

    /** Straight quotes and dashes for curly ones; the same length. */
    private static String asciiQuotes(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u201c', '\u201d', '\u201e' -> c[i] = '"';
                case '\u2018', '\u2019', '`' -> c[i] = '\'';
                case '\u2013', '\u2014' -> c[i] = '-';
                default -> { }
            }
        }
        return new String(c);
    }
}
