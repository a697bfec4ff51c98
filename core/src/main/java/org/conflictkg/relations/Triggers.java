package org.conflictkg.relations;

import java.util.List;
import org.conflictkg.nlp.Sentence;

/**
 * Which frames a token of a sentence triggers: its lemma as the frames know it, and the words a frame asks to hang
 * from the trigger ("shoot down"), forbids ("call !oprd"), or asks of its object ("cut @exchange").
 */
final class Triggers {
    private final Sentence s;
    private final Roles roles;
    private final Cues cues;
    private final Frames frames;

    Triggers(Sentence s, Roles roles, Cues cues, Frames frames) {
        this.s = s;
        this.roles = roles;
        this.cues = cues;
        this.frames = frames;
    }

    /**
     * The lemma by which token {@code t} triggers frames. NLP4J now and then leaves a past form of a verb as its
     * own lemma ("provided"); then the frames themselves are the lexicon that tells "provide" from "attack".
     */
    String lemma(int t) {
        String lemma = s.token(t).lemma();
        String tag = s.token(t).tag();
        if ((tag.equals("VBD") || tag.equals("VBN")) && lemma.endsWith("ed") && frames.triggeredBy(lemma).isEmpty()) {
            for (String base : List.of(lemma.substring(0, lemma.length() - 1), lemma.substring(0, lemma.length() - 2))) {
                if (!frames.triggeredBy(base).isEmpty()) {
                    return base;
                }
            }
        }
        return lemma;
    }

    /**
     * Whether a word of this lemma hangs from the trigger, or from its direct object. A preposition of time counts
     * for none: "joined the SDF in 2015" is no "join ... in" of joining someone in an act.
     */
    private boolean hasWord(int t, String lemma) {
        for (int c : s.children(t)) {
            if (s.token(c).lemma().equals(lemma) && !isOfTime(c)) {
                return true;
            }
            if (s.dep(c).equals("dobj")) {
                for (int d : s.children(c)) {
                    if (s.token(d).lemma().equals(lemma) && !isOfTime(d)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A preposition whose object is a time: "in 2015", "in March", "on Monday". */
    private boolean isOfTime(int p) {
        for (int o : s.children(p, "pobj")) {
            String type = s.token(o).entityType();
            if (type.equals("DATE") || type.equals("TIME") || s.token(o).tag().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    boolean hasCompanions(Frame f, int t) {
        for (String w : f.companions()) {
            if (w.startsWith("!")) {
                String x = w.substring(1);
                if (!s.children(t, x).isEmpty() || hasWord(t, x)) {
                    return false; // "called him a traitor" (oprd) is no phone call; "recognized them as" (as) no recognition
                }
                continue;
            }
            if (w.startsWith("@")) {
                Cues.Effect kind = Cues.Effect.valueOf(w.substring(1).toUpperCase(java.util.Locale.ROOT));
                if (roles.objects(t).stream().noneMatch(o -> cues.is(s.token(o).lemma(), kind)
                        || kind == Cues.Effect.RELIEF && s.token(o).entityType().equals("MONEY"))) {
                    // "cut aid to Egypt", not "cut off escape routes for ISIL"; a sum of money is relief given
                    return false;
                }
                continue;
            }
            if (w.startsWith("+")) {
                if (s.children(t, w.substring(1)).isEmpty()) {
                    return false; // "returned the artifacts to Peru", not "returned to Peru"
                }
                continue;
            }
            boolean found = false;
            for (int c : s.children(t)) {
                if (s.token(c).lemma().equals(w) && !isOfTime(c)) {
                    found = true;
                    break;
                }
                if (s.dep(c).equals("dobj")) {
                    // "provided the army with rifles": the parser may hang the verb's preposition from its object
                    for (int p : s.children(c, "prep")) {
                        found |= s.token(p).lemma().equals(w);
                    }
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
