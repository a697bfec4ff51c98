package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;

/**
 * What a speaker says of an actor that is an act of its own: "'Russia is making the situation more dangerous,' the
 * British minister said" criticizes Russia (a clause under a speech verb, with a word of disapproval in it and an
 * actor as its subject); "HRW said the authorities must ensure security" demands of them (what one says another must
 * do). One instance per sentence; not thread-safe, as the matcher that makes it is not shared.
 */
final class SpokenJudgments {
    /** A speaker's judgment: the speech verb, who speaks, the words, the relation, its CAMEO code, whom it is of. */
    record Judgment(int speech, Mention speaker, String surface, Relation relation, String cameo, Mention judged) {}

    private final Sentence s;
    private final Cues cues;
    private final Roles roles;
    private final PhraseMentions phrases;
    private final UnnamedParties unnamed;
    private final ModalityReader modality;

    SpokenJudgments(Sentence s, Cues cues, Roles roles, PhraseMentions phrases, UnnamedParties unnamed,
                    ModalityReader modality) {
        this.s = s;
        this.cues = cues;
        this.roles = roles;
        this.phrases = phrases;
        this.unnamed = unnamed;
        this.modality = modality;
    }

    /** The judgments the sentence's speakers make. */
    List<Judgment> read() {
        List<Judgment> out = new ArrayList<>();
        for (int g = 0; g < s.size(); g++) {
            if (!s.token(g).isVerb() || !cues.is(s.token(g).lemma(), Cues.Effect.SPEECH)
                    || cues.is(s.token(g).lemma(), Cues.Effect.JUDGMENT)) {
                continue;
            }
            List<Mention> speakers = phrases.resolve(roles.subjects(g));
            for (int c : s.children(g, "ccomp")) {
                if (isObligation(c)) {
                    // "HRW said the authorities must ensure security": what one says another must do is a demand
                    for (Mention a : speakers) {
                        for (Mention b : phrases.resolve(roles.subjects(c))) {
                            out.add(new Judgment(g, a, s.token(g).text() + " … " + s.token(c).text(),
                                    Relation.DEMANDS_OF, "10", b));
                        }
                    }
                }
                if (!disapproves(c) || modality.ofPhrase(s, c) != Modality.ASSERTED) {
                    continue;
                }
                List<Mention> judged = phrases.resolve(roles.subjects(c));
                if (judged.isEmpty()) {
                    judged = unnamed.doersOf(roles.subjects(c)); // "Russia's strikes were reasons for concern"
                }
                for (Mention a : speakers) {
                    for (Mention b : judged) {
                        out.add(new Judgment(g, a, s.token(g).text() + " … " + s.token(c).text(),
                                Relation.CRITICIZES, "111", b));
                    }
                }
            }
        }
        return out;
    }

    /** A clause whose verb has "must" or "should": what its subject is told to do. */
    private boolean isObligation(int clause) {
        for (int a : s.children(clause, "aux")) {
            if (s.token(a).tag().equals("MD") && cues.is(s.token(a).lemma(), Cues.Effect.PROPOSAL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of disapproval in what the clause says of its subject: in its predicate, with at most one phrase
     * that qualifies a noun of it ("were reasons for concern"), not in phrases nested deeper ("remains one of the
     * best partners in combatting illegal migration").
     */
    private boolean disapproves(int clause) {
        return disapproves(clause, 0);
    }

    private boolean disapproves(int k, int nounPhrases) {
        if (cues.is(s.token(k).lemma(), Cues.Effect.DISAPPROVAL)) {
            return true;
        }
        for (int c : s.children(k)) {
            String d = s.dep(c);
            boolean nominal = s.token(k).isNoun() || s.token(k).tag().equals("CD"); // "one of the partners"
            boolean qualifiesNoun = nominal && (d.equals("prep") || d.equals("relcl") || d.equals("acl"));
            if (qualifiesNoun && (nounPhrases > 0 || !d.equals("prep"))) {
                continue;
            }
            if (disapproves(c, qualifiesNoun ? nounPhrases + 1 : nounPhrases)) {
                return true;
            }
        }
        return false;
    }
}
