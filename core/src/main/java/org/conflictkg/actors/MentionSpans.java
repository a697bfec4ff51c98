package org.conflictkg.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Helpers shared by the recognizer's passes: a mention over a span of tokens or a part of one token, marking tokens
 * as taken, and the shapes of name words (capitals, initials, particles such as "al" and "bin").
 */
final class MentionSpans {
    private MentionSpans() {
    }

    /** A mention over tokens {@code first} to {@code last}, without the full stop a last word may carry. */
    static Mention mention(Sentence s, int first, int last, Actor actor, Kind kind) {
        String text = s.text(first, last);
        int end = s.token(last - 1).end();
        String lastWord = s.token(last - 1).text();
        if (lastWord.length() > 1 && lastWord.endsWith(".") && lastWord.indexOf('.') == lastWord.length() - 1
                && !NameTyper.isTitle(lastWord)) {
            text = text.substring(0, text.length() - 1); // "Kyiv." at the end of a sentence is "Kyiv"
            end--;
        }
        return Mention.of(s.index(), first, last, s.token(first).start(), end, text, actor, kind);
    }

    /** A mention over the characters {@code from} to {@code to} of one token: "Turkish" in "Turkish-backed". */
    static Mention partMention(Sentence s, int token, int from, int to, Actor actor, Kind kind) {
        Token t = s.token(token);
        return Mention.of(s.index(), token, token + 1, t.start() + from, t.start() + to, t.text().substring(from, to),
                actor, kind);
    }

    /** Adds a mention and marks its tokens as taken. */
    static void add(List<Mention> found, boolean[] used, Mention m) {
        found.add(m);
        for (int t = m.first(); t < m.last(); t++) {
            used[t] = true;
        }
    }

    /** Whether no token from {@code from} to {@code to} is taken. */
    static boolean free(boolean[] used, int from, int to) {
        for (int t = from; t < to; t++) {
            if (used[t]) {
                return false;
            }
        }
        return true;
    }

    /** The mention over a token, or null. */
    static Mention mentionAt(List<Mention> found, int sentence, int token) {
        for (Mention m : found) {
            if (m.sentence() == sentence && m.contains(token)) {
                return m;
            }
        }
        return null;
    }

    /** A token with a letter or digit: names do not end on punctuation ("Raqqa ." is not "Raqqa."). */
    static boolean isWord(Token t) {
        return t.text().chars().anyMatch(Character::isLetterOrDigit);
    }

    /** Whether a capital letter begins or stands early in any of the words. */
    static boolean anyCapital(Sentence s, int from, int to) {
        for (int t = from; t < to; t++) {
            String w = s.token(t).text();
            for (int c = 0; c < w.length(); c++) {
                if (Character.isUpperCase(w.charAt(c))) {
                    return true;
                }
                if (Character.isLetter(w.charAt(c)) && c > 3) {
                    break;
                }
            }
        }
        return false;
    }

    /** A capitalized proper noun that is no listed non-name: "Assad", "al-Assad", "'Aydd". */
    static boolean isNameToken(Token t) {
        String w = t.text();
        if (w.startsWith("al-") && w.length() > 4 && Character.isUpperCase(w.charAt(3))) {
            return true; // "al-Assad"
        }
        if (w.length() > 2 && "'’‘`".indexOf(w.charAt(0)) >= 0 && Character.isUpperCase(w.charAt(1))) {
            w = w.substring(1); // a transliterated ayn: "Khalid 'Aydd"
        }
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.tag().startsWith("NNP")
                && !Lexicon.NOT_NAMES.contains(w.replace(".", "")) && w.chars().anyMatch(Character::isLowerCase);
    }

    /** A middle initial: "T." (or "T" with its period split off by the tokenizer). */
    static boolean isInitial(Sentence s, int j) {
        String w = s.token(j).text();
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.'
                || w.length() == 1 && Character.isUpperCase(w.charAt(0)) && j + 1 < s.size()
                && s.token(j + 1).text().equals(".");
    }

    /** A lower-case particle inside a name: "al", "bin", "de", "von". */
    static boolean isNameParticle(Sentence s, int j) {
        String w = s.token(j).text();
        return Set.of("al", "bin", "ibn", "abu", "de", "van", "von", "el", "ad").contains(w);
    }

    /** Whether the word begins with a capital. */
    static boolean isCapitalized(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** True when a locative preposition comes right before the mention: "in Syria", "near Aleppo". */
    static boolean afterLocative(Sentence s, Mention m) {
        int k = m.first() - 1;
        if (k >= 0 && s.token(k).tag().equals("DT")) {
            k--;
        }
        return k >= 0 && Lexicon.LOCATIVE.contains(s.token(k).text().toLowerCase(Locale.ROOT));
    }
}
