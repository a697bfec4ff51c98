package org.conflictkg.nlp;

import java.util.List;
import org.conflictkg.text.Document;

/** Splits a document's prose into sentences and tags their tokens. */
public interface SentenceAnalyzer {
    /** The sentences of the document's prose blocks, in order. Thread-safe. */
    List<Sentence> analyze(Document document);

    /** An analyzer on the OpenNLP models bundled with the project, loaded once per JVM. */
    static SentenceAnalyzer openNlp() {
        return new OpenNlpAnalyzer(OpenNlpModels.get());
    }
}
