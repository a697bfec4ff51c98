package org.conflictkg.relations;

import org.conflictkg.actors.ActorType;
import org.conflictkg.actors.Mention;
import org.conflictkg.actors.Names;
import org.conflictkg.nlp.Sentence;

/**
 * Whom the holder of a leadership noun leads: the body a mention names as a whole, or only a part or a place of it
 * (then he leads nothing the sentence names), and whether he is one of several (then he is a member).
 */
final class Leadership {
    private final Sentence s;
    private final Cues cues;

    Leadership(Sentence s, Cues cues) {
        this.s = s;
        this.cues = cues;
    }

    /**
     * Whether the title at {@code t} heads the body {@code m} names, not a part of it or a place: "the UN human
     * rights chief" and "the EU diplomatic chief" head an office the words between name; an adjective that only
     * dates or ranks the office does not narrow it ({@code cues.tsv}, qualifier: "Libya's longtime leader", "the
     * group's top commander" still lead them). A commander "of Nineveh" commands forces there, he does not lead the
     * province.
     */
    boolean headsItself(Mention m, int t) {
        if (m.actor().is(ActorType.PLACE) && cues.is(s.token(t).lemma(), Cues.Effect.COMMAND)) {
            return false;
        }
        for (int k = m.last(); k < t; k++) {
            String tag = s.token(k).tag();
            boolean lower = !Character.isUpperCase(s.token(k).text().charAt(0));
            if ((tag.equals("NN") || tag.equals("NNS")) && lower
                    || tag.startsWith("JJ") && lower && !cues.is(s.token(k).lemma(), Cues.Effect.QUALIFIER)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one who leads what this mention names leads its actor: a state is led through its name or its
     * government ("the Iraqi government led by"), not through a body a demonym names ("an Israeli delegation led
     * by", "a Turkish unit led by").
     */
    boolean ledAsAWhole(Mention m) {
        if (!m.actor().is(ActorType.STATE) || cues.is(s.token(m.last() - 1).lemma(), Cues.Effect.GOVERNMENT)) {
            return true;
        }
        if (m.kind() == Mention.Kind.DEMONYM) {
            return false;
        }
        // "commander of U.S. Central Command": a state's name that only modifies the head of the phrase names a body
        // of the state, which its commander does not lead
        String written = Names.key(m.text());
        return m.kind() != Mention.Kind.NAME || written.equals(Names.key(m.actor().label()))
                || m.actor().aliases().stream().anyMatch(a -> written.equals(Names.key(a)));
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
}
