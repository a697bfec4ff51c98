package org.conflictkg.actors;

import static org.conflictkg.actors.MentionSpans.isNameToken;

import java.util.List;
import java.util.Locale;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * The head noun after a known name that names a part of its actor: "US forces", "Russia's air force", "the Turkish
 * defence ministry", "Syria's leader" (the state's forces, ministry or leader); after an organization's name
 * ("NATO defense ministers") the organization itself.
 */
final class HeadNouns {
    private final Gazetteer gazetteer;

    HeadNouns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Extends each known name of {@code s} over the head noun after it that names a part of its actor. */
    void extend(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.sentence() != s.index() || m.kind() != Kind.NAME || m.actor().is(ActorType.PERSON)
                    || m.actor().is(ActorType.PLACE) || m.first() != m.last() - 1 && m.modifier() != null) {
                continue;
            }
            int h = m.last();
            boolean possessive = h < s.size() && (s.token(h).text().equals("'s") || s.token(h).text().equals("’s"));
            if (possessive) {
                h++;
            }
            Head head = head(s, h, used);
            if (head == null) {
                continue;
            }
            Actor actor = headActor(gazetteer, m.actor(), head, doc);
            if (actor == null) {
                continue;
            }
            for (int t = m.last(); t < head.end; t++) {
                used[t] = true;
            }
            found.set(k, new Mention(m.sentence(), m.first(), head.end, m.start(), s.token(head.end - 1).end(),
                    s.text(m.first(), head.end), actor, m.kind(), m.title(), m.affiliation(), m.leader(), m.modifier()));
        }
    }

    /** The noun head of a phrase starting at token {@code from}: its end and its category. */
    record Head(int end, String category, String words) {}

    /** The head noun of the phrase starting at token {@code from}, or null when it names no forces, body, government or leader. */
    static Head head(Sentence s, int from, boolean[] used) {
        int j = from;
        int lastNoun = -1;
        String category = null;
        StringBuilder words = new StringBuilder();
        while (j < s.size() && j - from < 5 && !used[j]) {
            Token t = s.token(j);
            String lw = t.text().toLowerCase(Locale.ROOT);
            boolean nounish = t.isNoun() || t.tag().startsWith("JJ") || t.tag().equals("VBN") && j > from;
            if (!nounish || isNameToken(t) && !Lexicon.TITLE_WORDS.contains(lw) && !Lexicon.BODY_WORDS.contains(lw)) {
                break;
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(lw);
            if (Lexicon.FORCES.contains(lw) && category == null) {
                category = "forces";
                lastNoun = j;
            } else if ((lw.equals("ministry") || lw.equals("staff") || lw.equals("department")) && category == null) {
                category = "body";
                lastNoun = j;
            } else if (Lexicon.GOVERNMENT.contains(lw) && category == null) {
                category = "government";
                lastNoun = j;
            } else if (Lexicon.LEADER_TITLES.contains(lw) && category == null) {
                category = "leader";
                lastNoun = j;
            }
            j++;
        }
        if (category == null) {
            return null;
        }
        return new Head(lastNoun + 1, category, words.toString());
    }

    /** The actor the head noun after a name of {@code named} stands for: its forces, ministry or leader. */
    static Actor headActor(Gazetteer gazetteer, Actor named, Head head, DocumentState doc) {
        if (!named.is(ActorType.STATE)) {
            return named; // "NATO defense ministers", "Islamic State militants": the organization itself
        }
        return switch (head.category) {
            case "forces" -> gazetteer.forcesOf(named);
            case "body" -> head.words.contains("defen") || head.words.contains("general staff")
                    ? gazetteer.bodyOf(named, "Ministry of Defence")
                    : head.words.contains("foreign") || head.words.contains("external affairs")
                    ? gazetteer.bodyOf(named, "Ministry of Foreign Affairs") : named;
            case "leader" -> doc.leaders.getOrDefault(named.id(), named);
            default -> named;
        };
    }
}
