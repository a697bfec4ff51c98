package org.conflictkg.relations;

import java.util.Set;
import org.conflictkg.nlp.Sentence;

/**
 * What an actor states about an act it has not done, which CAMEO codes as an event of its own: a planned
 * cooperation is an intent to cooperate ("Netanyahu will meet Macron", 03); a planned use of force or pressure is a
 * threat ("vowed to strike the militants", "will impose sanctions on", 13); a cooperation refused is a rejection
 * ("refused to lift the ban on", "will not lift the ban on", 12). The act itself keeps its own modality. Immutable and
 * thread-safe.
 */
final class StatedEvents {
    private static final Set<String> CHAIN = Set.of("xcomp", "dobj", "pcomp", "pobj", "prep");
    private static final Set<String> FUTURE = Set.of("will", "would");

    private final Frames frames;
    private final Cues cues;
    private final ModalityReader modality;

    StatedEvents(Frames frames, Cues cues, ModalityReader modality) {
        this.frames = frames;
        this.cues = cues;
        this.modality = modality;
    }

    /** The relation the subject's statement about the act at {@code t} states, or null when it states none. */
    Relation of(Sentence s, Frame f, int t, Modality m) {
        if (m == Modality.PREDICTED && modality.intended(s, t) && !hedged(s, t) && !namesOwnDoer(s, f, t)
                && !doneByObject(s, t) && !deniedAbove(s, t)) {
            if (f.isCooperation()) {
                return Relation.INTENDS_TO_COOPERATE_WITH;
            }
            if (f.isForceOrPressure() && modality.intended(s, t, Cues.Effect.VOW)) {
                // "vowed to strike", "will impose sanctions": a threat is said; "is preparing an assault", "a
                // programme aimed at fighting Assad" report a plan, which threatens no one in words
                return Relation.THREATENS;
            }
        }
        if (m == Modality.NEGATED && f.isCooperation() && (refuser(s, t) >= 0 || willNot(s, t))) {
            return Relation.REJECTS;
        }
        return null;
    }

    /**
     * The verb of rejecting that governs the trigger within three steps ("refused to lift the ban", "rejected any
     * cooperation with"), or -1: the rejecting verbs are those of the frames for rejection.
     */
    int refuser(Sentence s, int t) {
        int k = t;
        for (int depth = 0; depth < 3; depth++) {
            int g = s.head(k);
            if (g < 0 || !CHAIN.contains(s.dep(k))) {
                return -1;
            }
            for (Frame r : frames.triggeredBy(s.token(g).lemma())) {
                if (r.relation() == Relation.REJECTS && s.token(g).isVerb()) {
                    return g;
                }
            }
            k = g;
        }
        return -1;
    }

    /**
     * True when the act is done by the object of a verb above it, whose subject's intent it is not: "Iran will
     * support the Syrian army in retaking Aleppo" states Iran's intent, not the army's threat; "will urge Russia to
     * strike" likewise.
     */
    private boolean doneByObject(Sentence s, int t) {
        int k = t;
        for (int depth = 0; depth < 4; depth++) {
            int g = s.head(k);
            if (g < 0 || !CHAIN.contains(s.dep(k))) {
                return false;
            }
            if (s.token(g).isVerb() && !s.children(g, "dobj").isEmpty()) {
                String lemma = s.token(g).lemma();
                if (s.dep(k).equals("xcomp") && cues.is(lemma, Cues.Effect.OBJCONTROL)
                        || s.dep(k).equals("prep") && s.token(k).lemma().equals("in")
                        && (cues.is(lemma, Cues.Effect.ASSISTANCE) || cues.is(lemma, Cues.Effect.OBJCONTROL))) {
                    return true;
                }
            }
            k = g;
        }
        return false;
    }

    /**
     * True when a word of allegation qualifies the act or the clauses above it: "was reportedly preparing to attack"
     * reports someone else's claim of a plan, which is no threat the subject made.
     */
    private boolean hedged(Sentence s, int t) {
        for (int k = t, depth = 0; k >= 0 && depth < 4; k = s.head(k), depth++) {
            for (int c : s.children(k)) {
                if (cues.is(s.token(c).lemma(), Cues.Effect.ALLEGATION)) {
                    return true;
                }
            }
            String lemma = s.token(k).lemma();
            if (k != t && !s.children(k, "auxpass").isEmpty()
                    && (cues.is(lemma, Cues.Effect.SPEECH) || cues.is(lemma, Cues.Effect.CLAIM))) {
                return true; // "it was reported that the SDF planned to capture": hearsay of a plan, no threat
            }
        }
        return false;
    }

    /**
     * True when the clause of the act is the complement of a negated verb: "Lavrov does not believe the United States
     * will join Russia", "no one said Turkey would strike": nobody states the intent or the threat.
     */
    private static boolean deniedAbove(Sentence s, int t) {
        for (int k = t, depth = 0; s.head(k) >= 0 && depth < 6; k = s.head(k), depth++) {
            if (s.dep(k).equals("ccomp") && !s.children(s.head(k), "neg").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an event noun names its doer by a possessor of its own: in "citizens seek to join the SDF's fight
     * against ISIL" the intent is the citizens', and the SDF states nothing. A possessive pronoun ("vowed to continue
     * its strikes") is the subject's own.
     */
    private static boolean namesOwnDoer(Sentence s, Frame f, int t) {
        if (f.kind() != Frame.Kind.EVENT) {
            return false;
        }
        for (int p : s.children(t, "poss")) {
            if (!s.token(p).tag().startsWith("PRP")) {
                return true;
            }
        }
        return false;
    }

    /** "will not lift the ban on", "would not accept refugees from": a refusal stated as one's own future. */
    private static boolean willNot(Sentence s, int t) {
        boolean will = false;
        boolean not = false;
        for (int c : s.children(t)) {
            will |= s.dep(c).equals("aux") && FUTURE.contains(s.token(c).lemma());
            not |= s.dep(c).equals("neg");
        }
        return will && not;
    }
}
