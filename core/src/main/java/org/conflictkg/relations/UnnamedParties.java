package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import org.conflictkg.actors.Actor;
import org.conflictkg.actors.ActorType;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;

/**
 * Who a party is that the sentence does not name: the doer of an attack noun ("Russian strikes hit Idlib"), the
 * attacker of an account the document is telling ("five strikes engaged ISIL units"), the forces of a military that
 * reports them ("the defence ministry said warplanes struck"). Each answer is a description over the words of the
 * party, with the actor it stands for. One per sentence; the {@link Discourse} carries over between sentences.
 */
final class UnnamedParties {
    /** What the sentences before the current one established: who carried out the attacks told so far. */
    static final class Discourse {
        Actor lastAttacker;
        int lastAttackSentence;
        /** The body that issues the document as its statement ("The United States condemns ..."), or null. */
        Actor issuer;

        /** Remembers the doer of an asserted attack in sentence {@code index}. */
        void attackBy(Actor attacker, int index) {
            lastAttacker = attacker;
            lastAttackSentence = index;
        }
    }

    private final Sentence s;
    private final Roles roles;
    private final PhraseMentions phrases;
    private final Cues cues;
    private final Frames frames;
    private final Discourse discourse;

    UnnamedParties(Sentence s, Roles roles, PhraseMentions phrases, Cues cues, Frames frames, Discourse discourse) {
        this.s = s;
        this.roles = roles;
        this.phrases = phrases;
        this.cues = cues;
        this.frames = frames;
        this.discourse = discourse;
    }

    /**
     * Unnamed forces ("warplanes", "troops") in what a state's military reports are its own: "the defence
     * ministry in Moscow said warplanes struck ...". The speaker is a state or its organ named by a military
     * phrase (a force noun, or a head with a military word: "defence ministry", "military spokesman").
     */
    List<Mention> reportedForces(List<Integer> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int o : tokens) {
            if (!s.token(o).isNoun() || !cues.is(s.token(o).lemma(), Cues.Effect.FORCE) || !phrases.at(o).isEmpty()) {
                continue;
            }
            List<Integer> up = s.ancestors(o);
            for (int i = 1; i < up.size(); i++) {
                int v = up.get(i);
                if (!s.token(v).isVerb() || !cues.is(s.token(v).lemma(), Cues.Effect.SPEECH)) {
                    continue;
                }
                if (!s.dep(up.get(i - 1)).equals("ccomp")) {
                    break; // the speaker's own phrase, not what it says
                }
                for (int h : roles.subjects(v)) {
                    if (!isMilitary(h)) {
                        continue;
                    }
                    for (Mention m : phrases.resolve(List.of(h))) {
                        ActorType type = m.actor().type();
                        if (type == ActorType.STATE || type == ActorType.ARMED_FORCES || type == ActorType.GOVERNMENT_BODY) {
                            int first = Math.max(s.subtreeStart(o), o - 3);
                            out.add(new Mention(s.index(), first, o + 1, s.token(first).start(), s.token(o).end(),
                                    s.text(first, o + 1), m.actor(), Mention.Kind.DESCRIPTION, null, null, false, null));
                            break;
                        }
                    }
                }
                break;
            }
        }
        return out;
    }

    /**
     * "We" in what a speaker says is the body the speaker speaks for: in "'We will not allow it,' the Turkish
     * president said" it is Turkey, in a statement of the army it is the army. A speaker named without a title
     * speaks for nobody that the sentence says, and the pronoun stays unresolved.
     */
    List<Mention> speakersSide(List<Integer> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int o : tokens) {
            String w = s.token(o).text().toLowerCase(java.util.Locale.ROOT);
            if (!w.equals("we") && !w.equals("us") && !w.equals("our")) {
                continue;
            }
            List<Integer> up = s.ancestors(o);
            for (int i = 1; i < up.size(); i++) {
                int v = up.get(i);
                if (!s.token(v).isVerb() || !(cues.is(s.token(v).lemma(), Cues.Effect.SPEECH)
                        || cues.is(s.token(v).lemma(), Cues.Effect.CLAIM))) {
                    continue;
                }
                String via = s.dep(up.get(i - 1));
                if (!via.equals("ccomp") && !via.equals("parataxis")) {
                    break; // the speaker's own phrase, not what it says
                }
                for (Mention m : phrases.resolve(roles.subjects(v))) {
                    Actor side = m.actor().is(ActorType.PERSON) ? bodyOf(m) : m.actor();
                    if (side != null && side.type().isAgent() && side.type() != ActorType.PERSON
                            && side.type() != ActorType.GROUP) {
                        out.add(new Mention(s.index(), o, o + 1, s.token(o).start(), s.token(o).end(),
                                s.token(o).text(), side, Mention.Kind.PRONOUN, null, null, false, null));
                        break;
                    }
                }
                break;
            }
        }
        return out;
    }

    /**
     * A document whose first sentence is a body's statement in the present tense ("The United States strongly
     * condemns ...", "Australia welcomes ...") is that body's statement: the "we" of its own voice is that body.
     * Read at the document's first sentence; a person's statement ("The minister welcomes ...") has no such voice.
     */
    void readIssuer() {
        if (s.index() != 0) {
            return;
        }
        for (int v = 0; v < s.size(); v++) {
            String tag = s.token(v).tag();
            if (s.head(v) >= 0 || !(tag.equals("VBZ") || tag.equals("VBP"))) {
                continue;
            }
            for (Mention m : phrases.resolve(roles.subjects(v))) {
                ActorType type = m.actor().type();
                if (type.isAgent() && type != ActorType.PERSON && type != ActorType.GROUP) {
                    discourse.issuer = m.actor();
                    return;
                }
            }
        }
    }

    /**
     * "We", "us" and "our" in the issuer's own voice, outside quotations, stand for the body that issues the
     * statement (see {@link #readIssuer}): "We will continue to support the Iraqi government".
     */
    List<Mention> issuersVoice(List<Integer> tokens) {
        if (discourse.issuer == null || quotes(s.text())) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int o : tokens) {
            String w = s.token(o).text().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("we") || w.equals("us") || w.equals("our")) {
                out.add(new Mention(s.index(), o, o + 1, s.token(o).start(), s.token(o).end(), s.token(o).text(),
                        discourse.issuer, Mention.Kind.PRONOUN, null, null, false, null));
            }
        }
        return out;
    }

    /** Whether a text holds quotation marks, straight or curly. */
    private static boolean quotes(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0;
    }

    /**
     * The body a person speaks for: the one of the title ("Turkish President"), or of the apposition "X, spokesman
     * of Y", "X, the CJTF-OIR spokesman", "X, a spokesman for Y".
     */
    private Actor bodyOf(Mention person) {
        if (person.affiliation() != null) {
            return person.affiliation();
        }
        for (int a : s.children(person.last() - 1, "appos")) {
            if (!cues.is(s.token(a).lemma(), Cues.Effect.STANDSFOR)) {
                continue;
            }
            for (Mention m : phrases.resolve(List.of(a))) {
                return m.actor();
            }
            for (int p : s.children(a, "prep")) {
                if (s.token(p).lemma().equals("for")) {
                    for (Mention m : phrases.resolve(s.children(p, "pobj"))) {
                        return m.actor();
                    }
                }
            }
        }
        return null;
    }

    /** A phrase that names a military: a force noun, or a head with a military word ("defence ministry"). */
    boolean isMilitary(int head) {
        if (cues.is(s.token(head).lemma(), Cues.Effect.FORCE)) {
            return true;
        }
        for (int c : s.children(head)) {
            if (cues.is(s.token(c).lemma(), Cues.Effect.MILITARY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For the tokens that are event nouns, the actors that did them: "Russian strikes hit Idlib", "aided by strong
     * support from Turkey", "backed by airstrikes from the coalition". Whose the event is comes from its possessor,
     * its actor modifiers, its "by" phrase, and else its "from" phrase: support and fire come from whoever gives them.
     */
    List<Mention> doersOf(List<Integer> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int o : tokens) {
            if (!s.token(o).isNoun()) {
                continue;
            }
            for (Frame f : frames.triggeredBy(s.token(o).lemma())) {
                if (f.kind() == Frame.Kind.EVENT && (f.relation() == Relation.ATTACKS || actsItself(o))) {
                    List<Mention> doers = phrases.resolve(roles.agents(o, f.relation() == Relation.ATTACKS));
                    if (doers.isEmpty()) {
                        doers = phrases.resolve(FROM.walk(s, o));
                    }
                    out.addAll(doers);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the noun at {@code o} is itself the subject or the passive's agent ("support from Turkey helped",
     * "aided by support from Turkey"), not a phrase reached some other way, such as the antecedent the parser gave a
     * relative pronoun ("a demonstration ... who are fighting").
     */
    private boolean actsItself(int o) {
        String d = s.dep(o);
        int h = s.head(o);
        return d.equals("nsubj") || d.equals("nsubjpass") || d.equals("pobj") && h >= 0 && s.dep(h).equals("agent");
    }

    private static final Slot FROM = new Slot(Slot.Role.PATH, List.of(
            new Slot.Step("prep", java.util.Set.of("from")), new Slot.Step("pobj", java.util.Set.of())));

    /**
     * An attack noun that names no doer ("five strikes engaged ISIL units") continues the attacks the
     * document has told: its doer is the one of the last asserted attack before it. The noun phrase becomes a
     * description of that actor.
     */
    List<Mention> earlierAttacker(List<Integer> tokens) {
        if (discourse.lastAttacker == null || s.index() - discourse.lastAttackSentence > 15) {
            return List.of(); // only while the account of those attacks goes on
        }
        List<Mention> out = new ArrayList<>();
        for (int o : tokens) {
            // only strikes that are the subject of what the account says they did ("five strikes engaged ISIL units"):
            // not strikes that people were killed in, that an intervention consisted of or that backed someone
            boolean acting = s.dep(o).equals("nsubj") || s.dep(o).equals("nsubjpass");
            if (acting && s.token(o).isNoun() && phrases.isAttackNoun(o) && phrases.resolve(roles.agents(o, true)).isEmpty() && phrases.at(o).isEmpty()) {
                int first = Math.max(s.subtreeStart(o), o - 3);
                while (first < o && !phrases.at(first).isEmpty()) {
                    first++;
                }
                out.add(new Mention(s.index(), first, o + 1, s.token(first).start(), s.token(o).end(),
                        s.text(first, o + 1), discourse.lastAttacker, Mention.Kind.DESCRIPTION, null, null, false,
                        null));
            }
        }
        return out;
    }
}
