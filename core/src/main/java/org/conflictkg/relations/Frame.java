package org.conflictkg.relations;

import java.util.List;

/**
 * One way English states a relation: a trigger word and where its two parties stand in the dependency tree.
 * Frames are data ({@code frames.tsv}); {@link FrameMatcher} applies them.
 *
 * @param kind        verb, event noun or agent noun
 * @param lemma       the trigger's lemma
 * @param companions  lemmas that must hang from the trigger for the frame to apply ("down" in "shoot down",
 *                    "force" in "join forces"), {@code !label}: no dependent with that label ("call !oprd"), or
 *                    {@code +label}: some dependent with that label ("return +dobj");
 *                    usually empty
 * @param relation    the ontology property
 * @param cameo       the CAMEO code (root or finer), or null when no CAMEO event fits (offices, memberships)
 * @param subject     where the acting party is, alternatives in order
 * @param object      where the other party is, alternatives in order
 */
public record Frame(Kind kind, String lemma, List<String> companions, Relation relation, String cameo,
                    List<Slot> subject, List<Slot> object) {
    public Frame {
        companions = List.copyOf(companions);
        subject = List.copyOf(subject);
        object = List.copyOf(object);
    }

    /** What part of speech triggers a frame and how its parties are found. */
    public enum Kind {
        /** A verb: "Moscow backs Assad", "rebels backed by Turkey". */
        VERB,
        /** A noun for an action: "Russian strikes on Idlib", "Iran's support for Hezbollah". */
        EVENT,
        /** A noun for the one who acts: "Russia, a key ally of Assad". */
        AGENT;

        boolean matches(String tag) {
            return this == VERB ? tag.startsWith("VB") : tag.startsWith("NN");
        }
    }

    /** True when the frame asks for a word beside its trigger: it wins over the frames of the bare lemma. */
    public boolean specific() {
        return companions.stream().anyMatch(c -> !c.startsWith("!") && !c.startsWith("+"));
    }

    /** True for frames of the cooperation families (CAMEO 01-08). */
    public boolean isCooperation() {
        return cameo != null && cameo.compareTo("09") < 0;
    }

    /** True for frames of reducing relations, coercion, assault, fighting and mass violence (CAMEO 16-20). */
    public boolean isForceOrPressure() {
        return cameo != null && cameo.compareTo("16") >= 0;
    }

    /** The trigger as written in the frame file ("shoot down"). */
    public String trigger() {
        return companions.isEmpty() ? lemma : lemma + " " + String.join(" ", companions);
    }
}
