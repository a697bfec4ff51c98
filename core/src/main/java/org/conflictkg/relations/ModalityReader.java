package org.conflictkg.relations;

import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.relations.Cues.Effect;

/**
 * The modality of a relation read at a trigger, from the clauses above it in the dependency tree. A cue scopes over
 * the clause it governs: "not" and a modal over their own verb, "if" over its clause, a control verb over its
 * infinitive ("vowed to strike"), a speech verb over its complement ("said that ..."), a prevention verb over its
 * object ("thwarted an attack"). The innermost cue decides; reported speech is kept beside it as who claims it.
 */
final class ModalityReader {
    /** The steps from an act up to a word of intent above it: "agreed to meet", "plans for talks". */
    private static final Set<String> INTENT_CHAIN = Set.of("xcomp", "acl", "dobj", "pcomp", "prep", "pobj");

    /** What the clauses above a trigger say about it. */
    record Reading(Modality modality, int speaker) {
    }

    private static final int DEPTH = 10;
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "pcomp", "conj", "dobj", "nsubjpass",
            "pobj", "prep", "acl", "acomp", "advcl", "relcl", "nsubj", "attr", "appos", "compound", "dep", "parataxis");

    private final Cues cues;

    ModalityReader(Cues cues) {
        this.cues = cues;
    }

    /**
     * @param trigger the token of the frame's trigger
     * @return the modality and the token of the speech verb whose subject claims it (-1 when none)
     */
    Reading read(Sentence s, int trigger) {
        return read(s, trigger, false);
    }

    /**
     * @param forceful true for a use of force: an attempt at it is made whatever its outcome ("tried to storm the
     *                 base" is an attack on it), so a verb of attempt does not make it predicted
     */
    Reading read(Sentence s, int trigger, boolean forceful) {
        int speaker = -1;
        Modality found = own(s, trigger);
        boolean presupposed = presupposed(s, trigger);
        int t = trigger;
        for (int depth = 0; found == null && depth < DEPTH; depth++) {
            int g = s.head(t);
            String link = s.dep(t);
            if (g < 0 || !CLAUSE_LINKS.contains(link)) {
                break;
            }
            if (link.equals("relcl") || link.equals("advcl") && !isPurpose(s, t) && !isConsequence(s, t)
                    || link.equals("parataxis")
                    || link.equals("appos") || link.equals("compound")) {
                break; // a relative or adverbial clause states its own fact
            }
            if (link.equals("ccomp") && t < g && endsOnColon(s, t)) {
                break; // "X issued an ultimatum to Y: if Y buys it, sanctions will follow": a clause before a colon
                       // is no complement of what follows it, whatever the parser hung it from
            }
            String lemma = s.token(g).lemma();
            if (link.equals("ccomp") && t < g && !REPORTING.stream().anyMatch(e -> cues.is(lemma, e))) {
                break; // "X and Y signed a deal that, once in force, will allow ...": a clause before a verb that is
                       // no verb of saying, thinking or wanting is no complement of it, whatever the parser hung
            }
            if (link.equals("advcl")) {
                // "conducted an operation to strike": the purpose of what is done is done as the clause says;
                // "allegedly struck the base, killing three": what follows from an act is as certain as the act;
                // "approved the use of troops to fight": what a permission is for is proposed
                found = presupposed ? null : isPurpose(s, t) ? governed(s, g, link, forceful) : null;
                if (found == null && !presupposed && isPurpose(s, t) && isGoing(s, g, forceful)) {
                    found = Modality.PREDICTED; // "sent troops to fight the YPG", "left to join ISIS": a goal
                }
                if (found == null && !presupposed) {
                    found = own(s, g);
                }
                t = g;
                continue;
            }
            if ((link.equals("prep") || link.equals("acl")) && s.token(g).isNoun()) {
                // a phrase inside a noun phrase: only the noun's own intent counts ("plans to attack", "threat
                // of strikes"); "evidence of cooperation between" says nothing of the clause around it
                found = own(s, g) == Modality.NEGATED ? Modality.NEGATED // "no desire to attack", "no plans for"
                        : isReportNoun(s, g) ? Modality.ALLEGED // "reports of strikes"
                        : presupposed ? null : governed(s, g, link, forceful);
                if (found == null && !presupposed && link.equals("acl") && isPurpose(s, t) && isGoalAdjunct(s, g)) {
                    found = Modality.PREDICTED; // "armed the Kurds in an effort to eradicate the group": a goal
                }
                if (found == null && link.equals("prep") && s.dep(t).equals("prep") && s.dep(g).equals("dobj")
                        && !s.children(t, "pcomp").isEmpty()) {
                    t = g; // "accused the army of shelling": the clause hangs from the verb's object
                    continue;
                }
                break;
            }
            if (link.equals("xcomp") && lemma.equals("be") && isInfinitive(s, t) && !presupposed) {
                found = Modality.PREDICTED; // "were to hold talks", "the plan was to seize": what is due or meant
                break;
            }
            // a coordinated or apposed word, or the subject of a verb, is not governed by it ("talks failed")
            boolean governs = !Set.of("conj", "appos", "compound", "nsubj", "attr").contains(link);
            if (governs) {
                if (cues.is(lemma, Effect.SPEECH) || cues.is(lemma, Effect.CLAIM)) {
                    if (isReportNoun(s, g)) {
                        found = Modality.ALLEGED; // "there were reports that", "claims that": hearsay
                        break;
                    }
                    if (!s.children(g, "auxpass").isEmpty() && (link.equals("xcomp")
                            || link.equals("ccomp") && s.children(g, "agent").isEmpty())) {
                        // "were reported to bomb", "is said to have captured", "it was reported that": hearsay
                        found = Modality.ALLEGED;
                        break;
                    }
                    if (link.equals("xcomp") && cues.is(lemma, Effect.PROPOSAL)) {
                        found = Modality.PROPOSED; // "told Turkey to close its border": a directive, not a report
                        break;
                    }
                    if (speaker < 0) {
                        speaker = g;
                    }
                    if (cues.is(lemma, Effect.CLAIM)) {
                        found = Modality.ALLEGED;
                        break;
                    }
                } else if (!presupposed) {
                    found = governed(s, g, link, forceful);
                    if (found == null && link.equals("xcomp") && isPurpose(s, t) && isGoing(s, g, forceful)) {
                        found = Modality.PREDICTED; // "was leaving to join ISIS": where one goes to is a goal
                    }
                    if (found != null) {
                        break;
                    }
                }
            }
            if (!presupposed) {
                found = own(s, g);
            }
            t = g;
        }
        if (found == null && !presupposed && s.head(t) < 0 && s.token(t).tag().equals("VB") && s.children(t, "aux").stream()
                .anyMatch(a -> s.token(a).tag().equals("TO"))) {
            found = Modality.PREDICTED; // a headline's "Kerry and Lavrov to meet": what is to happen
        }
        return new Reading(found == null ? Modality.ASSERTED : found, speaker);
    }

    /**
     * Whether an event noun names its doer by a possessive name ("the YPG's fight against", "Russia's strikes on"):
     * such a phrase takes the event as known, so that what the clause around it wants, plans, urges or denies
     * ("recruits want to join the YPG's fight", "urged an end to Russia's strikes") leaves it as stated. Reported
     * speech still attributes it, and the noun's own cues ("Russia's alleged strikes") still count. A possessive
     * pronoun does not: "Turkey will launch its offensive" is still to come.
     */
    private static boolean presupposed(Sentence s, int noun) {
        if (!s.token(noun).isNoun()) {
            return false;
        }
        for (int c : s.children(noun, "poss")) {
            if (s.token(c).isProperNoun()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The modality of an agent noun ("ally", "leader"): what the copula clause says when the noun is its
     * predicate ("Russia is not an ally of"), else only the noun's own cues. The clause a noun phrase stands in
     * does not change who the phrase says someone is ("a request for Catalonia's former leader").
     */
    Reading readAgent(Sentence s, int noun) {
        String d = s.dep(noun);
        if ((d.equals("attr") || d.equals("oprd")) && s.head(noun) >= 0) {
            Modality own = own(s, noun);
            return own != null ? new Reading(own, -1) : read(s, s.head(noun));
        }
        Modality own = own(s, noun);
        return new Reading(own == null ? Modality.ASSERTED : own, -1);
    }

    /** What a governing word does to the clause or noun below it. */
    private Modality governed(Sentence s, int g, String link, boolean forceful) {
        String lemma = s.token(g).lemma();
        if (forceful && s.token(g).isVerb() && cues.is(lemma, Effect.ATTEMPT)) {
            // "attempted to seize the hospital from ISIL fighters": the assault took place; but "advanced in an
            // attempt to capture" names a goal
            return null;
        }
        if (cues.is(lemma, Effect.REFUSAL) || cues.is(lemma, Effect.PREVENTION)) {
            return Modality.NEGATED; // "refused to", "denied striking", "thwarted an attack"
        }
        if (cues.is(lemma, Effect.ALLEGATION)) {
            return Modality.ALLEGED; // "accused Russia of bombing"
        }
        if (cues.is(lemma, Effect.PROPOSAL)) {
            return Modality.PROPOSED; // "urged Russia to", "called for strikes"
        }
        if (cues.is(lemma, Effect.PREDICTION)) {
            return Modality.PREDICTED; // "plans to attack", "threatened strikes", "an attempt to"
        }
        return null;
    }

    /**
     * True when the clause says its subject means to do what the trigger says: "will meet", "agreed to cooperate",
     * "offered to send troops", "plans for talks". Such a sentence states an intent, which is an event of its own
     * (CAMEO 03) whatever becomes of the act.
     */
    boolean intended(Sentence s, int trigger) {
        return intended(s, trigger, Effect.INTENT);
    }

    /** As {@link #intended(Sentence, int)}, but only by a word of the given class ({@link Effect#VOW}). */
    boolean intended(Sentence s, int trigger, Effect kind) {
        int k = trigger;
        for (int depth = 0; ; depth++) {
            for (int c : s.children(k, "aux")) {
                if (cues.is(s.token(c).lemma(), kind)) {
                    return true; // "will meet", "will begin an operation against"
                }
            }
            int g = s.head(k);
            if (depth == 3 || g < 0 || !(INTENT_CHAIN.contains(s.dep(k))
                    || s.dep(k).equals("advcl") && isInfinitive(s, k))) {
                return false; // "offered to send troops to help": the purpose of an intended act is intended too
            }
            if (cues.is(s.token(g).lemma(), kind)) {
                return true;
            }
            k = g;
        }
    }

    private static boolean isInfinitive(Sentence s, int verb) {
        for (int c : s.children(verb, "aux")) {
            if (s.token(c).tag().equals("TO")) {
                return true;
            }
        }
        return false;
    }

    /** What a noun phrase says of itself: "alleged strikes", "no strikes", "probably Russian jets". */
    Modality ofPhrase(Sentence s, int head) {
        Modality m = own(s, head);
        if (m == null) {
            for (int c : s.children(head)) {
                String d = s.dep(c);
                if ((d.equals("amod") || d.equals("nmod") || d.equals("compound") || d.equals("acl")) && hedges(s, c)) {
                    return Modality.ALLEGED; // the hedge on the modifier that names the doer, or on what the phrase
                                             // says of it ("facilities purportedly used by the militias")
                }
            }
        }
        return m == null ? Modality.ASSERTED : m;
    }

    private boolean hedges(Sentence s, int modifier) {
        for (int a : s.children(modifier)) {
            if (s.dep(a).equals("advmod") && cues.is(s.token(a).lemma(), Effect.ALLEGATION)) {
                return true;
            }
        }
        return false;
    }

    /** The cues on a token itself: its negation, modal, condition, accident or allegation adverb. */
    private Modality own(Sentence s, int t) {
        Modality m = null;
        for (int c : s.children(t)) {
            String d = s.dep(c);
            String lemma = s.token(c).lemma();
            if (d.equals("neg") || d.equals("det") && lemma.equals("no")) {
                return Modality.NEGATED;
            }
            if (d.equals("advcl") && hasConditionMark(s, c)) {
                return Modality.CONDITIONAL; // "would welcome ... if it targeted": the condition outranks the modal
            }
            if (m != null) {
                continue;
            }
            if (d.equals("mark") && cues.is(lemma, Effect.CONDITION)) {
                m = Modality.CONDITIONAL;
            } else if (d.equals("aux") && s.token(c).tag().equals("MD")) {
                // "will continue to strike": what goes on is no prediction
                m = cues.is(lemma, Effect.PROPOSAL) ? Modality.PROPOSED
                        : cues.is(lemma, Effect.PREDICTION) && !cues.is(s.token(t).lemma(), Effect.CONTINUATION)
                        ? Modality.PREDICTED : null;
            } else if ((d.equals("amod") || d.equals("nmod")) && s.token(c).tag().equals("VBN")
                    && cues.is(lemma, Effect.PROPOSAL)) {
                m = Modality.PROPOSED; // "proposed airstrikes"
            } else if ((d.equals("amod") || d.equals("nmod")) && s.token(c).tag().equals("VBN")
                    && cues.is(lemma, Effect.PREDICTION)) {
                m = Modality.PREDICTED; // "the planned offensive", "an expected attack"; not "close cooperation"
            } else if ((d.equals("advmod") || d.equals("amod") || d.equals("nmod")) && cues.is(lemma, Effect.ACCIDENT)) {
                m = Modality.ACCIDENTAL;
            } else if ((d.equals("advmod") || d.equals("amod") || d.equals("nmod")) && cues.is(lemma, Effect.ALLEGATION)) {
                m = Modality.ALLEGED; // "reportedly", "alleged"
            }
        }
        return m;
    }

    /** Whether a colon or semicolon that closes the clause of {@code verb} hangs from it. */
    private static boolean endsOnColon(Sentence s, int verb) {
        for (int p : s.children(verb, "punct")) {
            if (p > verb && (s.token(p).text().equals(":") || s.token(p).text().equals(";"))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasConditionMark(Sentence s, int clause) {
        for (int m : s.children(clause, "mark")) {
            if (cues.is(s.token(m).lemma(), Effect.CONDITION)) {
                return true;
            }
        }
        return false;
    }

    /** A common noun for what someone says or claims ("reports", "claims"): what it says is hearsay. */
    private boolean isReportNoun(Sentence s, int g) {
        String lemma = s.token(g).lemma();
        return s.token(g).isNoun() && !s.token(g).isProperNoun()
                && (cues.is(lemma, Effect.SPEECH) || cues.is(lemma, Effect.CLAIM));
    }

    /** A participle clause with no subordinator after its verb: "struck the base, killing three soldiers". */
    /**
     * Whether the verb at {@code v} is one of going or sending whose purpose is still a goal: "sent troops to fight",
     * "travelled to Syria to join the group", "deployed to train the army". What is sent to help is the help itself
     * ("deployed warplanes to support Assad", "were deployed to assist the Peshmerga"), so for an act that is no use
     * of force a verb that sends something, or is passive, gives the purpose as done.
     */
    private boolean isGoing(Sentence s, int v, boolean forceful) {
        if (!cues.is(s.token(v).lemma(), Effect.MOTION)) {
            return false;
        }
        if (forceful) {
            return true;
        }
        return s.children(v, "dobj").isEmpty() && s.children(v, "auxpass").isEmpty() && s.children(v, "nsubjpass").isEmpty()
                && !(s.token(v).tag().equals("VBN") && !s.dep(v).equals("root") && s.children(v, "aux").isEmpty());
    }

    /** What a clause before its verb can be the complement of: "Russia struck Idlib, the ministry said / denied". */
    private static final Set<Effect> REPORTING = Set.of(Effect.SPEECH, Effect.CLAIM, Effect.ALLEGATION,
            Effect.PREDICTION, Effect.REFUSAL);

    private static boolean isConsequence(Sentence s, int t) {
        return s.token(t).tag().equals("VBG") && s.children(t, "mark").isEmpty() && t > s.head(t);
    }

    /** An adverbial clause of purpose: "to strike", "in order to". */
    /**
     * Whether a noun of trying is the object of "in" that an infinitive hangs from: "in an effort to", "in a bid
     * to" say what an act is for, not what was done ("its efforts to defeat the group" do).
     */
    private boolean isGoalAdjunct(Sentence s, int noun) {
        int p = s.head(noun);
        return s.dep(noun).equals("pobj") && p >= 0 && s.token(p).lemma().equals("in")
                && cues.is(s.token(noun).lemma(), Effect.ATTEMPT); // not "in the campaign to defeat the group"
    }

    private static boolean isPurpose(Sentence s, int t) {
        for (int c : s.children(t, "aux")) {
            if (s.token(c).lemma().equals("to")) {
                return true;
            }
        }
        return false;
    }
}
