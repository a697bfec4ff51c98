package org.conflictkg.actors;

/**
 * A stretch of a sentence that names, describes or refers to an actor or place.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sentence    index of the sentence in the document
 * @param first       first token (inclusive)
 * @param last        last token (exclusive)
 * @param start       character offset in the document text
 * @param end         end offset (exclusive)
 * @param text        the words as written
 * @param actor       the canonical actor meant
 * @param kind        how the text refers to it
 * @param title       for people named with a title or role ("Turkish President"), the title; else null
 * @param affiliation the state or organization of that title, or null
 * @param leader      true when the title makes the person a leader of the affiliation
 * @param modifier    for compounds such as "Turkish-backed" or "anti-ISIS", the second part ("backed", "anti");
 *                    else null
 */
public record Mention(int sentence, int first, int last, int start, int end, String text, Actor actor, Kind kind,
                      String title, Actor affiliation, boolean leader, String modifier) {

    /** How a mention refers to its actor. */
    public enum Kind {
        /** A name or alias: "Russia", "the Kremlin", "ISIS". */
        NAME,
        /** An adjective with a head noun: "Russian jets", "the Syrian government". */
        DEMONYM,
        /** A generic word read in the article's context: "rebels" in an article about Syria. */
        GENERIC,
        /** A definite description: "the Syrian leader", "the town". */
        DESCRIPTION,
        /** A pronoun: "he", "its". */
        PRONOUN,
        /** A name the gazetteer does not know, typed by the trained name finder. */
        TYPED;

        /** How much the reading of the mention is to be trusted, from 0 to 1. */
        public double reliability() {
            return switch (this) {
                case NAME -> 1.0;
                case DEMONYM -> 0.9;
                case GENERIC, DESCRIPTION, TYPED -> 0.75;
                case PRONOUN -> 0.7;
            };
        }
    }

    public Mention {
        if (first >= last) {
            throw new IllegalArgumentException("empty mention");
        }
    }

    static Mention of(int sentence, int first, int last, int start, int end, String text, Actor actor, Kind kind) {
        return new Mention(sentence, first, last, start, end, text, actor, kind, null, null, false, null);
    }

    Mention withTitle(String newTitle, Actor org, boolean isLeader) {
        return new Mention(sentence, first, last, start, end, text, actor, kind, newTitle, org, isLeader, modifier);
    }

    Mention withModifier(String m) {
        return new Mention(sentence, first, last, start, end, text, actor, kind, title, affiliation, leader, m);
    }

    public boolean contains(int token) {
        return token >= first && token < last;
    }
}
