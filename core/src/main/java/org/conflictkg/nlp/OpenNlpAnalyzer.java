package org.conflictkg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.conflictkg.text.Document;

/**
 * Sentences, tokens and Penn tags with OpenNLP alone: no lemmas, entities or tree. Light and fast to load; the
 * extractor needs {@link Nlp4jAnalyzer}'s trees. One tagger per thread over the shared model.
 */
final class OpenNlpAnalyzer implements SentenceAnalyzer {
    private final Segmenter segmenter;
    private final ThreadLocal<POSTaggerME> tagger;

    OpenNlpAnalyzer(OpenNlpModels models) {
        this.segmenter = new Segmenter(models);
        // Penn tags: OpenNLP 2.5 would map them to UD by default
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(models.pos(), POSTagFormat.PENN));
    }

    @Override
    public List<Sentence> analyze(Document document) {
        List<Sentence> out = new ArrayList<>();
        for (Segmenter.Segment s : segmenter.segment(document)) {
            String[] tags = tagWithoutQuotes(tagger.get(), s.words());
            List<Token> tokens = new ArrayList<>(tags.length);
            for (int i = 0; i < tags.length; i++) {
                tokens.add(new Token(Segmenter.form(document.text(), s, i), s.starts()[i],
                        s.ends()[i], tags[i]));
            }
            out.add(new Sentence(out.size(), s.start(), s.end(), s.text(), tokens));
        }
        return out;
    }

    /**
     * Tags the words with quotation marks left out: a quote in the middle of a clause makes the 1.5 tagger read
     * the next verb as a noun ({@code Moscow and Tehran "exchange ...}). Quotes get Penn quote tags.
     */
    private static String[] tagWithoutQuotes(POSTaggerME tagger, String[] words) {
        int[] keep = new int[words.length];
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            if (!Segmenter.isQuote(words[i])) {
                keep[n++] = i;
            }
        }
        String[] inner = new String[n];
        for (int k = 0; k < n; k++) {
            inner[k] = words[keep[k]];
        }
        String[] innerTags = n == 0 ? new String[0] : tagger.tag(inner);
        String[] tags = new String[words.length];
        java.util.Arrays.fill(tags, "``");
        for (int k = 0; k < n; k++) {
            tags[keep[k]] = innerTags[k];
        }
        return tags;
    }
}
