package org.conflictkg.nlp;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.DecodeConfig;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.conflictkg.text.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentences and tokens from OpenNLP, then part-of-speech tags, lemmas, named entities and a dependency tree from
 * NLP4J (Emory NLP, Apache-2.0, models from Maven Central).
 *
 * <p>OpenNLP keeps the tokenization: its Penn-style tokens keep hyphenated names whole ("al-Bab", "U.S.-led"),
 * where NLP4J's tokenizer splits them. One NLP4J decoder serves every thread: its models are read-only while
 * decoding (checked: the same output from one and from two threads over 10,863 sentences).
 *
 * <p>The decoder is loaded once per process, on first use: about 50 s of one core and 2.1 GB of live heap.
 */
final class Nlp4jAnalyzer implements SentenceAnalyzer {
    private static final Logger LOG = LoggerFactory.getLogger(Nlp4jAnalyzer.class);
    private static final String CONFIG = "/edu/emory/mathcs/nlp/configuration/config-decode-en.xml";
    /**
     * Longer sentences are parsed in windows of this many tokens: a run-on "sentence" (a table, a list without
     * full stops) then costs what its words cost, and no single parse grows without bound.
     */
    static final int MAX_PARSE = 120;

    private static volatile NLPDecoder decoder;

    private final Segmenter segmenter;

    Nlp4jAnalyzer(OpenNlpModels models) {
        this.segmenter = new Segmenter(models);
    }

    /** The shared decoder, loaded on first use. */
    static NLPDecoder decoder() {
        NLPDecoder d = decoder;
        if (d == null) {
            synchronized (Nlp4jAnalyzer.class) {
                d = decoder;
                if (d == null) {
                    long t0 = System.nanoTime();
                    try (InputStream in = Nlp4jAnalyzer.class.getResourceAsStream(CONFIG)) {
                        if (in == null) {
                            throw new IllegalStateException("NLP4J configuration " + CONFIG + " is not on the classpath");
                        }
                        d = new NLPDecoder(new DecodeConfig(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the NLP4J configuration", e);
                    }
                    LOG.info("dependency parser (NLP4J) loaded in {} s", (System.nanoTime() - t0) / 1_000_000_000);
                    decoder = d;
                }
            }
        }
        return d;
    }

    @Override
    public List<Sentence> analyze(Document document) {
        NLPDecoder d = decoder();
        String text = document.text();
        List<Sentence> out = new ArrayList<>();
        for (Segmenter.Segment s : segmenter.segment(document)) {
            int n = s.words().length;
            List<Token> tokens = new ArrayList<>(n);
            for (int from = 0; from < n; from += MAX_PARSE) {
                int to = Math.min(n, from + MAX_PARSE);
                parse(d, text, s, from, to, tokens);
            }
            out.add(new Sentence(out.size(), s.start(), s.end(), s.text(), tokens));
        }
        return out;
    }

    /** Parses words {@code [from, to)} of a segment and appends their tokens, heads shifted by {@code from}. */
    private static void parse(NLPDecoder d, String text, Segmenter.Segment s, int from, int to, List<Token> out) {
        List<edu.emory.mathcs.nlp.component.tokenizer.token.Token> words = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            words.add(new edu.emory.mathcs.nlp.component.tokenizer.token.Token(s.words()[i]));
        }
        NLPNode[] nodes = d.decode(d.toNodeArray(words));
        // node 0 is NLP4J's artificial root; node k is word k - 1
        for (int k = 1; k < nodes.length; k++) {
            NLPNode node = nodes[k];
            NLPNode h = node.getDependencyHead();
            int head = h == null || h.getID() == 0 ? -1 : from + h.getID() - 1;
            int i = from + k - 1;
            out.add(new Token(text.substring(s.starts()[i], s.ends()[i]), s.starts()[i], s.ends()[i],
                    node.getPartOfSpeechTag(), node.getLemma(), head, node.getDependencyLabel(),
                    node.getNamedEntityTag()));
        }
    }
}
