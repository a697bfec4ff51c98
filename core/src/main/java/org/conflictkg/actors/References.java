package org.conflictkg.actors;

import static org.conflictkg.actors.MentionSpans.add;
import static org.conflictkg.actors.MentionSpans.afterLocative;
import static org.conflictkg.actors.HeadNouns.head;
import static org.conflictkg.actors.GazetteerRecognizer.introducesAlias;
import static org.conflictkg.actors.MentionSpans.isNameToken;
import static org.conflictkg.actors.MentionSpans.mentionAt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.actors.HeadNouns.Head;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;

/**
 * Pronouns and descriptions that refer back to an actor: "he", "its", "they", "the group", "the terrorist group",
 * "the two countries", "the Coalition". Each is resolved only when the text leaves one candidate (see
 * {@link DocumentState}); no fact is better than a wrong one. Runs after the recognizer has read the sentence's
 * names, titles, demonyms and generic words.
 */
final class References {
    private final Gazetteer gazetteer;

    References(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Words that describe a coalition without naming another one: "the international coalition". */
    private static final Set<String> COALITION_ADJECTIVES = Lexicon.list("coalition-adjectives");

    /** Nouns after "the two" or "both" that refer back to two states or two people. */
    private static final Set<String> PAIR_OF_STATES = Lexicon.list("pair-of-states");

    private static final Set<String> PAIR_OF_PEOPLE = Lexicon.list("pair-of-people");

    void find(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        // resolve in order, so that "he" may refer to a person named earlier in the same sentence
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Mention::first));
        int next = 0;
        Mention previous = null;
        for (int i = 0; i < s.size(); i++) {
            while (next < sorted.size() && sorted.get(next).first() <= i) {
                Mention seen = sorted.get(next++);
                if (previous == null || !introducesAlias(s, previous, seen)) {
                    doc.saw(seen, afterLocative(s, seen)); // "the Nigerian Air Force (NAF) says it": one actor, not two
                }
                previous = seen;
            }
            if (used[i]) {
                continue;
            }
            if (s.token(i).entityType().equals("PERSON") && isNameToken(s.token(i))) {
                // a person the gazetteer does not know is named after the last one it knows: "he" and "his" may be
                // this one ("The gunmen killed Abdullah and his family"), so they no longer refer to the known one
                doc.lastPerson = null;
            }
            String lw = s.token(i).text().toLowerCase(Locale.ROOT);
            Actor ref = null;
            int end = i + 1;
            Kind kind = Kind.PRONOUN;
            switch (lw) {
                case "he", "she", "him", "his", "her" -> ref = doc.lastPerson;
                case "it" -> ref = isReferringSubject(s, i) ? doc.agentNear(s.index(), i) : null;
                // "they": the one armed group just named; two (an attacker and a defender) leave it open
                case "they" -> ref = isReferringSubject(s, i) ? doc.groupNear(s.index(), i) : null;
                case "their" -> {
                    Mention bound = clauseSubject(s, i, found);
                    ref = bound == null ? null : bound.actor();
                }
                case "its" -> {
                    Mention bound = clauseSubject(s, i, found);
                    ref = bound != null ? bound.actor() : doc.agentNear(s.index(), i);
                    if (i >= 2 && s.token(i - 1).text().equals("and")) {
                        Mention before = mentionAt(found, s.index(), i - 2);
                        if (before != null && before.actor().type().isAgent()) {
                            // "Bashar al-Assad and its forces": the actor just named
                            ref = before.actor().is(ActorType.PERSON) && before.actor().country() != null
                                    ? gazetteer.byId(before.actor().country()).orElse(before.actor()) : before.actor();
                        }
                    }
                    if (ref != null && lw.equals("its")) {
                        Head head = head(s, i + 1, used);
                        if (head != null && "forces".equals(head.category())) {
                            // a state's or a state body's forces are the state's; an armed group's fighters are
                            // the group ("Ahrar al-Sham said its fighters ..."), whatever country it fights in
                            Actor state = ref.is(ActorType.STATE) ? ref
                                    : ref.country() != null && (ref.is(ActorType.GOVERNMENT_BODY)
                                    || ref.is(ActorType.ARMED_FORCES) || ref.is(ActorType.PERSON))
                                    ? gazetteer.byId(ref.country()).orElse(null) : null;
                            if (state != null) {
                                ref = gazetteer.forcesOf(state);
                            }
                            end = head.end();
                        }
                    }
                }
                case "the", "both", "this", "that" -> {
                    if (i + 2 < s.size() && !used[i + 1] && !used[i + 2] && pairReference(s, i, found, used, doc)) {
                        continue;
                    }
                    int described = groupDescription(s, i, used);
                    if (described > 0 && !lw.equals("both")) {
                        // "the terrorist group", "this extremist organization": the armed group named last
                        ref = nearestBefore(found, i, ActorType.ARMED_GROUP, doc.lastGroup);
                        kind = Kind.DESCRIPTION;
                        end = described;
                        if (i > 0 && Set.of("another", "other", "one").contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))
                                || end < s.size() && Set.of("of", "called", "named", "known").contains(
                                        s.token(end).text().toLowerCase(Locale.ROOT))) {
                            ref = null; // "the group of fighters", "a group called ...": not the one named before
                        }
                    }
                    if (described <= 0 && lw.equals("the") && i + 1 < s.size() && !used[i + 1]) {
                        String nw = s.token(i + 1).text().toLowerCase(Locale.ROOT);
                        kind = Kind.DESCRIPTION;
                        end = i + 2;
                        if (COALITION_ADJECTIVES.contains(nw) && i + 2 < s.size() && !used[i + 2]
                                && s.token(i + 2).text().equalsIgnoreCase("coalition")) {
                            nw = "coalition"; // "the international coalition" is the coalition the article names
                            end = i + 3;
                        }
                        ref = switch (nw) {
                            // an antecedent earlier in the same sentence comes first ("fighters from X were near
                            // the border, whilst the group fought ...")
                            case "town", "city", "village" -> doc.placeNear(s.index(), i);
                            case "group", "militants", "jihadists" -> nearestBefore(found, i, ActorType.ARMED_GROUP, doc.lastGroup);
                            case "alliance", "bloc" -> doc.lastAlliance;
                            // an international one, none named yet: the one at war where the article is
                            case "coalition" -> doc.coalition() != null || end == i + 2 ? doc.coalition()
                                    : doc.focusCountry(c -> gazetteer.unnamed(c, "coalition").isPresent())
                                            .flatMap(c -> gazetteer.unnamed(c, "coalition")).orElse(null);
                            case "military", "army" -> doc.lastForces;
                            case "minister", "president", "leader", "secretary", "premier", "chancellor", "king",
                                 "emir", "commander", "envoy", "ambassador", "spokesman", "spokeswoman" -> {
                                Actor t = doc.titled(nw);
                                yield t != null ? t : doc.lastPerson != null
                                        && doc.personTitles.containsKey(doc.lastPerson.id()) ? doc.lastPerson : null;
                            }
                            case "kingdom", "emirate", "sultanate" -> doc.stateNear(s.index(), i, true);
                            // not "the regime" or "the government": news names its enemies' by them, and the state
                            // named last is often another ("Russia backs the regime")
                            case "country", "nation", "republic" -> doc.stateNear(s.index(), i, false);
                            default -> null;
                        };
                        if (ref != null && i + 2 < s.size() && s.token(i + 2).text().equals("of")) {
                            ref = null; // "the town of X" names the town itself
                        }
                        int last = end - 1;
                        if (ref != null && s.parsed() && s.head(last) > last
                                && Set.of("compound", "nmod", "amod").contains(s.dep(last))) {
                            ref = null; // "the military airfield", "the coalition partners": a modifier, not the head
                        }
                    }
                }
                case "coalition" -> {
                    // "Coalition military forces", "coalition aircraft": the coalition the article is about
                    String after = i + 1 < s.size() ? s.token(i + 1).text().toLowerCase(Locale.ROOT) : "";
                    if (s.token(i).text().startsWith("C") || Lexicon.FORCES.contains(after)
                            || Lexicon.ATTACK_NOUNS.contains(after)) {
                        ref = doc.coalition();
                        if (ref == null) {
                            // none named: the coalition at war in the country the article is about ("coalition@iraq")
                            ref = doc.focusCountry(c -> gazetteer.unnamed(c, "coalition").isPresent())
                                    .flatMap(c -> gazetteer.unnamed(c, "coalition")).orElse(null);
                        }
                        kind = Kind.DESCRIPTION;
                    }
                }
                default -> { }
            }
            if (ref != null && kind == Kind.DESCRIPTION && (ref.is(ActorType.ARMED_GROUP) || ref.is(ActorType.ORGANIZATION))
                    && end < s.size() && s.token(end).isProperNoun() && !s.token(end).entityType().equals("DATE")) {
                ref = null; // "the rebel group Hayat Tahrir al-Sham": the name after the words is the one they describe
            }
            if (ref != null) {
                Mention m = new Mention(s.index(), i, end, s.token(i).start(), s.token(end - 1).end(),
                        s.text(i, end), ref, kind, null, null, false, null);
                add(found, used, m);
            }
        }
    }

    /**
     * A pronoun that is the subject of a clause about its referent: not "it" of "it was reported that", "it is
     * likely", "it seems".
     */
    private static boolean isReferringSubject(Sentence s, int i) {
        if (!s.dep(i).equals("nsubj") && !s.dep(i).equals("nsubjpass")) {
            return false;
        }
        int v = s.head(i);
        if (v < 0 || Set.of("be", "seem", "appear", "remain", "become", "take").contains(s.token(v).lemma())) {
            return false;
        }
        for (int c : s.children(v)) {
            if (s.dep(c).equals("auxpass") || s.dep(c).equals("ccomp") && s.token(v).lemma().equals("be")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of a description of an armed group after the determiner at {@code det}: descriptive words, at least
     * one of them for "this" and "that" ("the terrorist group", "this extremist organization", "the group"), then a
     * noun for a group. Zero when the words after it are not one, or are part of a name or phrase already read.
     */
    private static int groupDescription(Sentence s, int det, boolean[] used) {
        int k = det + 1;
        while (k < s.size() && !used[k] && Lexicon.GROUP_DESCRIPTORS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        boolean bare = k == det + 1;
        String lw = s.token(det).text().toLowerCase(Locale.ROOT);
        if (k >= s.size() || used[k] || !Lexicon.GROUP_NOUNS.contains(s.token(k).text()) // lower case only: not "Group"
                || bare && !lw.equals("this")) {
            return 0; // a bare "the group" keeps its own reading (see the caller); "that group" is too often a clause
        }
        if (s.parsed() && s.head(k) > k && Set.of("compound", "nmod", "amod").contains(s.dep(k))) {
            return 0; // "the militant group leader": a modifier of another noun, not the group
        }
        return k + 1;
    }

    /** The actor of the nearest mention of this type before token {@code i} of the sentence, else {@code orElse}. */
    private static Actor nearestBefore(List<Mention> found, int i, ActorType type, Actor orElse) {
        Mention best = null;
        for (Mention m : found) {
            if (m.last() <= i && m.actor().is(type) && m.kind() != Kind.PRONOUN && m.kind() != Kind.DESCRIPTION
                    && (best == null || m.last() > best.last())) {
                best = m;
            }
        }
        return best == null ? orElse : best.actor();
    }

    /**
     * "the two countries", "both sides", "the two leaders": the two states (or people) the text named last, as
     * two mentions over the same words. Nothing when the text has not named two yet.
     */
    private boolean pairReference(Sentence s, int i, List<Mention> found, boolean[] used, DocumentState doc) {
        String lw = s.token(i).text().toLowerCase(Locale.ROOT);
        int k = i + 1;
        if (lw.equals("the") && s.token(k).text().equalsIgnoreCase("two")) {
            k++;
        } else if (!lw.equals("both")) {
            return false;
        }
        if (k >= s.size() || used[k]) {
            return false;
        }
        String noun = s.token(k).text().toLowerCase(Locale.ROOT);
        List<Actor> pair = PAIR_OF_STATES.contains(noun) ? DocumentState.lastTwo(doc.recentStates)
                : PAIR_OF_PEOPLE.contains(noun) ? DocumentState.lastTwo(doc.recentPeople) : List.of();
        if (pair.isEmpty()) {
            return false;
        }
        for (Actor a : pair) {
            found.add(new Mention(s.index(), i, k + 1, s.token(i).start(), s.token(k).end(), s.text(i, k + 1), a,
                    Kind.DESCRIPTION, null, null, false, "pair"));
        }
        for (int t = i; t <= k; t++) {
            used[t] = true;
        }
        return true;
    }

    /**
     * The subject of the clause whose predicate holds the possessive pronoun at {@code pronoun}: "the coalition
     * launched its campaign", "Iraqi forces pressed on in their offensive against". Within its own clause's object
     * or prepositional phrases a possessive names that clause's subject (as a reflexive would), not the actor named
     * last; a pronoun inside the subject, or a subject of two coordinated parties, gives nothing.
     */
    private static Mention clauseSubject(Sentence s, int pronoun, List<Mention> found) {
        if (!s.dep(pronoun).equals("poss")) {
            return null;
        }
        int k = s.head(pronoun);
        boolean viaIn = false;
        for (int steps = 0; k >= 0 && steps < 6; steps++) {
            int h = s.head(k);
            String d = s.dep(k);
            if (h < 0 || !Set.of("dobj", "pobj", "prep", "conj", "compound").contains(d)) {
                return null; // "its" in a subject, an apposition or a clause of its own
            }
            viaIn |= d.equals("prep") && s.token(k).text().equalsIgnoreCase("in");
            if (s.token(h).isVerb() && viaIn && (d.equals("prep") || d.equals("dobj"))
                    && Lexicon.AIDING_VERBS.contains(s.token(h).lemma())) {
                // "Washington supports the Iraqi army in its campaign": whom one aids in something is the one
                // doing it, as in "supported the army in retaking the town"
                List<Integer> objects = s.children(h, "dobj");
                Mention m = objects.size() == 1 ? mentionAt(found, s.index(), objects.get(0)) : null;
                return m != null && m.actor().type().isAgent() ? m : null;
            }
            if (s.token(h).isVerb() && (d.equals("dobj") || d.equals("prep"))) {
                int v = h;
                List<Integer> subj = s.children(v, "nsubj");
                while (subj.isEmpty() && Set.of("xcomp", "conj").contains(s.dep(v)) && s.head(v) >= 0) {
                    v = s.head(v); // "vowed to continue its strikes": the subject it shares
                    subj = s.children(v, "nsubj");
                }
                if (subj.size() != 1 || !s.children(subj.get(0), "conj").isEmpty()) {
                    return null;
                }
                Mention m = mentionAt(found, s.index(), subj.get(0));
                return m != null && m.actor().type().isAgent() && !m.actor().is(ActorType.PERSON) ? m : null;
            }
            k = h;
        }
        return null;
    }
}
