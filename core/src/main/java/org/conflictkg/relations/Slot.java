package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.nlp.Sentence;

/**
 * Where a party of a frame stands: a named role that {@link Roles} resolves from the tree, or a path of dependency
 * steps down from the trigger ({@code prep[with]/pobj}: a "with" preposition, then its object).
 *
 * @param role the role, or {@link Role#PATH} for a path
 * @param path the steps of a path; empty for a role
 */
public record Slot(Role role, List<Step> path) {
    public Slot {
        path = List.copyOf(path);
    }

    /** The roles a slot can name instead of a path. */
    public enum Role {
        /** The logical subject of a verb. */
        SUBJ,
        /** The logical object of a verb. */
        OBJ,
        /** The doer of an event noun. */
        AGENT,
        /** The actor an agent noun names. */
        SELF,
        /** The possessor or "of" phrase of an agent noun. */
        OWNER,
        /** A path of dependency steps. */
        PATH
    }

    /**
     * One step down the tree: a dependent with this label and, when {@code lemmas} is not empty, one of these
     * lemmas.
     */
    public record Step(String label, Set<String> lemmas) {
        public Step {
            lemmas = Set.copyOf(lemmas);
        }

        boolean accepts(Sentence s, int token) {
            return s.dep(token).equals(label) && (lemmas.isEmpty() || lemmas.contains(s.token(token).lemma()));
        }
    }

    /** The tokens the path reaches from {@code trigger}, in sentence order. Only for {@link Role#PATH}. */
    List<Integer> walk(Sentence s, int trigger) {
        List<Integer> here = List.of(trigger);
        for (Step step : path) {
            List<Integer> next = new ArrayList<>(2);
            for (int t : here) {
                for (int c : s.children(t)) {
                    if (step.accepts(s, c)) {
                        next.add(c);
                    }
                }
            }
            here = next;
        }
        return here;
    }

    /** Parses one alternative of a frame file's slot column: {@code subj} or {@code prep[with,to]/pobj}. */
    static Slot parse(String text) {
        String t = text.strip();
        if (t.matches("[a-z]+") && !t.equals("pobj") && !t.equals("dobj")) {
            try {
                Role r = Role.valueOf(t.toUpperCase(Locale.ROOT));
                if (r != Role.PATH) {
                    return new Slot(r, List.of());
                }
            } catch (IllegalArgumentException e) {
                // not a role: read it as a one-step path below
            }
        }
        List<Step> steps = new ArrayList<>();
        for (String part : t.split("/")) {
            int b = part.indexOf('[');
            if (b < 0) {
                steps.add(new Step(part, Set.of()));
            } else {
                if (!part.endsWith("]")) {
                    throw new IllegalArgumentException("bad step '" + part + "' in slot '" + text + "'");
                }
                steps.add(new Step(part.substring(0, b), Set.of(part.substring(b + 1, part.length() - 1).split(","))));
            }
        }
        return new Slot(Role.PATH, steps);
    }
}
