package org.conflictkg.actors;

import static org.conflictkg.actors.MentionSpans.add;
import static org.conflictkg.actors.MentionSpans.free;
import static org.conflictkg.actors.MentionSpans.mention;
import static org.conflictkg.actors.MentionSpans.mentionAt;
import static org.conflictkg.actors.MentionSpans.partMention;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;

/**
 * Generic words for the parties of a conflict ("the regime", "the rebels", "the opposition"), resolved to the
 * actors of the country the document is about, unless the words seat them elsewhere ("the regime in Tehran").
 */
final class Generics {
    private final Gazetteer gazetteer;

    Generics(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds the generic words of {@code s} that name a party of the country in focus ("the rebels"). */
    void find(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        for (int i = 0; i < s.size(); i++) {
            if (used[i]) {
                continue;
            }
            for (int len = 3; len >= 1; len--) {
                if (i + len > s.size() || !free(used, i, i + len)
                        || !Character.isLetterOrDigit(s.token(i + len - 1).text().charAt(0))) {
                    continue; // not "the rebels." with the sentence's full stop
                }
                String written = s.text(i, i + len);
                String word = written;
                String modifier = null;
                int dash = written.lastIndexOf('-');
                if (len == 1 && dash > 0 && KnownNames.COMPOUND_RELATIONS.contains(written.substring(dash + 1).toLowerCase(Locale.ROOT))) {
                    word = written.substring(0, dash);
                    modifier = written.substring(dash + 1).toLowerCase(Locale.ROOT);
                }
                String w = word;
                if (len == 1 && modifier == null && w.equalsIgnoreCase("opposition") && !isOppositionGroup(s, i)) {
                    continue; // "vetoes and opposition by Russia": the noun, not the Syrian opposition
                }
                if (!gazetteer.isGenericWord(w)) {
                    continue; // most words are no generic name of any group: no need to ask which country is in focus
                }
                Optional<String> country = doc.focusCountry(gazetteer, w);
                if (country.isEmpty()) {
                    continue;
                }
                Optional<Actor> a = gazetteer.generic(country.get(), w);
                if (a.isPresent() && seatedElsewhere(s, i + len, found, country.get())) {
                    break; // "the regime in Tehran" in an article about Syria is Iran's
                }
                if (a.isPresent() && describesTheNameAfter(s, i + len, found)) {
                    break; // "the rebel group Ahrar al-Sham": the words describe the group the name names
                }
                if (a.isPresent()) {
                    Mention m = modifier == null ? mention(s, i, i + len, a.get(), Kind.GENERIC)
                            : partMention(s, i, 0, dash, a.get(), Kind.GENERIC).withModifier(modifier);
                    add(found, used, m);
                    break;
                }
            }
        }
    }

    /**
     * Whether a name of a group or an organization the sentence names follows at {@code at}, as in "the rebel group
     * Ahrar al-Sham" or "the opposition Syrian National Coalition": the generic words are its description.
     */
    private static boolean describesTheNameAfter(Sentence s, int at, List<Mention> found) {
        Mention next = at < s.size() ? mentionAt(found, s.index(), at) : null;
        return next != null && next.first() == at && (next.kind() == Kind.NAME || next.kind() == Kind.TYPED)
                && (next.actor().is(ActorType.ARMED_GROUP) || next.actor().is(ActorType.ORGANIZATION));
    }

    /** Whether the words at {@code at} say "in" a state, or a place of a state, other than {@code country}. */
    private static boolean seatedElsewhere(Sentence s, int at, List<Mention> found, String country) {
        if (at + 1 >= s.size() || !s.token(at).text().equalsIgnoreCase("in")) {
            return false;
        }
        int k = at + 1 < s.size() && s.token(at + 1).text().equalsIgnoreCase("the") ? at + 2 : at + 1;
        Mention m = k < s.size() ? mentionAt(found, s.index(), k) : null;
        if (m == null) {
            return false;
        }
        String where = m.actor().is(ActorType.STATE) ? m.actor().id() : m.actor().country();
        return where != null && !where.equals(country);
    }

    /** "the opposition", "opposition fighters": the word names the group, not the act of opposing. */
    private static boolean isOppositionGroup(Sentence s, int i) {
        String prev = i > 0 ? s.token(i - 1).text().toLowerCase(Locale.ROOT) : "";
        String next = i + 1 < s.size() ? s.token(i + 1).text().toLowerCase(Locale.ROOT) : "";
        if (Set.of("to", "by", "from", "of", "against", "within", "between", "among").contains(next)) {
            return false;
        }
        return prev.equals("the") || prev.equals("armed") || prev.equals("moderate") || Lexicon.GROUP_HEADS.contains(next)
                || Set.of("rebels", "activists", "fighters", "leaders", "commanders", "factions").contains(next);
    }
}
