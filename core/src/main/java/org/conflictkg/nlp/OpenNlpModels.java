package org.conflictkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pre-trained OpenNLP models, read from the classpath (Maven Central artifacts) once per JVM. Models are
 * immutable and shared; the {@code *ME} classes that use them are not, see {@link OpenNlpAnalyzer}.
 *
 * <p>All three are the OpenNLP 1.5 English models (Penn Treebank conventions, published on Maven Central under
 * {@code edu.washington.cs.knowitall}): the tagger was trained on Penn tokens, so the sentence splitter and
 * tokenizer come from the same family. Apache's newer UD-EWT models split hyphenated names ("al-Bab",
 * "U.S.-led") into pieces, and their tagger reads "backs" in "Moscow backs Assad" as a noun.
 *
 * <p>Thread-safe: the models are immutable, and each is loaded once, under a lock.
 */
public final class OpenNlpModels {
    private static final Logger LOG = LoggerFactory.getLogger(OpenNlpModels.class);
    static final String SENTENCE = "/en-sent.bin";
    static final String TOKENS = "/en-token.bin";
    static final String POS = "/en-pos-maxent.bin";

    private static volatile OpenNlpModels instance;

    final SentenceModel sentence;
    final TokenizerModel tokenizer;
    /** Read on first use: the parser pipeline tags with NLP4J and never needs it. */
    private volatile POSModel pos;

    private OpenNlpModels() {
        long t0 = System.nanoTime();
        sentence = load(SENTENCE, SentenceModel::new);
        tokenizer = load(TOKENS, TokenizerModel::new);
        LOG.debug("OpenNLP models loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /** The Penn tagger's model, loaded on first use. */
    POSModel pos() {
        POSModel m = pos;
        if (m == null) {
            synchronized (this) {
                m = pos;
                if (m == null) {
                    m = load(POS, POSModel::new);
                    pos = m;
                }
            }
        }
        return m;
    }

    /** The shared models, loaded on first use. */
    public static OpenNlpModels get() {
        OpenNlpModels m = instance;
        if (m == null) {
            synchronized (OpenNlpModels.class) {
                m = instance;
                if (m == null) {
                    m = new OpenNlpModels();
                    instance = m;
                }
            }
        }
        return m;
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
