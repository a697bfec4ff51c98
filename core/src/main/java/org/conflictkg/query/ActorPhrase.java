package org.conflictkg.query;

import java.util.List;
import java.util.Optional;
import org.conflictkg.actors.Actor;
import org.conflictkg.actors.ActorRecognizer;
import org.conflictkg.actors.Gazetteer;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.SentenceAnalyzer;
import org.conflictkg.text.Document;
import org.conflictkg.text.Span;

/**
 * Reads a name a user typed the way the extractor reads the same words in an article ("Iraqi government", "Russian
 * jets", "the Americans"): as a one-sentence document, tokenized and tagged by OpenNLP alone (never the parser,
 * whose models a query must not load), its actors found by the extractor's recognizer. The phrase names an actor
 * only when the mentions cover every word but a leading "the", a person's title and punctuation, and exactly one of
 * them is an actor of its own: "Russian jets over Idlib" names two, "Turkish-backed" none (its mention only describes another), while
 * in "Iranian-backed militias" the backer is part of the group's name.
 */
final class ActorPhrase {
    private ActorPhrase() {}

    /** The actor the whole phrase names, if it names exactly one. */
    static Optional<Actor> read(String phrase, Gazetteer gazetteer) {
        if (phrase.isBlank()) {
            return Optional.empty();
        }
        Document doc = new Document("query-parameter", "query parameter", "query parameter", phrase,
                List.of(new Span(0, phrase.length())));
        List<Sentence> sentences = SentenceAnalyzer.openNlp().analyze(doc);
        if (sentences.size() != 1) {
            return Optional.empty();
        }
        List<Mention> mentions = ActorRecognizer.on(gazetteer).recognize(sentences).get(0);
        List<Mention> actors = mentions.stream().filter(m -> m.modifier() == null).toList();
        if (actors.size() != 1 || !covered(sentences.get(0), mentions, actors.get(0))) {
            return Optional.empty();
        }
        return Optional.of(actors.get(0).actor());
    }

    /**
     * Every word of the sentence is part of a mention, but for words before the actor's mention that are a leading
     * "the" or the title the recognizer read with a person's name ("Russian President Vladimir Putin").
     */
    private static boolean covered(Sentence s, List<Mention> mentions, Mention actor) {
        StringBuilder before = new StringBuilder();
        boolean firstWord = true;
        for (int t = 0; t < s.size(); t++) {
            int token = t;
            String word = letters(s.token(t).text());
            if (word.isEmpty()) {
                continue;
            }
            boolean leadingThe = firstWord && word.equals("the");
            firstWord = false;
            if (leadingThe || mentions.stream().anyMatch(m -> m.contains(token))) {
                continue;
            }
            if (t > actor.first()) {
                return false;
            }
            before.append(word);
        }
        return before.isEmpty() || actor.title() != null && before.toString().equals(letters(actor.title()));
    }

    private static String letters(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
