package org.conflictkg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.conflictkg.text.Document;

/**
 * Sentence detection, tokenization and Penn tagging with OpenNLP. Each prose block of the document is
 * split on its own, so a headline never merges with the paragraph below it. One set of {@code *ME} instances per
 * thread over the shared models: safe to call from many threads.
 */
final class OpenNlpAnalyzer implements SentenceAnalyzer {
    private final ThreadLocal<Tools> tools;

    OpenNlpAnalyzer(OpenNlpModels models) {
        this.tools = ThreadLocal.withInitial(() -> new Tools(models));
    }

    private static final class Tools {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;
        final POSTaggerME tagger;

        Tools(OpenNlpModels m) {
            sentences = new SentenceDetectorME(m.sentence);
            tokenizer = new TokenizerME(m.tokenizer);
            // Penn tags: OpenNLP 2.5 would map them to UD by default
            tagger = new POSTaggerME(m.pos, POSTagFormat.PENN);
        }
    }

    @Override
    public List<Sentence> analyze(Document document) {
        Tools t = tools.get();
        String text = document.text();
        List<Sentence> out = new ArrayList<>();
        for (org.conflictkg.text.Span block : document.blocks()) {
            // same-length ASCII copy: the 1.5 models know straight quotes only; offsets stay valid
            String blockText = asciiQuotes(text.substring(block.start(), block.end()));
            for (Span s : t.sentences.sentPosDetect(blockText)) {
                int sStart = block.start() + s.getStart();
                int sEnd = block.start() + s.getEnd();
                String sentenceText = blockText.substring(s.getStart(), s.getEnd());
                Span[] spans = splitQuotes(t.tokenizer.tokenizePos(sentenceText), sentenceText);
                if (spans.length == 0) {
                    continue;
                }
                String[] words = Span.spansToStrings(spans, sentenceText);
                String[] tags = tagWithoutQuotes(t, words);
                List<Token> tokens = new ArrayList<>(words.length);
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(text.substring(sStart + spans[i].getStart(), sStart + spans[i].getEnd()),
                            sStart + spans[i].getStart(), sStart + spans[i].getEnd(), tags[i]));
                }
                out.add(new Sentence(out.size(), sStart, sEnd, text.substring(sStart, sEnd), tokens));
            }
        }
        return out;
    }

    /**
     * Tags the words with quotation marks left out: a quote in the middle of a clause makes the 1.5 tagger read
     * the next verb as a noun ({@code Moscow and Tehran "exchange ...}). Quotes get Penn quote tags.
     */
    private static String[] tagWithoutQuotes(Tools t, String[] words) {
        int[] keep = new int[words.length];
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            if (!isQuote(words[i])) {
                keep[n++] = i;
            }
        }
        String[] inner = new String[n];
        for (int k = 0; k < n; k++) {
            inner[k] = words[keep[k]];
        }
        String[] innerTags = n == 0 ? new String[0] : t.tagger.tag(inner);
        String[] tags = new String[words.length];
        java.util.Arrays.fill(tags, "``");
        for (int k = 0; k < n; k++) {
            tags[keep[k]] = innerTags[k];
        }
        return tags;
    }

    private static boolean isQuote(String w) {
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
