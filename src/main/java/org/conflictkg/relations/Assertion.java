package org.conflictkg.relations;

import java.util.List;
import org.conflictkg.actors.Actor;
import org.conflictkg.actors.Mention;

/**
 * One subject–relation–object statement read from a sentence.
 *
 * @param subject    who acts
 * @param surface    the relation as the text words it ("joined forces with")
 * @param relation   the normalized ontology relation, or null when none fits
 * @param object     who or what is acted on
 * @param modality   asserted, negated, conditional, proposed, predicted or accidental
 * @param confidence how sure the extractor is, from 0 to 1; ranks right facts above wrong ones
 * @param evidence   the sentence it was read from
 * @param places     where it happened (for attacks); empty when the text does not say
 * @param claimedBy  who the text says stated it (reported speech), or null
 */
public record Assertion(Mention subject, String surface, Relation relation, Mention object, Modality modality,
                        double confidence, Evidence evidence, List<Mention> places, Actor claimedBy) {
    public Assertion {
        places = List.copyOf(places);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
