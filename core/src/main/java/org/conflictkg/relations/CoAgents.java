package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import org.conflictkg.nlp.Sentence;

/**
 * Who acts together with the subject of a verb: "Turkey, together with Russia, struck", "the army, along with its
 * allies, retook". Returns token indices, as {@link Roles} does; one instance per sentence.
 */
final class CoAgents {
    private final Sentence s;
    private final Cues cues;

    CoAgents(Sentence s, Cues cues) {
        this.s = s;
        this.cues = cues;
    }

    /**
     * Those who act with the subject of the verb at {@code v}: "Turkey, together with Russia, struck", "the army,
     * along with its allies, retook", "Turkey, alongside Russia, struck": before the verb or on its subject. A "with"
     * phrase counts only with a word of company ({@code cues.tsv}: "together", "along"): "struck the YPG with
     * drones" names a means.
     */
    List<Integer> of(int v) {
        List<Integer> subjects = new ArrayList<>();
        for (int c : s.children(v)) {
            if (Roles.SUBJECTS.contains(s.dep(c))) {
                subjects.add(c);
            }
        }
        return of(v, subjects);
    }

    /** Those who act with {@code subjects}, the subjects of the verb at {@code v}. */
    List<Integer> of(int v, List<Integer> subjects) {
        if (!s.token(v).isVerb()) {
            return List.of();
        }
        List<Integer> holders = new ArrayList<>(subjects);
        holders.add(v);
        List<Integer> out = new ArrayList<>(1);
        for (int k : holders) {
            for (int p : s.children(k, "prep")) {
                if (k == v && p > v) {
                    continue; // "imposed sanctions on Pompeo, along with other officials": after the verb, the
                              // phrase may as well go with the object
                }
                String w = s.token(p).lemma();
                if (cues.is(w, Cues.Effect.COMPANY) && !w.equals("alongside")) {
                    for (int q : s.children(p, "prep")) { // "along with", parsed as two prepositions
                        if (s.token(q).lemma().equals("with")) {
                            out.addAll(s.children(q, "pobj"));
                        }
                    }
                } else if (w.equals("alongside") || w.equals("with") && (p > 0 && cues.is(s.token(p - 1).lemma(),
                        Cues.Effect.COMPANY) || s.children(p).stream().anyMatch(c -> cues.is(s.token(c).lemma(),
                        Cues.Effect.COMPANY)))) {
                    out.addAll(s.children(p, "pobj"));
                }
            }
        }
        return out;
    }
}
