package org.conflictkg.relations;

import java.util.List;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.text.Document;

/**
 * Everything the pipeline read from one document: its sentences, the actors they mention and the assertions.
 *
 * <p>Thread-safe: immutable once built (its lists are copied; the inner lists of {@code mentions} are the extractor's
 * own, never changed after it returns).
 *
 * @param document   the document
 * @param sentences  its sentences, tokenized and tagged
 * @param mentions   element {@code i}: the actor mentions of sentence {@code i}
 * @param assertions the assertions, in sentence order
 */
public record ExtractedDocument(Document document, List<Sentence> sentences, List<List<Mention>> mentions,
                                List<Assertion> assertions) {
    public ExtractedDocument {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        assertions = List.copyOf(assertions);
    }
}
