package org.conflictkg.actors;

import static org.conflictkg.actors.MentionSpans.add;
import static org.conflictkg.actors.MentionSpans.anyCapital;
import static org.conflictkg.actors.MentionSpans.free;
import static org.conflictkg.actors.MentionSpans.isNameToken;
import static org.conflictkg.actors.MentionSpans.isWord;
import static org.conflictkg.actors.MentionSpans.mention;
import static org.conflictkg.actors.MentionSpans.partMention;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * The names the gazetteer knows, longest first: "Syrian Democratic Forces", "Erdogan", with the possessive a text
 * lost its apostrophe from ("Syrias army") and the compounds of a name ("Turkish-backed", "anti-ISIS",
 * "Turkish-Russian"). Not a surname of someone else ("Elizabeth Trudeau"), a town in a surname ("Samir al-Ramadi")
 * or a name given to a building or a club ("the Assad Hospital").
 */
final class KnownNames {
    static final Set<String> COMPOUND_RELATIONS = Lexicon.list("compound-relations");

    private static final Set<String> CLUB_WORDS = Lexicon.list("club-words");

    private final Gazetteer gazetteer;

    KnownNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds the mentions of known names in {@code s} to {@code found}, marking their tokens as used. */
    void find(Sentence s, List<Mention> found, boolean[] used) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            boolean matched = false;
            boolean surname = false;
            for (int len = Math.min(gazetteer.longestName(), n - i); len >= 1 && !matched; len--) {
                if (!anyCapital(s, i, i + len) || !free(used, i, i + len) || !isWord(s.token(i + len - 1))
                        || !isWord(s.token(i))
                        || len > 1 && s.token(i).text().equalsIgnoreCase("the")) {
                    continue; // names compare without "the", so a mention never starts with it
                }
                String written = s.text(i, i + len);
                Optional<Actor> a = gazetteer.lookup(written);
                if (a.isPresent() && len == 1 && a.get().is(ActorType.PERSON) && i > 0 && isNameToken(s.token(i - 1))
                        && !used[i - 1] && !Lexicon.TITLE_WORDS.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))
                        && !NameTyper.isTitle(s.token(i - 1).text())) {
                    continue; // "Elizabeth Trudeau" is not the Trudeau the gazetteer knows; "Mr. Erdogan" is Erdogan
                }
                if (a.isPresent() && len == 1 && a.get().is(ActorType.PLACE) && written.startsWith("al-") && i > 0
                        && isNameToken(s.token(i - 1)) && !used[i - 1]) {
                    surname = true; // "Samir al-Ramadi": a surname from a town is not the town
                    break;
                }
                if (a.isPresent() && continuesEntity(s, i) && !used[i - 1] && isNameToken(s.token(i - 1))
                        && gazetteer.demonym(s.token(i - 1).text()).isEmpty() && !NameTyper.isTitle(s.token(i - 1).text())
                        && !Lexicon.PERSON_TITLES.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))) {
                    surname = true; // "Iran's Supreme National Security Council" is not the "Security Council"
                    break;
                }
                if (a.isPresent() && !a.get().is(ActorType.PLACE) && !a.get().is(ActorType.STATE)
                        && namesAFacility(s, i + len)) {
                    surname = true; // "the Assad Hospital", "the al-Shabab team": a name given to something else
                    break;
                }
                if (a.isPresent() && !(len == 1 && isSentenceInitialWord(s, i, written))) {
                    add(found, used, mention(s, i, i + len, a.get(), Kind.NAME));
                    matched = true;
                }
            }
            if (!matched && !surname) {
                matched = possessiveWithoutApostrophe(s, i, found, used);
            }
            if (!matched && !surname) {
                compound(s, i, found, used);
            }
        }
    }

    /**
     * Whether the word at {@code k} makes the name before it the name of a building or a club: a capitalized
     * facility word ("Assad Hospital", "Khomeini Airport") or a sports club's head noun ("al-Shabab team").
     */
    private static boolean namesAFacility(Sentence s, int k) {
        if (k >= s.size()) {
            return false;
        }
        String w = s.token(k).text();
        String lw = w.toLowerCase(Locale.ROOT);
        return CLUB_WORDS.contains(lw) || Character.isUpperCase(w.charAt(0)) && Lexicon.FACILITY_WORDS.contains(lw);
    }

    /**
     * Text that lost its apostrophes writes "Syrias army", "Assads forces": a capitalized word that is a known state
     * or person plus "s", before a word of its noun phrase, is that actor. The word itself must be unknown.
     */
    private boolean possessiveWithoutApostrophe(Sentence s, int i, List<Mention> found, boolean[] used) {
        String w = s.token(i).text();
        if (w.length() >= 3 && w.length() <= 7 && w.endsWith("s") && i + 1 < s.size()
                && w.substring(0, w.length() - 1).chars().allMatch(Character::isUpperCase)
                && s.token(i + 1).tag().startsWith("NN") && Character.isLowerCase(s.token(i + 1).text().charAt(0))) {
            // "ISILs positions": an acronym the gazetteer knows, as a possessive that lost its apostrophe
            Optional<Actor> a = gazetteer.lookup(w.substring(0, w.length() - 1)).filter(x -> !x.is(ActorType.PLACE));
            a.ifPresent(actor -> add(found, used, mention(s, i, i + 1, actor, Kind.NAME)));
            return a.isPresent();
        }
        int body = w.startsWith("al-") ? 4 : 1; // "Bashar al-Assads forces"
        if (w.length() < body + 3 || !w.endsWith("s") || !Character.isUpperCase(w.charAt(body - 1)) || i + 1 >= s.size()
                || !w.substring(body).chars().allMatch(Character::isLowerCase) || gazetteer.lookup(w).isPresent()) {
            return false;
        }
        String next = s.token(i + 1).text();
        String nextTag = s.token(i + 1).tag();
        if (!(nextTag.startsWith("NN") || nextTag.startsWith("JJ") || nextTag.equals("CD"))
                || !Character.isLowerCase(next.charAt(0))) {
            return false; // "Syrias army", not "Jordans King Abdullah" (a title)
        }
        if (i > 0 && Character.isUpperCase(s.token(i - 1).text().charAt(0)) && s.token(i - 1).isProperNoun()) {
            // "Bashar al-Assads forces": the whole name is known; not "United Nations Trumps envoy"
            Optional<Actor> whole = used[i - 1] ? Optional.empty()
                    : gazetteer.lookup(s.token(i - 1).text() + " " + w.substring(0, w.length() - 1))
                    .filter(x -> x.is(ActorType.PERSON));
            whole.ifPresent(actor -> add(found, used, mention(s, i - 1, i + 1, actor, Kind.NAME)));
            return whole.isPresent();
        }
        Optional<Actor> a = gazetteer.lookup(w.substring(0, w.length() - 1))
                .filter(x -> x.is(ActorType.STATE) || x.is(ActorType.PERSON));
        a.ifPresent(actor -> add(found, used, mention(s, i, i + 1, actor, Kind.NAME)));
        return a.isPresent();
    }

    /** "Turkish-backed", "U.S.-led", "anti-ISIS", "Turkish-Russian", "rebel-held". */
    private void compound(Sentence s, int i, List<Mention> found, boolean[] used) {
        Token t = s.token(i);
        String w = t.text();
        int dash = w.lastIndexOf('-');
        if (dash <= 0 || dash == w.length() - 1) {
            return;
        }
        Optional<Actor> whole = gazetteer.lookup(w);
        if (whole.isPresent()) {
            add(found, used, mention(s, i, i + 1, whole.get(), Kind.NAME)); // "Austria-Hungary" is not a pair
            return;
        }
        String left = w.substring(0, dash);
        String right = w.substring(dash + 1);
        String rightKey = right.toLowerCase(Locale.ROOT);
        if (left.equalsIgnoreCase("anti") || left.equalsIgnoreCase("pro")) {
            resolveWord(right).ifPresent(a -> add(found, used, partMention(s, i, dash + 1, w.length(), a, Kind.NAME)
                    .withModifier(left.toLowerCase(Locale.ROOT))));
            return;
        }
        Optional<Actor> l = resolveWord(left);
        if (l.isEmpty()) {
            return;
        }
        if (COMPOUND_RELATIONS.contains(rightKey)) {
            add(found, used, partMention(s, i, 0, dash, l.get(), Kind.DEMONYM).withModifier(rightKey));
            return;
        }
        Optional<Actor> r = gazetteer.demonym(right).or(() -> gazetteer.lookup(right));
        if (r.isPresent() && l.get().is(ActorType.STATE) && r.get().is(ActorType.STATE)) {
            // "Turkish-Russian cooperation": two actors in one token
            Mention a = partMention(s, i, 0, dash, l.get(), Kind.DEMONYM).withModifier("pair");
            Mention b = partMention(s, i, dash + 1, w.length(), r.get(), Kind.DEMONYM).withModifier("pair");
            found.add(a);
            found.add(b);
            used[i] = true;
        }
    }

    private Optional<Actor> resolveWord(String w) {
        return gazetteer.demonym(w).or(() -> gazetteer.lookup(w));
    }

    /** Whether the entity the tagger found at token {@code i} began at an earlier token. */
    private static boolean continuesEntity(Sentence s, int i) {
        if (i == 0 || !s.parsed()) {
            return false;
        }
        String here = s.token(i).entity();
        String before = s.token(i - 1).entity();
        return (here.startsWith("I-") || here.startsWith("L-")) && (before.startsWith("B-") || before.startsWith("I-"));
    }

    /** A capitalized common word at the start of a sentence is not a name ("Both", "Turkey" is). */
    private boolean isSentenceInitialWord(Sentence s, int i, String written) {
        return i == 0 && !Names.isAcronym(written) && s.token(i).tag().matches("DT|PRP|IN|CC|RB|JJ|WDT|WP|VB.*");
    }
}
