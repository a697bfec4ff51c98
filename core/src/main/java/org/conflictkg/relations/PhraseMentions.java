package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.actors.ActorType;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;

/**
 * The actor mentions of one sentence, and which of them a phrase names: the mention over its head, its
 * apposition's, the actor its head stands for ("ISIL targets", "Assad's forces", "the government of Iraq", "troops
 * loyal to Assad"), with the members of a coordination ("Russia and Iran", "Russian and Turkish jets").
 */
final class PhraseMentions {
    /** Compound modifiers that make the name before them a backer: "Turkish-backed", "Iranian-funded". */
    static final Set<String> BACKED = Set.of("backed", "supported", "sponsored", "armed", "funded", "allied");
    /**
     * Compound modifiers whose actor is not the one the head names: a backer ("Turkish-backed rebels") or a leader
     * ("the US-led anti-Daesh coalition").
     */
    private static final Set<String> OTHERS = with(BACKED, "led");
    /** Modifiers that make a name a stance towards it: "anti-British nationalists" are not Britain. */
    static final Set<String> STANCES = Set.of("anti", "pro");
    /** The steps by which a trigger's own phrase is searched for a prepositional phrase hung inside it. */
    private static final Set<String> VERB_PHRASE = Set.of("dobj", "prep", "pobj");
    private static final Set<String> NOUN_PHRASE = Set.of("acl", "dobj", "prep", "pobj");

    private final Sentence s;
    private final Roles roles;
    private final Cues cues;
    private final Frames frames;
    /** The mentions at each token: usually one; two for "Turkish-Russian". */
    private final List<List<Mention>> at;

    PhraseMentions(Sentence s, List<Mention> mentions, Roles roles, Cues cues, Frames frames) {
        this.s = s;
        this.roles = roles;
        this.cues = cues;
        this.frames = frames;
        this.at = new ArrayList<>(s.size());
        for (int k = 0; k < s.size(); k++) {
            at.add(new ArrayList<>(1));
        }
        for (Mention m : mentions) {
            for (int k = m.first(); k < m.last(); k++) {
                at.get(k).add(m);
            }
        }
    }

    private static Set<String> with(Set<String> words, String word) {
        Set<String> out = new java.util.HashSet<>(words);
        out.add(word);
        return Set.copyOf(out);
    }

    /** The mentions over token {@code k}. */
    List<Mention> at(int k) {
        return at.get(k);
    }

    boolean isAttackNoun(int k) {
        for (Frame f : frames.triggeredBy(s.token(k).lemma())) {
            if (f.kind() == Frame.Kind.EVENT && f.relation() == Relation.ATTACKS) {
                return true;
            }
        }
        return false;
    }

    /** The mentions the phrases headed at these tokens name, with their coordinated members. */
    List<Mention> resolve(List<Integer> heads) {
        List<Mention> out = new ArrayList<>();
        for (int h : heads) {
            for (int k : roles.coordinated(h)) {
                for (Mention m : mentionsOf(k, 0)) {
                    if (!out.contains(m)) {
                        out.add(m);
                    }
                }
                // "Russian and Turkish jets": the coordinated adjectives each name a party of the head
                for (int c : s.children(k)) {
                    if (!s.dep(c).equals("nmod") && !s.dep(c).equals("amod")) {
                        continue;
                    }
                    List<Integer> adjectives = roles.coordinated(c);
                    if (adjectives.size() < 2) {
                        continue;
                    }
                    for (int a : adjectives) {
                        for (Mention m : at(a)) {
                            if (m.kind() == Mention.Kind.DEMONYM && !out.contains(m)) {
                                out.add(m);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether the noun at {@code k} is qualified as former: "former ISIL fighters", "ex-members of the group". */
    private boolean isFormer(int k) {
        for (int c : s.children(k)) {
            String w = s.token(c).text().toLowerCase(Locale.ROOT);
            if ((s.dep(c).equals("amod") || s.dep(c).equals("nmod")) && (w.equals("former") || w.equals("ex"))) {
                return true;
            }
        }
        return s.token(k).text().toLowerCase(Locale.ROOT).startsWith("ex-");
    }

    /**
     * The mentions a phrase headed at {@code k} names: its own, its apposition's, or the actor its head stands
     * for ("ISIL targets", "Assad's forces", "the government of Iraq").
     */
    List<Mention> mentionsOf(int k, int depth) {
        k = roles.relative(k);
        if (!at(k).isEmpty()) {
            if (isFormer(k) && at(k).stream().allMatch(m -> m.actor().is(ActorType.ARMED_GROUP)
                    || m.actor().is(ActorType.ORGANIZATION) || m.actor().is(ActorType.GROUP))) {
                return List.of(); // "former ISIL fighters joined the SDF": they no longer act for the group
            }
            // "the anti-ISIL mission" names no party: a stance towards an actor is not the actor
            return at(k).stream().filter(m -> !STANCES.contains(String.valueOf(m.modifier()))).toList();
        }
        if (depth > 2 || !s.token(k).isNoun()) {
            return List.of();
        }
        int h = s.head(k);
        if (s.dep(k).equals("compound") && !s.token(k).isProperNoun() && h >= 0 && s.token(h).isProperNoun()
                && !at(h).isEmpty()) {
            return at(h); // "Iran-backed Lebanese Shia militia Hizballah": the descriptor is the name's
        }
        for (int c : s.children(k, "appos")) {
            if (!at(c).isEmpty()) {
                return at(c); // "the group, Jabhat al-Nusra"
            }
        }
        String lemma = s.token(k).lemma();
        boolean standsFor = cues.is(lemma, Cues.Effect.STANDSFOR);
        if (cues.is(lemma, Cues.Effect.BYSTANDER) || isEventNoun(k) && !standsFor) {
            // "Syrian civilians"; "Turkish-Russian cooperation" has agents, not a name; but "the US call" stands for
            // the one who calls
            return List.of();
        }
        if (standsFor || cues.is(lemma, Cues.Effect.SEAT)) {
            // "the suburb of Douma" is Douma, "the eastern suburbs of Aleppo" are around Aleppo, and "the Salhiya
            // district of Hasakah" is a district with a name of its own, in Hasakah
            boolean around = cues.is(lemma, Cues.Effect.SURROUNDINGS) && s.token(k).tag().equals("NNS")
                    || cues.is(lemma, Cues.Effect.SITE) && hasOwnName(k);
            for (int p : s.children(k, "prep")) {
                if (standsFor && !around && Set.of("of", "from", "by").contains(s.token(p).lemma())) {
                    // "the government of Iraq", "an offer from the Afghan government", "a request by Erdogan", "the Syrian provinces of Homs, Hama and Raqqa": the "of" phrase
                    // names it more closely than a modifier does
                    List<Mention> m = resolve(s.children(p, "pobj"));
                    if (m.isEmpty() && s.token(p).lemma().equals("of")) {
                        // "the Ministry of Health of Ethiopia": the body's own name first, then whose it is
                        for (int o : s.children(p, "pobj")) {
                            for (int q : s.children(o, "prep")) {
                                if (s.token(q).lemma().equals("of") && m.isEmpty()) {
                                    m = resolve(s.children(q, "pobj")).stream()
                                            .filter(x -> x.actor().is(ActorType.STATE)).toList();
                                }
                            }
                        }
                    }
                    if (!m.isEmpty()) {
                        return m;
                    }
                }
                if (s.token(p).lemma().equals("in") && cues.is(lemma, Cues.Effect.SEAT)) {
                    // "the regime in Damascus", "the defence ministry in Moscow": a state named by its seat
                    List<Mention> m = resolve(s.children(p, "pobj"));
                    if (!m.isEmpty() && m.stream().allMatch(x -> x.actor().is(ActorType.STATE))) {
                        return m;
                    }
                }
            }
        }
        int verb = s.head(k);
        if (standsFor && s.dep(k).equals("dobj") && verb >= 0 && s.token(verb).isVerb() && !roles.passive(verb)) {
            // "spurned offers for talks by the Kabul government": the parser hangs the noun's "by" from the verb
            List<Mention> m = resolve(roles.byPhrase(verb)).stream().filter(x -> x.actor().type().isAgent()).toList();
            if (!m.isEmpty()) {
                return m;
            }
        }
        if (standsFor) {
            for (int a : s.children(k, "acl")) {
                if (s.token(a).tag().equals("VBN") && !BACKED.contains(s.token(a).text().toLowerCase(Locale.ROOT))
                        && !cues.is(s.token(a).lemma(), Cues.Effect.ASSISTANCE)) {
                    // not "troops backed by Russian jets": a backer is not whose the troops are
                    for (int by : s.children(a, "agent")) {
                        // "the proposals laid out by the assembly", "missiles fired by the navy": the participle's
                        // doer is whose they are
                        List<Mention> m = resolve(s.children(by, "pobj"));
                        if (!m.isEmpty()) {
                            return m;
                        }
                    }
                }
            }
        }
        for (int c : s.children(k)) {
            String d = s.dep(c);
            if (!at(c).isEmpty() && !OTHERS.contains(String.valueOf(at(c).get(0).modifier()))
                    && !STANCES.contains(String.valueOf(at(c).get(0).modifier())) && (d.equals("compound")
                    || d.equals("nmod") || d.equals("amod") || d.equals("poss") && standsFor)) {
                // "ISIS hideouts", "Afghan Army trainees", "Assad's forces"; not "Turkish-backed rebels", whose
                // backer is not the group, nor "the US-led anti-Daesh coalition", whose leader is not the coalition
                if (s.token(k).isProperNoun() && namesItsOwn(c, k)) {
                    return List.of(); // "the Syria Revolutionaries Front": a group whose own name begins with a state's
                }
                if ((s.token(k).isProperNoun() || cues.is(lemma, Cues.Effect.SURROUNDINGS)
                        || cues.is(lemma, Cues.Effect.INSTALLATION))
                        && at(c).stream().allMatch(m -> m.actor().is(ActorType.PLACE)
                                || m.actor().is(ActorType.STATE) && cues.is(lemma, Cues.Effect.SURROUNDINGS))) {
                    // "the Anbar Salvation Council" names something else, "the Hama countryside" the land around,
                    // "the Turkish border" a line along the state, "the Aleppo airport" a site the city names or is
                    // near
                    return List.of();
                }
                return widened(at(c), k);
            }
        }
        if (!standsFor) {
            return List.of();
        }
        for (int c : s.children(k, "compound")) {
            if (!s.token(c).isProperNoun() || !at(c).isEmpty()) {
                continue;
            }
            for (int g : s.children(c)) {
                List<Mention> owner = at(g).stream().filter(m -> m.actor().type().isAgent()
                        && !m.actor().is(ActorType.PERSON)).toList();
                if (!owner.isEmpty() && Set.of("compound", "nmod").contains(s.dep(g))) {
                    // "a U.S. Supreme Court decision": the unnamed organ is its state's, and so is what it does
                    return widened(owner, k);
                }
            }
        }
        for (int c : s.children(k)) {
            if (cues.is(s.token(c).lemma(), Cues.Effect.ALLEGIANCE)) {
                for (int p : s.children(c, "prep")) {
                    List<Mention> m = resolve(s.children(p, "pobj")); // "troops loyal to Assad"
                    if (!m.isEmpty()) {
                        return m;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The mentions of a modifier, stretched over the phrase up to its head: the party of "strikes on ISIL
     * targets" reads "ISIL targets", the actor stays ISIL.
     */
    List<Mention> widened(List<Mention> modifier, int head) {
        List<Mention> out = new ArrayList<>(modifier.size());
        for (Mention m : modifier) {
            if (m.last() > head || m.first() > head) {
                out.add(m);
                continue;
            }
            out.add(new Mention(m.sentence(), m.first(), head + 1, m.start(), s.token(head).end(),
                    s.text(m.first(), head + 1), m.actor(), m.kind(), m.title(), m.affiliation(), m.leader(),
                    m.modifier()));
        }
        return out;
    }

    /**
     * Whether the proper noun at {@code head} ends a name of its own that a state's or place's name at {@code modifier}
     * only begins: another capitalised word no mention covers stands between them ("Syria Revolutionaries Front",
     * "Syria Democratic Forces"), as it does not in "US Army".
     */
    private boolean namesItsOwn(int modifier, int head) {
        if (at(modifier).stream().noneMatch(m -> m.kind() == Mention.Kind.NAME
                && (m.actor().is(ActorType.STATE) || m.actor().is(ActorType.PLACE)))) {
            return false;
        }
        int end = at(modifier).get(0).last();
        for (int t = end; t < head; t++) {
            if (s.token(t).isProperNoun() && at(t).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the common noun at {@code k} has a name of its own before it: "the Salhiya district". */
    boolean hasOwnName(int k) {
        for (int c : s.children(k)) {
            if (s.dep(c).equals("compound") && s.token(c).isProperNoun()) {
                return true;
            }
        }
        return false;
    }

    boolean isEventNoun(int k) {
        for (Frame f : frames.triggeredBy(s.token(k).lemma())) {
            if (f.kind() == Frame.Kind.EVENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * The trigger's prepositional phrase, where the parser hung it from a noun inside the trigger's own phrase:
     * "provided $2 million in assistance to Fiji", "provided over $3 million in funding to Lebanon", and for an event
     * noun through a participle of its own, "15 strikes using fighter aircraft against ISIL targets". Searched
     * breadth first through objects, prepositions (and a noun's participles), four steps deep, never into a clause of
     * its own; the first phrase that names an actor wins.
     */
    List<Mention> withinObject(Slot alt, int trigger) {
        Set<String> steps = s.token(trigger).isVerb() ? VERB_PHRASE : NOUN_PHRASE;
        List<Integer> level = List.of(trigger);
        for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
            List<Integer> below = new ArrayList<>();
            for (int k : level) {
                for (int c : s.children(k)) {
                    if (k == trigger && s.dep(c).equals("prep") && s.token(c).lemma().equals("for")) {
                        continue; // "called for pressure on Turkey": what is called for has parties of its own
                    }
                    if (steps.contains(s.dep(c))) {
                        below.add(c);
                    }
                }
            }
            for (int k : below) {
                if (!s.dep(k).equals("prep")) {
                    List<Mention> found = resolve(alt.walk(s, k));
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            level = below;
        }
        return List.of();
    }
}
