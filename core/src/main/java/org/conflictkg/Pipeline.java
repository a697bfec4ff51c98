package org.conflictkg;

import java.util.List;
import org.conflictkg.actors.ActorRecognizer;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.SentenceAnalyzer;
import org.conflictkg.relations.Assertion;
import org.conflictkg.relations.AssertionExtractor;
import org.conflictkg.relations.EventDates;
import org.conflictkg.relations.ExtractedDocument;
import org.conflictkg.relations.Relation;
import org.conflictkg.text.Document;

/** The stages in order: sentences and tokens, then actors, then assertions. Thread-safe. */
final class Pipeline {
    private final SentenceAnalyzer analyzer;
    private final ActorRecognizer recognizer;
    private final AssertionExtractor extractor;
    private final EventDates dates = EventDates.bundled();

    Pipeline(SentenceAnalyzer analyzer, ActorRecognizer recognizer, AssertionExtractor extractor) {
        this.analyzer = analyzer;
        this.recognizer = recognizer;
        this.extractor = extractor;
    }

    static Pipeline bundled() {
        return new Pipeline(SentenceAnalyzer.dependencies(), ActorRecognizer.bundled(), AssertionExtractor.bundled());
    }

    /** Offices and memberships hold over time; the day a sentence names belongs to an event. */
    private static boolean isState(Assertion a) {
        return a.relation() == Relation.LEADER_OF || a.relation() == Relation.MEMBER_OF || a.relation() == Relation.PART_OF;
    }

    /** The assertion on the day that the time expression attached to its trigger names, if one does. */
    private Assertion dated(Assertion a, List<Sentence> sentences, Document document) {
        int i = a.evidence().sentence();
        Sentence s = i < sentences.size() && sentences.get(i).index() == i ? sentences.get(i)
                : sentences.stream().filter(x -> x.index() == i).findFirst().orElse(null);
        if (s == null) {
            return a;
        }
        return dates.day(s, a.evidence().trigger(), document.date()).map(a::on).orElse(a);
    }

    ExtractedDocument run(Document document) {
        List<Sentence> sentences = analyzer.analyze(document);
        List<List<Mention>> mentions = recognizer.recognize(sentences);
        List<Assertion> assertions = extractor.extract(document.id(), sentences, mentions).stream()
                .map(a -> isState(a) ? a : dated(a, sentences, document))
                .toList();
        return new ExtractedDocument(document, sentences, mentions, assertions);
    }
}
