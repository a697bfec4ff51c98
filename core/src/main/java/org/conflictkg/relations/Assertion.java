package org.conflictkg.relations;

import java.time.LocalDate;
import java.util.List;
import org.conflictkg.actors.Actor;
import org.conflictkg.actors.Mention;

/**
 * One subject–relation–object statement read from a sentence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject    who acts
 * @param surface    the relation as the text words it ("joined forces with")
 * @param relation   the normalized ontology relation, or null when none fits
 * @param object     who or what is acted on
 * @param modality   asserted, negated, conditional, proposed, predicted, accidental or alleged
 * @param confidence how sure the extractor is, from 0 to 1; ranks right facts above wrong ones
 * @param evidence   the sentence it was read from
 * @param places     where it happened (for attacks); empty when the text does not say
 * @param claimedBy  who the text says stated it (reported speech), or null
 * @param date       the day it happened when the sentence says ("on Wednesday", resolved against the article's
 *                   date), or null
 * @param cameo      the CAMEO event code of the frame that read it (root "19" or finer "195"), or null when no
 *                   CAMEO event fits (offices, memberships)
 */
public record Assertion(Mention subject, String surface, Relation relation, Mention object, Modality modality,
                        double confidence, Evidence evidence, List<Mention> places, Actor claimedBy, LocalDate date, String cameo) {
    public Assertion {
        places = List.copyOf(places);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    /** An assertion without a date. */
    public Assertion(Mention subject, String surface, Relation relation, Mention object, Modality modality,
                     double confidence, Evidence evidence, List<Mention> places, Actor claimedBy) {
        this(subject, surface, relation, object, modality, confidence, evidence, places, claimedBy, null, null);
    }

    /** The same assertion on a given day. */
    public Assertion on(LocalDate day) {
        return new Assertion(subject, surface, relation, object, modality, confidence, evidence, places, claimedBy, day, cameo);
    }
}
