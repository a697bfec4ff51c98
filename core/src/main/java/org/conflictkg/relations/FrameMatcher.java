package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.conflictkg.actors.Actor;
import org.conflictkg.actors.ActorType;
import org.conflictkg.actors.Mention;
import org.conflictkg.actors.Names;
import org.conflictkg.nlp.Sentence;

/**
 * Applies the relation {@link Frames} to each sentence's dependency tree: for every token whose lemma triggers a
 * frame, it finds the frame's parties with {@link Roles} and its slot paths, maps them to actor mentions
 * (coordinated phrases give one assertion per member), reads the modality with {@link ModalityReader} and the
 * places the trigger governs. Titles recognized in names ("Turkish President Erdogan") give offices, and
 * compounds such as "Turkish-backed" give backing. Thread-safe; keeps no state between documents.
 */
final class FrameMatcher implements AssertionExtractor {
    static final Set<String> BACKED = Set.of("backed", "supported", "sponsored", "armed", "funded", "allied");
    private static final double VERB_BASE = 0.8;
    private static final double NOUN_BASE = 0.75;
    /** "cooperation between Moscow and Ankara". */
    private static final Slot BETWEEN = new Slot(Slot.Role.PATH, List.of(
            new Slot.Step("prep", Set.of("between", "among")), new Slot.Step("pobj", Set.of())));
    /** "the support of Russia", "weapons from Iran". */
    private static final Slot GIVER = new Slot(Slot.Role.PATH, List.of(
            new Slot.Step("prep", Set.of("of", "from")), new Slot.Step("pobj", Set.of())));
    /** "came under fire from the militants". */
    private static final Slot ATTACKER = new Slot(Slot.Role.PATH, List.of(
            new Slot.Step("prep", Set.of("from")), new Slot.Step("pobj", Set.of())));

    private final Frames frames;
    private final Cues cues;
    private final ModalityReader modality;
    private final StatedEvents statedEvents;

    FrameMatcher(Frames frames, Cues cues) {
        this.frames = frames;
        this.cues = cues;
        this.modality = new ModalityReader(cues);
        this.statedEvents = new StatedEvents(frames, cues, modality);
    }

    @Override
    public List<Assertion> extract(String documentId, List<Sentence> sentences, List<List<Mention>> mentions) {
        List<Assertion> out = new ArrayList<>();
        UnnamedParties.Discourse discourse = new UnnamedParties.Discourse();
        for (int i = 0; i < sentences.size(); i++) {
            new Match(documentId, sentences.get(i), mentions.get(i), out, discourse).run();
        }
        return out;
    }

    /** The frames applied to one sentence. */
    private final class Match {
        final Sentence s;
        final Roles roles;
        final PhraseMentions phrases;
        final Whereabouts whereabouts;
        final List<Mention> mentions;
        final Evidence evidence;
        final List<Assertion> out;
        final Set<String> seen = new LinkedHashSet<>();
        final UnnamedParties.Discourse discourse;
        final UnnamedParties unnamed;
        final Triggers triggers;

        Match(String documentId, Sentence s, List<Mention> mentions, List<Assertion> out,
              UnnamedParties.Discourse discourse) {
            this.discourse = discourse;
            this.s = s;
            this.roles = new Roles(s, cues);
            this.mentions = mentions;
            this.phrases = new PhraseMentions(s, mentions, roles, cues, frames);
            this.whereabouts = new Whereabouts(s, phrases, roles, cues);
            this.unnamed = new UnnamedParties(s, roles, phrases, cues, frames, discourse);
            this.triggers = new Triggers(s, roles, cues, frames);
            this.evidence = new Evidence(documentId, s.index(), s.start(), s.end(), s.text());
            this.out = out;
        }

        void run() {
            if (s.parsed()) {
                unnamed.readIssuer();
            }
            if (s.parsed() && mentions.size() >= 1) {
                List<List<Frame>> matching = new ArrayList<>(s.size());
                boolean[] consumed = new boolean[s.size()];
                for (int t = 0; t < s.size(); t++) {
                    List<Frame> here = new ArrayList<>(2);
                    if (!(s.token(t).isVerb() && insideName(t))) {
                        // not "the Global Coalition to Counter ISIL", which names a body and counters no one here
                        for (Frame f : frames.triggeredBy(triggers.lemma(t))) {
                            if (f.kind().matches(s.token(t).tag()) && triggers.hasCompanions(f, t)) {
                                here.add(f);
                            }
                        }
                    }
                    // the more specific frame wins: "expelled the ambassador" is not "expelled the militants"
                    boolean specific = here.stream().anyMatch(Frame::specific);
                    here.removeIf(f -> specific && !f.specific());
                    matching.add(here);
                    for (Frame f : here) {
                        for (int c : s.children(t)) {
                            // "declared war on": the word a frame of several words takes is no trigger of its own
                            consumed[c] |= f.kind() == Frame.Kind.VERB && f.companions().contains(s.token(c).lemma());
                        }
                    }
                }
                for (int t = 0; t < s.size(); t++) {
                    if (!consumed[t]) {
                        for (Frame f : matching.get(t)) {
                            apply(f, t);
                        }
                    }
                }
            }
            NamedRelations named = new NamedRelations(s, mentions, phrases);
            for (NamedRelations.Fact x : named.titles()) {
                // an office the name itself states holds whatever the clause says
                emit(new Assertion(x.subject(), x.surface(), x.relation(), x.object(), Modality.ASSERTED, 0.85, evidence,
                        List.of(), null, null, null));
            }
            for (NamedRelations.Fact x : named.compounds()) {
                addRaw(-1, x.subject(), x.surface(), x.relation(), x.cameo(), x.object(), 0.8, Modality.ASSERTED, null,
                        List.of());
            }
            if (s.parsed()) {
                for (SpokenJudgments.Judgment j : new SpokenJudgments(s, cues, roles, phrases, unnamed, modality).read()) {
                    addRaw(j.speech(), j.speaker(), j.surface(), j.relation(), j.cameo(), j.judged(), 0.6,
                            Modality.ASSERTED, null, List.of());
                }
            }
        }

        /** Whether a token is inside a name of several words ("Global Coalition to Counter ISIL"). */
        boolean insideName(int t) {
            for (Mention m : mentions) {
                if (m.kind() == Mention.Kind.NAME && m.last() - m.first() > 1 && m.first() <= t && t < m.last()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether one who leads what this mention names leads its actor: a state is led through its name or its
         * government ("the Iraqi government led by"), not through a body a demonym names ("an Israeli delegation led
         * by", "a Turkish unit led by").
         */
        /**
         * Whether the title at {@code t} heads the body {@code m} names, not a part of it or a place: "the UN human
         * rights chief" heads an office the nouns between name ("Libya's longtime leader" still leads Libya); a
         * commander "of Nineveh" commands forces there, he does not lead the province.
         */
        boolean headsItself(Mention m, int t) {
            if (m.actor().is(ActorType.PLACE) && cues.is(s.token(t).lemma(), Cues.Effect.COMMAND)) {
                return false;
            }
            for (int k = m.last(); k < t; k++) {
                String tag = s.token(k).tag();
                if ((tag.equals("NN") || tag.equals("NNS")) && !Character.isUpperCase(s.token(k).text().charAt(0))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the body a leadership noun names is only a part of the actor: "an ISIL battalion commander", "an ISIL
         * gang leader" (a common noun inside the mention). Its holder belongs to the actor; he does not lead it.
         */
        boolean namesAPart(Mention m, int t) {
            for (int k = m.first() + 1; k < m.last() && k < t; k++) {
                if (s.token(k).tag().equals("NN") && !Character.isUpperCase(s.token(k).text().charAt(0))) {
                    return true;
                }
            }
            return false;
        }

        boolean ledAsAWhole(Mention m) {
            if (!m.actor().is(ActorType.STATE) || cues.is(s.token(m.last() - 1).lemma(), Cues.Effect.GOVERNMENT)) {
                return true;
            }
            if (m.kind() == Mention.Kind.DEMONYM) {
                return false;
            }
            // "commander of U.S. Central Command": a state's name that only modifies the head of the phrase names a
            // body of the state, which its commander does not lead
            String written = Names.key(m.text());
            return m.kind() != Mention.Kind.NAME || written.equals(Names.key(m.actor().label()))
                    || m.actor().aliases().stream().anyMatch(a -> written.equals(Names.key(a)));
        }

        void apply(Frame f, int t) {
            boolean attack = f.relation() == Relation.ATTACKS;
            List<Mention> subjects = parties(f, f.subject(), t, attack);
            boolean receipt = f.kind() == Frame.Kind.EVENT && received(t);
            List<Mention> givers = receipt ? givers(t, attack) : List.of();
            if (!givers.isEmpty()) {
                subjects = givers;
            }
            if (subjects.isEmpty() && !f.relation().isSymmetric()) {
                return;
            }
            List<Mention> objects = parties(f, f.object(), t, attack);
            if (f.relation() == Relation.LEADER_OF) {
                objects = objects.stream().filter(this::ledAsAWhole).filter(m -> headsItself(m, t)).toList();
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
            if (f.kind() == Frame.Kind.EVENT && f.relation() == Relation.ATTACKS) {
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
            if (receipt) {
                // "the British had the support of Armenian forces", "the rebels received Turkish support": the
                // giver is the noun's "of" or "from" phrase or its modifier, the one who receives it the other party
                List<Mention> receivers = phrases.resolve(roles.subjects(receiver(t)));
                if (!givers.isEmpty() || objects.isEmpty()) {
                    subjects = subjects.stream().filter(m -> !receivers.contains(m)).toList();
                    objects = receivers;
                }
            }
            ModalityReader.Reading reading = f.kind() == Frame.Kind.AGENT ? modality.readAgent(s, t)
                    : modality.read(s, t, f.relation() == Relation.ATTACKS);
            if (reading.modality() == Modality.ASSERTED && f.kind() == Frame.Kind.VERB) {
                // "Alleged Israeli air strikes hit ...": what the subject phrase says of itself
                for (int k : roles.subjects(t)) {
                    Modality own = modality.ofPhrase(s, k);
                    if (own != Modality.ASSERTED) {
                        reading = new ModalityReader.Reading(own, reading.speaker());
                        break;
                    }
                }
                for (int k : roles.objects(t)) {
                    if (reading.modality() == Modality.ASSERTED && modality.ofPhrase(s, k) == Modality.ALLEGED) {
                        // "killed 20 alleged rebels", "struck facilities purportedly used by the militias": who
                        // was hit is someone's claim
                        reading = new ModalityReader.Reading(Modality.ALLEGED, reading.speaker());
                    }
                }
            }
            Mention speaker = null;
            if (reading.speaker() >= 0) {
                List<Mention> sp = phrases.resolve(roles.subjects(reading.speaker()));
                speaker = sp.isEmpty() ? null : sp.get(0);
            }
            String surface = surface(f, t);
            double base = f.kind() == Frame.Kind.VERB ? VERB_BASE : NOUN_BASE;
            if (f.relation().isSymmetric() && pairsBetween(f)) {
                List<Mention> between = phrases.resolve(BETWEEN.walk(s, t));
                // "offered to mediate between India and Pakistan": the intent is the subject's, not theirs
                pairwise(between, f, t, surface, base, reading, speaker, false);
                if (objects.isEmpty() && isReciprocal(f, t)) {
                    // "Russia and Turkey cooperate", "Turkish-Russian cooperation"
                    pairwise(subjects, f, t, surface, base, reading, speaker, true);
                }
            }
            if (subjects.isEmpty()) {
                return;
            }
            if (f.relation() == Relation.ATTACKS && f.kind() == Frame.Kind.VERB) {
                // "Turkey, together with Russia, struck the YPG": those who fight together cooperate (CAMEO 062)
                List<Mention> partners = phrases.resolve(roles.coAgents(t));
                for (Mention a : subjects) {
                    for (Mention b : partners) {
                        if (!partners.contains(a)) {
                            addRaw(t, a, surface, Relation.COOPERATES_WITH, "062", b, base * 0.9, reading.modality(),
                                    speaker, List.of());
                        }
                    }
                }
            }
            List<Mention> places = List.of();
            if (f.relation() == Relation.ATTACKS) {
                if (objects.isEmpty()) {
                    Whereabouts.AttackPlaces where = whereabouts.objectPlaces(f, t);
                    objects = where.hit(); // "attacked the town of Tadef", "overran a military base in Somalia"
                    if (objects.isEmpty()) {
                        // "captured the mosque in Mosul", "an airstrike in Raqqa": the target is unnamed, the place
                        // is where the attack was
                        for (Mention a : subjects) {
                            if (isDisjunct(a)) {
                                continue; // "Russian or Syrian jets struck": the sentence does not say which
                            }
                            for (Mention p : where.within()) {
                                addRaw(t, a, surface, Relation.ATTACKS_IN, f.cameo(), p, base, reading.modality(),
                                        speaker, List.of(p));
                            }
                        }
                    }
                }
                places = whereabouts.places(t, objects);
                if (objects.isEmpty() && reading.modality() == Modality.ASSERTED) {
                    // "the U.S.-led coalition conducted five airstrikes." with no target: "these strikes" that
                    // the account goes on with are still its own
                    subjects.stream().map(Mention::actor).filter(Match::canWage)
                            .forEach(a -> discourse.attackBy(a, s.index()));
                }
            }
            Relation stated = stated(f, t, reading.modality());
            // a refusal happened when the refusing verb did ("refused on Monday to cooperate")
            int statedAt = stated == Relation.REJECTS ? statedEvents.refuser(s, t) : t;
            for (Mention a : subjects) {
                for (Mention b : objects) {
                    add(a, f, b, t, surface, base, reading.modality(), speaker, places);
                    if (stated != null) {
                        addRaw(statedAt, a, surface, stated, stated.cameoRoot(), b, base * 0.9, Modality.ASSERTED, speaker,
                                List.of());
                    }
                }
            }
        }

        Relation stated(Frame f, int t, Modality m) {
            return statedEvents.of(s, f, t, m);
        }

        /** Who does what is supported, when that is an act: "in support of SDF operations" supports the SDF. */
        List<Mention> doersOfSupported(Frame f, int t) {
            for (Slot alt : f.object()) {
                List<Integer> tokens = roles.objectTokens(alt, t);
                for (int o : tokens) {
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
         * The doers of the attacks an event noun is done in: "the coalition conducted eight strikes in support of the
         * government": who strikes in support of someone supports it.
         */
        /** The noun that counts the noun at {@code t} ("a series of strikes", "a wave of attacks"), or -1. */
        int collectiveAbove(int t) {
            int of = s.head(t);
            if (!s.token(t).isNoun() || !s.dep(t).equals("pobj") || of < 0 || !s.token(of).lemma().equals("of")) {
                return -1;
            }
            int c = s.head(of);
            return c >= 0 && cues.is(s.token(c).lemma(), Cues.Effect.COLLECTIVE) ? c : -1;
        }

        /** Whether token {@code o} is the subject of {@code t} itself, or of a verb {@code t} is coordinated with. */
        boolean ownSubject(int o, int t) {
            int v = t;
            while (s.head(o) != v && s.dep(v).equals("conj") && s.head(v) >= 0) {
                v = s.head(v); // "five strikes engaged ISIL units and destroyed a tank"
            }
            return s.head(o) == v;
        }

        List<Mention> supportedByStrikes(int t) {
            int in = s.head(t);
            if (in < 0 || !s.dep(t).equals("pobj") || !s.token(in).lemma().equals("in") || s.head(in) < 0
                    || !phrases.isAttackNoun(s.head(in))) {
                return List.of();
            }
            int strikes = s.head(in);
            List<Mention> found = phrases.resolve(roles.agents(strikes, true));
            return found.isEmpty() ? unnamed.earlierAttacker(List.of(strikes)) : found;
        }

        /** The mentions at the first alternative of a slot that reaches any. */
        List<Mention> parties(Frame f, List<Slot> slot, int t, boolean attack) {
            for (Slot alt : slot) {
                List<Integer> tokens = switch (alt.role()) {
                    case SUBJ -> roles.subjects(t);
                    case OBJ -> roles.objects(t);
                    case AGENT -> roles.agents(t, attack);
                    case SELF -> roles.selves(t);
                    case OWNER -> roles.owners(t);
                    case PATH -> alt.walk(s, t);
                };
                if (phrases.resolve(tokens).isEmpty() && alt.role() == Slot.Role.PATH && s.token(t).isVerb()) {
                    // "discussed the situation in Aleppo with Lavrov", "retook the town from ISIL": the parser may
                    // hang the verb's prepositional phrase from its object, when that is no actor ("the rebels
                    // from Idlib" are rebels); the verb's own phrase may be another one ("imposed sanctions on
                    // Russia on Monday")
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
                if (tokens.isEmpty() && alt.role() == Slot.Role.PATH && s.token(t).isNoun() && h >= 0
                        && s.dep(t).equals("dobj") && cues.is(s.token(h).lemma(), Cues.Effect.LIGHT)) {
                    tokens = alt.walk(s, h); // "issued an ultimatum to Washington": the phrase hangs from the verb
                    // "conducted 15 strikes using fighter aircraft against ISIL targets", "strikes coordinated with
                    // Baghdad against": or from a participle of manner on the verb or on the noun
                    List<Integer> participles = new ArrayList<>(s.children(h, "advcl"));
                    participles.addAll(s.children(t, "acl"));
                    for (int p : participles) {
                        if (tokens.isEmpty() && (s.token(p).tag().equals("VBG") || s.token(p).tag().equals("VBN"))) {
                            tokens = alt.walk(s, p);
                            // "using attack, bomber and fighter aircraft against ISIL targets": or from the last of
                            // the participle's coordinated objects
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
                if (tokens.isEmpty() && alt.role() == Slot.Role.PATH && collective >= 0) {
                    tokens = alt.walk(s, collective); // "a series of U.S. airstrikes against al-Qaida": the phrase
                                                      // hangs from the word that counts the strikes
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
                    found = unnamed.speakersSide(tokens); // "'We will respond,' the Iranian minister said"
                }
                if (found.isEmpty()) {
                    found = unnamed.issuersVoice(tokens); // "The United States condemns ... We will continue to"
                }
                if (found.isEmpty() && (alt.role() == Slot.Role.SUBJ || alt.role() == Slot.Role.AGENT)) {
                    found = unnamed.reportedForces(tokens); // "the defence ministry said warplanes struck ..."
                }
                if (found.isEmpty() && alt.role() == Slot.Role.AGENT) {
                    found = supportedByStrikes(t);
                }
                if (found.isEmpty() && (alt.role() == Slot.Role.SUBJ || alt.role() == Slot.Role.AGENT)) {
                    found = unnamed.doersOf(tokens); // "Russian strikes hit Idlib"
                    if (found.isEmpty()) {
                        // "... Near Mosul, five strikes engaged ISIL units"; only strikes that are the trigger's own
                        // subject: not "this attack redoubles our resolve to stand with", whose subject control
                        // makes the attack the one that stands
                        found = unnamed.earlierAttacker(tokens.stream().filter(o -> ownSubject(o, t)).toList());
                    }
                }
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return List.of();
        }

        /**
         * The objects of a judging or rejecting verb that are event nouns, replaced by their doers: "condemned the
         * Russian strikes", "welcomed the OPCW visit", "rejected the call of the European Parliament".
         */
        List<Mention> doersOfJudgedEvents(int v) {
            List<Mention> out = new ArrayList<>();
            for (int o : roles.objects(v)) {
                if (s.token(o).isNoun() && phrases.isEventNoun(o)) {
                    out.addAll(phrases.resolve(roles.agents(o, phrases.isAttackNoun(o))));
                }
            }
            return out;
        }

        String surface(Frame f, int t) {
            StringBuilder b = new StringBuilder(s.token(t).text());
            for (int c : s.children(t)) {
                String d = s.dep(c);
                if (d.equals("prt") || f.companions().contains(s.token(c).lemma())) {
                    b.append(' ').append(s.token(c).text());
                }
            }
            return b.toString();
        }

        void pairwise(List<Mention> group, Frame f, int t, String surface, double base,
                      ModalityReader.Reading reading, Mention speaker, boolean theyAct) {
            Relation stated = theyAct ? stated(f, t, reading.modality()) : null;
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    add(group.get(a), f, group.get(b), t, surface, base, reading.modality(), speaker, List.of());
                    if (stated == Relation.INTENDS_TO_COOPERATE_WITH) {
                        // "Russia and Turkey agreed to cooperate": the plan is predicted, the intent is stated
                        addRaw(t, group.get(a), surface, stated, stated.cameoRoot(), group.get(b), base * 0.9,
                                Modality.ASSERTED, speaker, List.of());
                    }
                }
            }
        }

        void add(Mention subject, Frame f, Mention object, int trigger, String surface, double base,
                 Modality modality, Mention speaker, List<Mention> places) {
            if (isDisjunct(subject) || isDisjunct(object)) {
                return; // "Russian or Syrian jets struck": the sentence does not say which
            }
            if (f.isCooperation() && object.kind() == Mention.Kind.PRONOUN && object.first() < s.size()
                    && s.token(object.first()).tag().equals("PRP$")) {
                return; // "the army reinforced its positions": what one strengthens or defends is mostly its own
            }
            Relation relation = f.relation() == Relation.LEADER_OF && f.kind() == Frame.Kind.AGENT
                    && (oneOfMany(trigger) || namesAPart(object, trigger)) ? Relation.MEMBER_OF : f.relation();
            addRaw(trigger, subject, surface, relation, f.cameo(), object, base, modality, speaker, places);
        }

        /**
         * Whether an agent noun names one of several: "a senior SDF commander", "one of the group's leaders",
         * "commanders of the brigade". Such a person belongs to the body; the body's own leader is "the commander".
         */
        boolean oneOfMany(int noun) {
            if (s.token(noun).tag().equals("NNS")) {
                return true;
            }
            for (int d : s.children(noun, "det")) {
                String w = s.token(d).lemma();
                if (w.equals("a") || w.equals("an") || w.equals("another")) {
                    return true;
                }
            }
            int h = s.head(noun);
            return h >= 0 && s.token(h).lemma().equals("of") && s.head(h) >= 0
                    && s.token(s.head(h)).lemma().equals("one"); // "one of the commanders"
        }

        /** {@code trigger} is the token whose frame read it (its date hangs from it), or -1. */
        void addRaw(int trigger, Mention subject, String surface, Relation relation, String cameo, Mention object, double base,
                    Modality modality, Mention speaker, List<Mention> places) {
            Actor sa = subject.actor();
            Actor oa = object.actor();
            if (subject == object || sa.id().equals(oa.id()) || !sa.type().isAgent()) {
                return;
            }
            if (isPartOf(sa, oa) || isPartOf(oa, sa)) {
                return; // a state and its own forces or officials
            }
            if (!oa.type().isAgent() && !relation.takesPlaces()) {
                return; // only attacks and violence are done to places; one does not back or consult a town
            }
            if ((relation == Relation.MEMBER_OF || relation == Relation.LEADER_OF) && oa.is(ActorType.PERSON)) {
                return; // "due to join Alan Milburn for a poster launch": one joins or leads a body, not a person
            }
            Actor claimedBy = speaker != null && !speaker.actor().id().equals(sa.id()) ? speaker.actor() : null;
            double confidence = base * subject.kind().reliability() * object.kind().reliability()
                    * distanceFactor(subject, object);
            emit(new Assertion(subject, surface.trim(), relation, object, modality,
                    Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100.0, evidence.at(trigger), places,
                    claimedBy, null, cameo));
        }

        /** Who gives what a verb of receiving takes: "the support of Russia", "weapons from Iran". */
        List<Mention> givers(int t, boolean attack) {
            // the "of" phrase of an attack noun is its target ("faced the shelling of their positions")
            Slot giver = attack ? ATTACKER : GIVER;
            List<Mention> out = phrases.resolve(giver.walk(s, t));
            return out.isEmpty() ? phrases.resolve(giver.walk(s, receiver(t))) : out;
        }

        /** Whether an event noun is received by the subject of a verb (see {@link #receiver}). */
        boolean received(int t) {
            return receiver(t) >= 0;
        }

        /**
         * The verb whose subject receives or undergoes the event noun at {@code t}, or -1: a verb of receiving that
         * takes it as object ("received support", "had the backing of", "faced attacks by", "received fire from"), or
         * a verb it hangs "under" ("came under fire from", "were under attack by").
         */
        int receiver(int t) {
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

        /**
         * Whether an unnamed strike later in the account may be this actor's: a state or an armed body, not a
         * monitor, a media office or a person whose name stood as the subject of an attack.
         */
        private static boolean canWage(org.conflictkg.actors.Actor a) {
            return a.is(ActorType.STATE) || a.is(ActorType.ARMED_FORCES) || a.is(ActorType.ARMED_GROUP)
                    || a.is(ActorType.COALITION);
        }

        void emit(Assertion a) {
            if (a.relation() == Relation.ATTACKS && a.modality() == Modality.ASSERTED && canWage(a.subject().actor())) {
                discourse.attackBy(a.subject().actor(), s.index());
            }
            String key = a.subject().first() + "|" + a.subject().actor().id() + "|" + a.relation() + "|" + a.object().first()
                    + "|" + a.object().actor().id();
            if (seen.add(key)) {
                out.add(a);
            }
        }

        /**
         * Arguments far apart are read wrong more often: on 357 hand-judged assertions from unseen news and
         * encyclopedia text, 85% of those with subject and object within about three words of each other were right,
         * 60% at about eight words, 40% beyond fifteen. The confidence falls by 0.05 a word beyond two, to half.
         */
        double distanceFactor(Mention subject, Mention object) {
            int gap = object.first() >= subject.last() ? object.first() - subject.last() : subject.first() - object.last();
            return Math.max(0.5, 1 - 0.05 * Math.max(0, gap - 2));
        }

        /**
         * An actor that is an organ of a state: its forces, government bodies and officials. A rebel group or a
         * party based in a country is not ("the Taliban rejected the Afghan government's offer").
         */
        static boolean isPartOf(Actor part, Actor state) {
            // nor is a town of the state: "Syrian jets bombed Aleppo", "Iraq imposed a curfew in Kirkuk"
            return state.id().equals(part.country()) && part.type() != ActorType.ARMED_GROUP
                    && part.type() != ActorType.ORGANIZATION && part.type() != ActorType.PLACE;
        }

        /**
         * True when parties named together do the act with each other: "Russia and Turkey met", "... cooperate",
         * "Turkish-Russian cooperation". Not when the verb has an object of its own ("Saudi Arabia and Qatar
         * received criticism", "fought each other"), nor when the other party of the frame is no "with" phrase
         * ("fought alongside": "A and B fought" is no alliance).
         */
        /**
         * Whether the parties "between" a symmetric trigger are its two sides: "cooperation between Moscow and Ankara",
         * "talks between", but not for a frame that takes its other party by another word only: "fight alongside"
         * is cooperation, "fighting between the army and the YPG" is not.
         */
        boolean pairsBetween(Frame f) {
            for (Slot alt : f.object()) {
                if (alt.role() != Slot.Role.PATH || alt.path().isEmpty() || alt.path().get(0).lemmas().isEmpty()
                        || alt.path().get(0).lemmas().contains("with")) {
                    return true;
                }
            }
            return false;
        }

        boolean isReciprocal(Frame f, int t) {
            boolean objectIsParty = f.object().stream().anyMatch(alt -> alt.role() == Slot.Role.OBJ);
            if (f.kind() == Frame.Kind.VERB && objectIsParty && roles.objects(t).stream()
                    .anyMatch(o -> !f.companions().contains(s.token(o).lemma()))) {
                return false; // "Russia and Turkey met Iran", but "joined forces": the object is part of the trigger
            }
            // "Moscow and Tehran exchange capacities", "coordinated their strikes": what a verb that takes its
            // other party by "with" has as object is what the two share, not a party
            for (Slot alt : f.object()) {
                if (alt.role() == Slot.Role.OBJ || alt.role() == Slot.Role.PATH && !alt.path().isEmpty()
                        && alt.path().get(0).lemmas().contains("with")) {
                    return true;
                }
            }
            return f.kind() != Frame.Kind.VERB;
        }

        /** True when the heads of two mentions are members of one coordination. */
        boolean areCoordinated(Mention a, Mention b) {
            int ha = a.last() - 1;
            int hb = b.last() - 1;
            return roles.coordinated(ha).contains(hb) || roles.coordinated(hb).contains(ha);
        }

        /** A mention joined to another by "or": "either Russian or Syrian warplanes". */
        boolean isDisjunct(Mention m) {
            for (int k = m.first(); k < m.last() && k < s.size(); k++) {
                if (s.token(k).text().equalsIgnoreCase("or")) {
                    return true; // "Russian or Syrian regime war planes"
                }
            }
            return m.first() > 0 && s.token(m.first() - 1).text().equalsIgnoreCase("or")
                    || m.last() < s.size() && s.token(m.last()).text().equalsIgnoreCase("or")
                    || m.first() > 1 && s.token(m.first() - 1).tag().equals("DT")
                    && s.token(m.first() - 2).text().equalsIgnoreCase("or");
        }
    }
}
