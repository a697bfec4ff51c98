package org.conflictkg.relations;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code cues.tsv} that change what the clause under them states (negation, condition, request,
 * prediction, allegation, reported speech, accident) or pass their subject on (light and object-control verbs).
 * Immutable and thread-safe.
 */
final class Cues {
    static final String RESOURCE = "cues.tsv";

    /** What a cue word does. */
    enum Effect {
        NEGATION, REFUSAL, PREVENTION, CONDITION, PREDICTION, PROPOSAL, ALLEGATION, CLAIM, SPEECH, ACCIDENT,
        LIGHT, OBJCONTROL, JUDGMENT, STANDSFOR, BYSTANDER, DISAPPROVAL, AREA, SITE, ALLEGIANCE, INTENT,
        RESPONSIBILITY, SEAT, FORCE, MILITARY, HARM, EXCHANGE, SURROUNDINGS, CONTINUATION, RELIEF, THEATRE, RECEIPT,
        INITIATIVE, MEETING, CURFEW, GOVERNMENT, ASSISTANCE, ACCESS, ATTEMPT, INSTALLATION, COMMAND, COLLECTIVE, VOW, MOTION, PARTICIPATION, COMPANY, QUALIFIER, WARD
    }

    private final Map<String, Set<Effect>> effects;

    private Cues(Map<String, Set<Effect>> effects) {
        this.effects = Map.copyOf(effects);
    }

    /** The bundled cue words, read once per process: the extractor and the event dater share them. */
    static Cues bundled() {
        return Bundled.CUES;
    }

    private static final class Bundled {
        static final Cues CUES = read();
    }

    private static Cues read() {
        Map<String, Set<Effect>> map = new HashMap<>();
        for (DataRows.Row row : DataRows.bundled(RESOURCE, "cue words")) {
            String[] c = row.columns();
            if (c.length != 2) {
                throw new IllegalStateException(RESOURCE + " line " + row.line() + ": expected lemma and effect");
            }
            map.computeIfAbsent(c[0].strip(), k -> EnumSet.noneOf(Effect.class))
                    .add(Effect.valueOf(c[1].strip().toUpperCase(Locale.ROOT)));
        }
        map.replaceAll((k, v) -> Set.copyOf(v));
        return new Cues(map);
    }

    boolean is(String lemma, Effect effect) {
        Set<Effect> e = effects.get(lemma);
        return e != null && e.contains(effect);
    }

    Set<Effect> of(String lemma) {
        return effects.getOrDefault(lemma, Set.of());
    }
}
