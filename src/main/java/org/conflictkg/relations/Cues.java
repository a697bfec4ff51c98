package org.conflictkg.relations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        LIGHT, OBJCONTROL, JUDGMENT, STANDSFOR, BYSTANDER, DISAPPROVAL, AREA, ALLEGIANCE, INTENT, ABSTRACT
    }

    private final Map<String, Set<Effect>> effects;

    private Cues(Map<String, Set<Effect>> effects) {
        this.effects = Map.copyOf(effects);
    }

    static Cues bundled() {
        try (InputStream in = Cues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("cue words " + RESOURCE + " are not on the classpath");
            }
            Map<String, Set<Effect>> map = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 2) {
                    throw new IllegalStateException(RESOURCE + " line " + no + ": expected lemma and effect");
                }
                map.computeIfAbsent(c[0].strip(), k -> EnumSet.noneOf(Effect.class))
                        .add(Effect.valueOf(c[1].strip().toUpperCase(Locale.ROOT)));
            }
            map.replaceAll((k, v) -> Set.copyOf(v));
            return new Cues(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    boolean is(String lemma, Effect effect) {
        Set<Effect> e = effects.get(lemma);
        return e != null && e.contains(effect);
    }

    Set<Effect> of(String lemma) {
        return effects.getOrDefault(lemma, Set.of());
    }
}
