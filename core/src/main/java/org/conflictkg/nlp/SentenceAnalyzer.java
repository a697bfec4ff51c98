package org.conflictkg.nlp;

import java.util.List;
import org.conflictkg.text.Document;

/**
 * Splits a document's prose into sentences and tags their tokens; the default analyzer also parses them.
 * Implementations must be thread-safe: the pipeline shares one analyzer among its extraction threads.
 */
public interface SentenceAnalyzer {
    /** The sentences of the document's prose blocks, in order. Thread-safe. */
    List<Sentence> analyze(Document document);

    /** Sentences, tokens and Penn tags from the OpenNLP models alone (no tree); loaded once per JVM. */
    static SentenceAnalyzer openNlp() {
        return new OpenNlpAnalyzer(OpenNlpModels.get());
    }

    /**
     * Sentences and tokens from OpenNLP, tags, lemmas, entities and dependency trees from NLP4J. The parser's
     * models are loaded once per JVM, on the first sentence (about 50 s and 2.1 GB of heap).
     */
    static SentenceAnalyzer dependencies() {
        return new Nlp4jAnalyzer(OpenNlpModels.get());
    }
}
