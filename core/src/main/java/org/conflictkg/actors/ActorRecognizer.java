package org.conflictkg.actors;

import java.util.List;
import org.conflictkg.nlp.Sentence;

/**
 * Finds the actors and places a document's sentences mention and maps each mention to one canonical
 * {@link Actor}: aliases, demonyms, metonyms, titles, pronouns and descriptions all end on the same node.
 */
public interface ActorRecognizer {
    /**
     * The mentions of one document, sentence by sentence: element {@code i} holds the mentions of sentence
     * {@code i}, sorted and not overlapping. Thread-safe; keeps no state between documents.
     */
    List<List<Mention>> recognize(List<Sentence> sentences);

    /** A recognizer on the bundled gazetteer and name model. */
    static ActorRecognizer bundled() {
        return on(Gazetteer.bundled());
    }

    /** A recognizer on this gazetteer and the bundled name model. */
    static ActorRecognizer on(Gazetteer gazetteer) {
        return new GazetteerRecognizer(gazetteer, NameTyper.load());
    }
}
