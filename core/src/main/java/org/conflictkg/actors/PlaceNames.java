package org.conflictkg.actors;

import static org.conflictkg.actors.MentionSpans.add;
import static org.conflictkg.actors.MentionSpans.isNameParticle;
import static org.conflictkg.actors.MentionSpans.isNameToken;
import static org.conflictkg.actors.MentionSpans.mention;
import static org.conflictkg.actors.MentionSpans.mentionAt;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;

/**
 * Places the names alone do not settle: the region around a town ("Hama province"), a capital that is the city and
 * not its state ("a bombing in Damascus"), and unknown names after place nouns ("the town of Tadef").
 */
final class PlaceNames {
    /** Words for the land a town gives its name to: "Hama province", "the Idlib countryside". */
    private static final Map<String, String> REGION_WORDS = Map.of("province", "Governorate", "governorate",
            "Governorate", "countryside", "countryside");

    private final Gazetteer gazetteer;
    private final MintedActors minted;

    PlaceNames(Gazetteer gazetteer, MintedActors minted) {
        this.gazetteer = gazetteer;
        this.minted = minted;
    }

    /**
     * "Deir ez-Zor province", "the province of Hama", "the Idlib countryside": the region around a town the gazetteer
     * knows as the town is a place of its own (one id for "province" and "governorate"), unless the gazetteer's entry
     * is that region too ("Idlib province" is an alias of Idlib). An attack in the countryside is not one on the city.
     */
    void findRegions(Sentence s, List<Mention> found, boolean[] used) {
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.sentence() != s.index() || !m.actor().is(ActorType.PLACE) || m.kind() != Kind.NAME) {
                continue;
            }
            int first = m.first();
            int last = m.last();
            String word = null;
            if (last < s.size() && REGION_WORDS.containsKey(s.token(last).text().toLowerCase(Locale.ROOT))) {
                word = s.token(last).text().toLowerCase(Locale.ROOT);
                last++;
            } else if (first >= 2 && s.token(first - 1).text().equalsIgnoreCase("of")
                    && REGION_WORDS.containsKey(s.token(first - 2).text().toLowerCase(Locale.ROOT))) {
                word = s.token(first - 2).text().toLowerCase(Locale.ROOT);
                first -= 2;
            }
            String suffix = " " + word;
            if (word == null || gazetteer.lookup(m.actor().label() + suffix).isPresent()
                    || m.actor().aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith(suffix))) {
                continue;
            }
            Actor region = minted.actor(m.actor().label() + " " + REGION_WORDS.get(word), ActorType.PLACE);
            found.set(k, mention(s, first, last, region, Kind.NAME));
            for (int t = first; t < last; t++) {
                used[t] = true;
            }
        }
    }

    /**
     * A capital named for its state ("Damascus") is the city after a locative preposition ("a bombing in Damascus",
     * "the outskirts of Kyiv", "strikes on Damascus"), as the object of a verb of attack or movement ("jets struck
     * Damascus") and before a place or people noun ("Damascus airport", "Kyiv residents"); elsewhere it stands for
     * the state ("Moscow backs Assad", "talks between Moscow and Ankara", "Washington's position").
     */
    void placeCapitals(Sentence s, List<Mention> found) {
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.sentence() != s.index() || m.kind() != Kind.NAME || !m.actor().is(ActorType.STATE)
                    || m.modifier() != null) {
                continue;
            }
            Optional<Actor> city = gazetteer.capitalCity(m.text()).filter(c -> m.actor().id().equals(c.country()));
            if (city.isPresent() && (isCityContext(s, m) || listedAfterAPlace(s, m, found))) {
                found.set(k, new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.text(), city.get(),
                        m.kind(), null, null, false, null));
            }
        }
    }

    /** "in Afrin and Damascus", "Aleppo, Homs and Damascus": a capital listed after a place is a place too. */
    private static boolean listedAfterAPlace(Sentence s, Mention m, List<Mention> found) {
        if (m.first() < 2 || !Set.of("and", ",", "or").contains(s.token(m.first() - 1).text())) {
            return false;
        }
        for (Mention p : found) {
            if (p.sentence() == m.sentence() && p.last() == m.first() - 1 && p.actor().is(ActorType.PLACE)) {
                return true; // the connector sits between them
            }
        }
        return false;
    }

    private static boolean isCityContext(Sentence s, Mention m) {
        int after = m.last();
        if (after < s.size()) {
            String next = s.token(after).text().toLowerCase(Locale.ROOT);
            if (next.equals("'s") || next.equals("’s")) {
                return false; // "Washington's position"
            }
            if (Lexicon.CITY_HEADS.contains(next)) {
                return true;
            }
        }
        int b = m.first() - 1;
        while (b >= 0 && (Lexicon.DIRECTIONS.contains(s.token(b).text().toLowerCase(Locale.ROOT))
                || s.token(b).text().equalsIgnoreCase("downtown"))) {
            b--; // "in central Damascus"
        }
        if (b < 0) {
            return false;
        }
        String prev = s.token(b).text().toLowerCase(Locale.ROOT);
        String before = b > 0 ? s.token(b - 1).text().toLowerCase(Locale.ROOT) : "";
        if (prev.equals("to") || prev.equals("from")) {
            return !Lexicon.STATE_RECIPIENT.contains(before) && !(b >= 2 && s.token(b - 1).tag().equals("DT")
                    && Lexicon.STATE_RECIPIENT.contains(s.token(b - 2).text().toLowerCase(Locale.ROOT)));
        }
        if (prev.equals("in") && (Lexicon.GOVERNMENT.contains(before) || Lexicon.PEOPLE_IN_POWER.contains(before))) {
            return false; // "the defence ministry in Moscow", "officials in Damascus": the government seated there
        }
        if (Lexicon.LOCATIVE.contains(prev)) {
            return true;
        }
        if (prev.equals("of")) {
            return Lexicon.CITY_PARTS.contains(before);
        }
        if (prev.equals("on") || prev.equals("against") || prev.equals("upon") || prev.equals("at")) {
            return Lexicon.ATTACK_NOUNS.contains(before);
        }
        if (Lexicon.PLACE_NOUNS.contains(prev)) {
            return true; // "the capital Damascus", "the city Kyiv"
        }
        return Lexicon.PLACE_VERBS.contains(prev);
    }

    /** "the town of Palmyra", "the provinces of Homs, Hama and Raqqa": unknown names after place nouns. */
    void findAfterPlaceNouns(Sentence s, List<Mention> found, boolean[] used) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (!Lexicon.PLACE_NOUNS.contains(s.token(i).text().toLowerCase(Locale.ROOT))
                    || !s.token(i + 1).text().equals("of")) {
                continue;
            }
            int j = i + 2;
            while (j < s.size()) {
                int k = j;
                while (k < s.size() && !used[k] && (isNameToken(s.token(k)) || isNameParticle(s, k)) && k - j < 4) {
                    k++;
                }
                if (k > j) {
                    String name = s.text(j, k);
                    Actor place = gazetteer.lookup(name)
                            .orElseGet(() -> minted.actor(name, ActorType.PLACE));
                    add(found, used, mention(s, j, k, place, Kind.NAME));
                } else {
                    Mention known = mentionAt(found, s.index(), j);
                    if (known == null) {
                        break;
                    }
                    k = known.last();
                }
                if (k < s.size() && (s.token(k).text().equals(",") || s.token(k).text().equals("and"))) {
                    j = k + 1;
                    if (j < s.size() && s.token(j).text().equals("and")) {
                        j++;
                    }
                } else {
                    break;
                }
            }
        }
    }
}
