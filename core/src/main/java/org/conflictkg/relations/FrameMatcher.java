package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;

/**
 * Applies the relation {@link Frames} to each sentence's dependency tree: for every token whose lemma triggers a
 * frame, it finds the frame's parties with {@link Roles} and its slot paths, maps them to actor mentions
 * (coordinated phrases give one assertion per member), reads the modality with {@link ModalityReader} and the
 * places the trigger governs. Titles recognized in names ("Turkish President Erdogan") give offices, and
 * compounds such as "Turkish-backed" give backing. Thread-safe; keeps no state between documents.
 */
final class FrameMatcher implements AssertionExtractor {
    private static final double VERB_BASE = 0.8;
    private static final double NOUN_BASE = 0.75;
    /** "cooperation between Moscow and Ankara". */
    private static final Slot BETWEEN = new Slot(Slot.Role.PATH, List.of(
            new Slot.Step("prep", Set.of("between", "among")), new Slot.Step("pobj", Set.of())));

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
        final UnnamedParties unnamed;
        final Triggers triggers;
        final Parties parties;
        final AssertionSink sink;

        Match(String documentId, Sentence s, List<Mention> mentions, List<Assertion> out,
              UnnamedParties.Discourse discourse) {
            this.s = s;
            this.roles = new Roles(s, cues);
            this.mentions = mentions;
            this.phrases = new PhraseMentions(s, mentions, roles, cues, frames);
            this.whereabouts = new Whereabouts(s, phrases, roles, cues);
            this.unnamed = new UnnamedParties(s, roles, phrases, cues, frames, discourse);
            this.triggers = new Triggers(s, roles, cues, frames);
            this.parties = new Parties(s, roles, phrases, unnamed, whereabouts, cues);
            this.sink = new AssertionSink(documentId, s, out, discourse);
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
                sink.addOffice(x.subject(), x.surface(), x.relation(), x.object());
            }
            for (NamedRelations.Fact x : named.compounds()) {
                sink.add(-1, x.subject(), x.surface(), x.relation(), x.cameo(), x.object(), 0.8, Modality.ASSERTED, null,
                        List.of());
            }
            if (s.parsed()) {
                for (SpokenJudgments.Judgment j : new SpokenJudgments(s, cues, roles, phrases, unnamed, modality).read()) {
                    sink.add(j.speech(), j.speaker(), j.surface(), j.relation(), j.cameo(), j.judged(), 0.6,
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

        void apply(Frame f, int t) {
            Parties.Sides sides = parties.of(f, t);
            if (sides == null) {
                return;
            }
            List<Mention> subjects = sides.subjects();
            List<Mention> objects = sides.objects();
            ModalityReader.Reading reading = reading(f, t);
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
                            sink.add(t, a, surface, Relation.COOPERATES_WITH, "062", b, base * 0.9, reading.modality(),
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
                            if (sink.isDisjunct(a)) {
                                continue; // "Russian or Syrian jets struck": the sentence does not say which
                            }
                            for (Mention p : where.within()) {
                                sink.add(t, a, surface, Relation.ATTACKS_IN, f.cameo(), p, base, reading.modality(),
                                        speaker, List.of(p));
                            }
                        }
                    }
                }
                places = whereabouts.places(t, objects);
                if (objects.isEmpty() && reading.modality() == Modality.ASSERTED) {
                    sink.attackedBy(subjects);
                }
            }
            Relation stated = statedEvents.of(s, f, t, reading.modality());
            // a refusal happened when the refusing verb did ("refused on Monday to cooperate")
            int statedAt = stated == Relation.REJECTS ? statedEvents.refuser(s, t) : t;
            for (Mention a : subjects) {
                for (Mention b : objects) {
                    add(a, f, b, t, surface, base, reading.modality(), speaker, places);
                    if (stated != null) {
                        sink.add(statedAt, a, surface, stated, stated.cameoRoot(), b, base * 0.9, Modality.ASSERTED,
                                speaker, List.of());
                    }
                }
            }
        }

        /**
         * The modality of the frame at {@code t}: its clause's, or for a verb or event noun asserted there, what the
         * phrase of its doers says of itself ("Alleged Israeli air strikes hit ...", "suspected Hezbollah militants
         * launched an attack") or, for a verb, its object phrase claims ("killed 20 alleged rebels", "struck
         * facilities purportedly used by the militias").
         */
        ModalityReader.Reading reading(Frame f, int t) {
            ModalityReader.Reading reading = f.kind() == Frame.Kind.AGENT ? modality.readAgent(s, t)
                    : modality.read(s, t, f.relation() == Relation.ATTACKS);
            if (reading.modality() == Modality.ASSERTED && f.kind() != Frame.Kind.AGENT) {
                // "suspected Hezbollah militants launched an attack": the doers of an event noun say it too
                List<Integer> doers = f.kind() == Frame.Kind.VERB ? roles.subjects(t)
                        : roles.agents(t, f.relation() == Relation.ATTACKS);
                for (int k : doers) {
                    Modality own = modality.ofPhrase(s, k);
                    if (own != Modality.ASSERTED) {
                        reading = new ModalityReader.Reading(own, reading.speaker());
                        break;
                    }
                }
                for (int k : f.kind() == Frame.Kind.VERB ? roles.objects(t) : List.<Integer>of()) {
                    if (reading.modality() == Modality.ASSERTED && modality.ofPhrase(s, k) == Modality.ALLEGED) {
                        reading = new ModalityReader.Reading(Modality.ALLEGED, reading.speaker());
                    }
                }
            }
            return reading;
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
            Relation stated = theyAct ? statedEvents.of(s, f, t, reading.modality()) : null;
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    add(group.get(a), f, group.get(b), t, surface, base, reading.modality(), speaker, List.of());
                    if (stated == Relation.INTENDS_TO_COOPERATE_WITH) {
                        // "Russia and Turkey agreed to cooperate": the plan is predicted, the intent is stated
                        sink.add(t, group.get(a), surface, stated, stated.cameoRoot(), group.get(b), base * 0.9,
                                Modality.ASSERTED, speaker, List.of());
                    }
                }
            }
        }

        void add(Mention subject, Frame f, Mention object, int trigger, String surface, double base,
                 Modality modality, Mention speaker, List<Mention> places) {
            if (sink.isDisjunct(subject) || sink.isDisjunct(object)) {
                return; // "Russian or Syrian jets struck": the sentence does not say which
            }
            if (f.isCooperation() && object.kind() == Mention.Kind.PRONOUN && object.first() < s.size()
                    && s.token(object.first()).tag().equals("PRP$")) {
                return; // "the army reinforced its positions": what one strengthens or defends is mostly its own
            }
            if (f.relation() == Relation.TALKS_WITH && object.last() <= s.size()
                    && cues.is(s.token(object.last() - 1).lemma(), Cues.Effect.WARD)) {
                return; // "Lebanon hosted Syrian refugees", "received the freed hostages": one talks with no ward
            }
            Relation relation = f.relation() == Relation.LEADER_OF && f.kind() == Frame.Kind.AGENT
                    && parties.onlyMember(object, trigger) ? Relation.MEMBER_OF : f.relation();
            sink.add(trigger, subject, surface, relation, f.cameo(), object, base, modality, speaker, places);
        }

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

        /**
         * True when parties named together do the act with each other: "Russia and Turkey met", "... cooperate",
         * "Turkish-Russian cooperation". Not when the verb has an object of its own ("Saudi Arabia and Qatar
         * received criticism", "fought each other"), nor when the other party of the frame is no "with" phrase
         * ("fought alongside": "A and B fought" is no alliance).
         */
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
    }
}
