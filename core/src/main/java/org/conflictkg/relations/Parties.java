package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;

/**
 * The two sides of a frame at its trigger in one sentence: its slots walked from the trigger and resolved to actor
 * mentions, with the general fallbacks for parties the tree does not give where the slot points (a phrase the parser
 * hung from the object or from a light verb, the doer of a supported or judged act, the giver of what is received,
 * a party the sentence leaves unnamed). One per sentence.
 */
final class Parties {
    /** "the support of Russia", "weapons from Iran". */
    private static final Slot GIVER = new Slot(Slot.Role.PATH, List.of(
            new Slot.Step("prep", Set.of("of", "from")), new Slot.Step("pobj", Set.of())));
    /** "came under fire from the militants". */
    private static final Slot ATTACKER = new Slot(Slot.Role.PATH, List.of(
            new Slot.Step("prep", Set.of("from")), new Slot.Step("pobj", Set.of())));

    /** Who does the act and to whom. */
    record Sides(List<Mention> subjects, List<Mention> objects) {
    }

    private final Sentence s;
    private final Roles roles;
    private final PhraseMentions phrases;
    private final UnnamedParties unnamed;
    private final Whereabouts whereabouts;
    private final Leadership leadership;
    private final Cues cues;

    Parties(Sentence s, Roles roles, PhraseMentions phrases, UnnamedParties unnamed, Whereabouts whereabouts,
            Cues cues) {
        this.s = s;
        this.roles = roles;
        this.phrases = phrases;
        this.unnamed = unnamed;
        this.whereabouts = whereabouts;
        this.leadership = new Leadership(s, cues);
        this.cues = cues;
    }

    /** The sides of frame {@code f} at trigger {@code t}, or null when it needs a subject and has none. */
    Sides of(Frame f, int t) {
        boolean attack = f.relation() == Relation.ATTACKS;
        List<Mention> subjects = slot(f, f.subject(), t, attack);
        int receiver = f.kind() == Frame.Kind.EVENT ? receiver(t) : -1;
        List<Mention> givers = receiver >= 0 ? givers(t, receiver, attack) : List.of();
        if (!givers.isEmpty()) {
            subjects = givers;
        }
        if (subjects.isEmpty() && !f.relation().isSymmetric()) {
            return null;
        }
        List<Mention> objects = slot(f, f.object(), t, attack);
        if (f.relation() == Relation.LEADER_OF) {
            objects = objects.stream().filter(m -> leadership.ledAsAWhole(m) && leadership.headsItself(m, t)).toList();
        }
        if (objects.isEmpty() && f.cameo() != null && f.cameo().startsWith("07")) {
            objects = whereabouts.beneficiaryStates(f, t); // "provided aid to people in Yemen"
        }
        if (objects.isEmpty() && f.relation() == Relation.BACKS) {
            objects = doersOfSupported(f, t); // "in support of SDF operations"
        }
        if (objects.isEmpty() && f.kind() == Frame.Kind.VERB && (cues.is(s.token(t).lemma(), Cues.Effect.JUDGMENT)
                || f.relation() == Relation.REJECTS)) {
            // "condemned the strikes by Russia": Russia is criticized; "welcomed the OPCW visit"
            objects = doersOfJudgedEvents(t);
        }
        if (f.kind() == Frame.Kind.EVENT && attack) {
            // "the Aleppo offensive": a place before an attack noun is its target, not its agent
            List<Mention> places = subjects.stream().filter(m -> !m.actor().type().isAgent()).toList();
            if (!places.isEmpty()) {
                // "the Sinai and Palestine campaign": a word coordinated with a place names the theatre too
                List<Mention> agents = subjects;
                subjects = agents.stream().filter(q -> q.actor().type().isAgent()
                        && places.stream().noneMatch(p -> areCoordinated(p, q))).toList();
                objects = new ArrayList<>(objects);
                objects.addAll(places);
            }
        }
        if (receiver >= 0) {
            // "the British had the support of Armenian forces", "the rebels received Turkish support": the
            // giver is the noun's "of" or "from" phrase or its modifier, the one who receives it the other party
            List<Mention> receivers = phrases.resolve(roles.subjects(receiver));
            if (!givers.isEmpty() || objects.isEmpty()) {
                subjects = subjects.stream().filter(m -> !receivers.contains(m)).toList();
                objects = receivers;
            }
        }
        return new Sides(subjects, objects);
    }

    /** Whether the holder of the agent noun {@code noun} is one member of {@code body} rather than its leader. */
    boolean onlyMember(Mention body, int noun) {
        return leadership.oneOfMany(noun) || leadership.namesAPart(body, noun);
    }

    /** The mentions at the first alternative of a slot that reaches any. */
    List<Mention> slot(Frame f, List<Slot> slot, int t, boolean attack) {
        for (Slot alt : slot) {
            List<Integer> tokens = switch (alt.role()) {
                case SUBJ -> roles.subjects(t);
                case OBJ -> roles.objects(t);
                case AGENT -> roles.agents(t, attack);
                case SELF -> roles.selves(t);
                case OWNER -> roles.owners(t);
                case PATH -> alt.walk(s, t);
            };
            if (alt.role() == Slot.Role.PATH) {
                tokens = elsewhere(alt, t, tokens);
            }
            List<Mention> found = phrases.resolve(tokens);
            if (found.isEmpty() && tokens.isEmpty() && alt.role() == Slot.Role.PATH) {
                found = phrases.withinObject(alt, t);
            }
            if (found.isEmpty() && alt.role() == Slot.Role.AGENT && !s.children(t, "poss").isEmpty()) {
                break; // "expand the Coalition's campaign": the possessor is the doer, though no actor known here
            }
            if (found.isEmpty() && alt.role() == Slot.Role.SUBJ && roles.passive(t) && roles.byPhrase(t).isEmpty()
                    && f.cameo() != null && (f.cameo().startsWith("08") || f.cameo().startsWith("16"))) {
                // "UN sanctions against Iran were lifted", "US aid to Mali was suspended": who eases or cuts a
                // measure of its own is the measure's owner
                for (int n : s.children(t, "nsubjpass")) {
                    found = phrases.resolve(roles.agents(n, false));
                }
            }
            if (found.isEmpty()) {
                found = unnamed(alt, t, tokens);
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * Where the parser hung a path slot's phrase when not from the trigger: when the trigger has none, "discussed the
     * situation in Aleppo with Lavrov", "retook the town from ISIL" hang it from the verb's object (when that is no
     * actor: "the rebels from Idlib" are rebels; the verb's own phrase may be another one, "imposed sanctions on
     * Russia on Monday"); "issued an ultimatum to Washington" from the light verb of the noun; "a series of U.S.
     * airstrikes against al-Qaida" from the word that counts the strikes.
     */
    private List<Integer> elsewhere(Slot alt, int t, List<Integer> tokens) {
        if (phrases.resolve(tokens).isEmpty() && s.token(t).isVerb()) {
            for (int o : roles.objects(t)) {
                if (phrases.at(o).stream().noneMatch(m -> m.actor().type().isAgent())) {
                    List<Integer> under = alt.walk(s, o);
                    for (int a : s.children(o, "acl")) {
                        if (under.isEmpty()) {
                            under = alt.walk(s, a); // "lifted sanctions imposed on China"
                        }
                    }
                    if (!under.isEmpty()) {
                        tokens = under;
                        break;
                    }
                }
            }
        }
        int h = s.head(t);
        if (tokens.isEmpty() && s.token(t).isNoun() && h >= 0 && s.dep(t).equals("dobj")
                && cues.is(s.token(h).lemma(), Cues.Effect.LIGHT)) {
            tokens = alt.walk(s, h);
            // "conducted 15 strikes using fighter aircraft against ISIL targets", "strikes coordinated with Baghdad
            // against": or from a participle of manner on the verb or on the noun
            List<Integer> participles = new ArrayList<>(s.children(h, "advcl"));
            participles.addAll(s.children(t, "acl"));
            for (int p : participles) {
                if (tokens.isEmpty() && (s.token(p).tag().equals("VBG") || s.token(p).tag().equals("VBN"))) {
                    tokens = alt.walk(s, p);
                    // "using attack, bomber and fighter aircraft against ISIL targets": or from the last of the
                    // participle's coordinated objects
                    for (int o : s.children(p, "dobj")) {
                        for (int c : roles.coordinated(o)) {
                            List<Integer> heads = new ArrayList<>(List.of(c));
                            heads.addAll(s.children(c, "appos")); // the parser's apposition for a list
                            for (int h2 : heads) {
                                if (tokens.isEmpty()) {
                                    tokens = alt.walk(s, h2);
                                }
                            }
                        }
                    }
                }
            }
        }
        int collective = collectiveAbove(t);
        if (tokens.isEmpty() && collective >= 0) {
            tokens = alt.walk(s, collective);
        }
        return tokens;
    }

    /** A party the slot reaches but the sentence does not name, read by {@link UnnamedParties}. */
    private List<Mention> unnamed(Slot alt, int t, List<Integer> tokens) {
        boolean doer = alt.role() == Slot.Role.SUBJ || alt.role() == Slot.Role.AGENT;
        List<Mention> found = unnamed.speakersSide(tokens); // "'We will respond,' the Iranian minister said"
        if (found.isEmpty()) {
            found = unnamed.issuersVoice(tokens); // "The United States condemns ... We will continue to"
        }
        if (found.isEmpty() && doer) {
            found = unnamed.reportedForces(tokens); // "the defence ministry said warplanes struck ..."
        }
        if (found.isEmpty() && alt.role() == Slot.Role.AGENT) {
            found = supportedByStrikes(t);
        }
        if (found.isEmpty() && doer) {
            found = unnamed.doersOf(tokens); // "Russian strikes hit Idlib"
            if (found.isEmpty()) {
                // "... Near Mosul, five strikes engaged ISIL units"; only strikes that are the trigger's own subject:
                // not "this attack redoubles our resolve to stand with", whose subject control makes the attack the
                // one that stands
                found = unnamed.earlierAttacker(tokens.stream().filter(o -> ownSubject(o, t)).toList());
            }
        }
        return found;
    }

    /** Who does what is supported, when that is an act: "in support of SDF operations" supports the SDF. */
    private List<Mention> doersOfSupported(Frame f, int t) {
        for (Slot alt : f.object()) {
            for (int o : roles.objectTokens(alt, t)) {
                if (phrases.isEventNoun(o) && !s.token(o).isProperNoun()) { // not "the Syria Democratic Forces"
                    List<Mention> doers = phrases.resolve(roles.agents(o, false));
                    if (!doers.isEmpty()) {
                        return doers;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The objects of a judging or rejecting verb that are event nouns, replaced by their doers: "condemned the
     * Russian strikes", "welcomed the OPCW visit", "rejected the call of the European Parliament".
     */
    private List<Mention> doersOfJudgedEvents(int v) {
        List<Mention> out = new ArrayList<>();
        for (int o : roles.objects(v)) {
            if (s.token(o).isNoun() && phrases.isEventNoun(o)) {
                out.addAll(phrases.resolve(roles.agents(o, phrases.isAttackNoun(o))));
            }
        }
        return out;
    }

    /** The noun that counts the noun at {@code t} ("a series of strikes", "a wave of attacks"), or -1. */
    private int collectiveAbove(int t) {
        int of = s.head(t);
        if (!s.token(t).isNoun() || !s.dep(t).equals("pobj") || of < 0 || !s.token(of).lemma().equals("of")) {
            return -1;
        }
        int c = s.head(of);
        return c >= 0 && cues.is(s.token(c).lemma(), Cues.Effect.COLLECTIVE) ? c : -1;
    }

    /** Whether token {@code o} is the subject of {@code t} itself, or of a verb {@code t} is coordinated with. */
    private boolean ownSubject(int o, int t) {
        int v = t;
        while (s.head(o) != v && s.dep(v).equals("conj") && s.head(v) >= 0) {
            v = s.head(v); // "five strikes engaged ISIL units and destroyed a tank"
        }
        return s.head(o) == v;
    }

    /**
     * The doers of the attacks an event noun is done in: "the coalition conducted eight strikes in support of the
     * government": who strikes in support of someone supports it.
     */
    private List<Mention> supportedByStrikes(int t) {
        int in = s.head(t);
        if (in < 0 || !s.dep(t).equals("pobj") || !s.token(in).lemma().equals("in") || s.head(in) < 0
                || !phrases.isAttackNoun(s.head(in))) {
            return List.of();
        }
        int strikes = s.head(in);
        List<Mention> found = phrases.resolve(roles.agents(strikes, true));
        return found.isEmpty() ? unnamed.earlierAttacker(List.of(strikes)) : found;
    }

    /** Who gives what a verb of receiving takes: "the support of Russia", "weapons from Iran". */
    private List<Mention> givers(int t, int receiver, boolean attack) {
        // the "of" phrase of an attack noun is its target ("faced the shelling of their positions")
        Slot giver = attack ? ATTACKER : GIVER;
        List<Mention> out = phrases.resolve(giver.walk(s, t));
        return out.isEmpty() ? phrases.resolve(giver.walk(s, receiver)) : out;
    }

    /**
     * The verb whose subject receives or undergoes the event noun at {@code t}, or -1: a verb of receiving that takes
     * it as object ("received support", "had the backing of", "faced attacks by", "received fire from"), or a verb it
     * hangs "under" ("came under fire from", "were under attack by").
     */
    private int receiver(int t) {
        int h = s.head(t);
        if (h < 0) {
            return -1;
        }
        if (s.dep(t).equals("dobj") && s.token(h).isVerb() && cues.is(s.token(h).lemma(), Cues.Effect.RECEIPT)) {
            return h;
        }
        int v = s.head(h);
        return s.dep(t).equals("pobj") && s.token(h).lemma().equals("under") && v >= 0 && s.token(v).isVerb()
                ? v : -1;
    }

    /** True when the heads of two mentions are members of one coordination. */
    private boolean areCoordinated(Mention a, Mention b) {
        int ha = a.last() - 1;
        int hb = b.last() - 1;
        return roles.coordinated(ha).contains(hb) || roles.coordinated(hb).contains(ha);
    }
}
