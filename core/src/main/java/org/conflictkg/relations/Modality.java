package org.conflictkg.relations;

import java.util.Locale;

/**
 * Whether the text states a relation as fact, or only denies, conditions, proposes, predicts or alleges it.
 *
 * <p>Immutable and thread-safe.
 */
public enum Modality {
    /** Stated as having happened or holding. */
    ASSERTED,
    /** Denied or refused: "refused to confirm any collaboration". */
    NEGATED,
    /** Made to depend on a condition: "would welcome … if it were truly designed to …". */
    CONDITIONAL,
    /** Proposed, requested or urged: "called on Russia to carry out joint operations". */
    PROPOSED,
    /** Predicted, planned or intended: "close to joining forces", "plan to attack". */
    PREDICTED,
    /** Happened by accident: "accidentally killed". */
    ACCIDENTAL,
    /** Alleged or accused by someone, not stated by the source as fact: "accused the army of shelling the town". */
    ALLEGED;

    /** The name used in the graph and in output ({@code asserted}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
