package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conflictkg.nlp.Sentence;

/**
 * Who did what an event noun names, read from the tree: its possessor or actor modifiers ("Russia's strikes",
 * "Russian strikes"), its "by" phrase, the subject of the light verb whose object it is ("carried out strikes"), of
 * the clause it is the means of ("killed 20 people in strikes"), or of a verb of taking part ("was involved in the
 * use of"). Returns token indices, as {@link Roles} does; one instance per sentence.
 */
final class EventDoers {
    private static final Set<String> NOMINAL_MODIFIERS = Set.of("poss", "compound", "nmod", "amod");

    private final Sentence s;
    private final Cues cues;
    private final Roles roles;

    EventDoers(Sentence s, Cues cues, Roles roles) {
        this.s = s;
        this.cues = cues;
        this.roles = roles;
    }

    /**
     * The doers of the event noun at {@code n}: its possessor or actor modifiers ("Russia's", "Russian"), its "by"
     * phrase, or the subject of the light verb whose object it is ("carried out strikes").
     *
     * @param attack true for attack nouns, whose doer is also the subject of a clause they are the means of
     *               ("killed 20 people with air strikes"); "with the support of X" names no doer
     */
    List<Integer> of(int n, boolean attack) {
        List<Integer> out = new ArrayList<>(roles.byPhrase(n));
        for (int c : s.children(n)) {
            if (attack && (s.dep(c).equals("acl") || s.dep(c).equals("relcl")) && s.token(c).lemma().equals("claim")) {
                out.addAll(roles.byPhrase(c)); // "the bombing claimed by the Taliban": who claims an attack made it
            }
        }
        for (int c : s.children(n)) {
            if (NOMINAL_MODIFIERS.contains(s.dep(c))) {
                out.add(c); // candidates: the caller keeps those that name actors
                out.addAll(s.children(c, "poss")); // "Russia's air strikes", the possessor hung from "air"
            }
        }
        int h = s.head(n);
        if (h >= 0 && s.token(h).isVerb() && s.dep(n).equals("dobj") && !roles.passive(h)) {
            out.addAll(roles.byPhrase(h)); // "condemned the bombardment of Aleppo by Syrian jets": "by" hangs from the verb
        }
        if (out.isEmpty() && h >= 0 && s.dep(n).equals("pobj") && s.head(h) >= 0 && s.token(s.head(h)).isVerb()
                && (attack ? Set.of("in", "with", "through") : Set.of("in")).contains(s.token(h).lemma())
                && !roles.passive(s.head(h)) && !headlinePassive(s.head(h))) {
            // "Russian jets killed 20 people in strikes on Idlib", "launched strikes in support of"; not "backed
            // the government in its offensive", where the noun names its own doer
            out.addAll(roles.subjects(s.head(h)));
        }
        if (out.isEmpty() && h >= 0 && s.dep(n).equals("pobj") && s.token(h).lemma().equals("in")
                && s.head(h) >= 0 && cues.is(s.token(s.head(h)).lemma(), Cues.Effect.PARTICIPATION)) {
            // "was involved in the use of chemical weapons against", "took part in the raid": who takes part in it
            int v = s.head(h);
            out.addAll(roles.passive(v) ? s.children(v, "nsubjpass") : roles.subjects(v));
        }
        if (out.isEmpty() && h >= 0 && s.dep(n).equals("pobj") && s.token(h).lemma().equals("in")) {
            int p = h;
            while (s.dep(p).equals("conj") && s.head(p) >= 0) {
                p = s.head(p); // "coordinated with and in support of": the first of the coordinated phrases
            }
            int v = s.head(p);
            int event = v >= 0 && s.dep(v).equals("acl") && s.token(v).tag().equals("VBN") ? s.head(v) : -1;
            int light = event >= 0 && s.dep(event).equals("dobj") ? s.head(event) : -1;
            if (light >= 0 && s.token(light).isVerb() && takesDoer(s.token(light).lemma()) && !roles.passive(light)) {
                // "conducted strikes coordinated with and in support of the government": who made the strikes; not
                // "volunteers killed in an airstrike"
                out.addAll(roles.subjects(light));
            }
        }
        if (out.isEmpty() && h >= 0 && s.dep(n).equals("pobj") && s.token(h).lemma().equals("for")
                && s.head(h) >= 0 && roles.isPredicateAdjective(s.head(h))
                && cues.is(s.token(s.head(h)).lemma(), Cues.Effect.RESPONSIBILITY)) {
            out.addAll(roles.subjects(s.head(s.head(h)))); // "X was responsible for the killings of Y"
        }
        if (h >= 0 && s.token(h).isVerb() && takesDoer(s.token(h).lemma())) {
            String d = s.dep(n);
            if (d.equals("dobj")) {
                out.addAll(roles.subjects(h)); // "carried out strikes", "refused any cooperation", "plans strikes"
            } else if (d.equals("nsubjpass")) {
                out.addAll(roles.byPhrase(h)); // "the strikes were carried out by Russian jets"
            }
        }
        return out;
    }

    /**
     * A past form with no object that a headline uses for a passive: "8 rescuers killed in airstrike". A past verb
     * that takes an object but has none is read as what was done to its subject.
     */
    private boolean headlinePassive(int v) {
        String tag = s.token(v).tag();
        return (tag.equals("VBD") || tag.equals("VBN")) && s.children(v, "dobj").isEmpty()
                && s.children(v, "aux").isEmpty() && cues.is(s.token(v).lemma(), Cues.Effect.HARM);
    }

    /**
     * Verbs whose subject does the event noun they take as object: light verbs ("carried out strikes"), intent and
     * refusal ("plans strikes", "refused any cooperation") and reports of one's own acts ("confirmed cooperation").
     * Not verbs of judging: who condemns or reports strikes did not make them.
     */
    private boolean takesDoer(String verb) {
        if (cues.is(verb, Cues.Effect.JUDGMENT)) {
            return false;
        }
        return cues.is(verb, Cues.Effect.LIGHT) || cues.is(verb, Cues.Effect.PREDICTION)
                || cues.is(verb, Cues.Effect.REFUSAL) || cues.is(verb, Cues.Effect.SPEECH);
    }
}
