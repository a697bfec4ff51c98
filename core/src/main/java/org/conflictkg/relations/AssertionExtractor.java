package org.conflictkg.relations;

import java.util.List;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;

/** Reads subject–relation–object assertions from analyzed sentences whose actors are already recognized. */
public interface AssertionExtractor {
    /**
     * The assertions of one document.
     *
     * @param documentId the document id, for evidence
     * @param sentences  the analyzed sentences
     * @param mentions   element {@code i}: the mentions of sentence {@code i}
     */
    List<Assertion> extract(String documentId, List<Sentence> sentences, List<List<Mention>> mentions);

    /** The extractor on the bundled relation frames and cue words; it needs parsed sentences. */
    static AssertionExtractor bundled() {
        return new FrameMatcher(Frames.bundled(), Cues.bundled());
    }
}
