package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The twenty CAMEO root families as users name them: the root code ("19"), CAMEO's family name ("fight") and the
 * ontology property ({@link Relation#FIGHTS}, {@code ckg:fights}).
 *
 * <p>The names are written here by hand because the ontology keeps them only inside a sentence of its
 * {@code rdfs:comment} ("CAMEO root family 19, fight."), which is documentation, not data; a test checks that the two
 * agree. The codes and names are facts of the CAMEO codebook; no text of it is copied.
 */
public final class CameoFamilies {
    private static final Map<Relation, String> NAMES = new EnumMap<>(Relation.class);

    static {
        name(Relation.COMMENTS_ON, "make public statement");
        name(Relation.APPEALS_TO, "appeal");
        name(Relation.INTENDS_TO_COOPERATE_WITH, "express intent to cooperate");
        name(Relation.CONSULTS, "consult");
        name(Relation.COOPERATES_DIPLOMATICALLY_WITH, "engage in diplomatic cooperation");
        name(Relation.COOPERATES_MATERIALLY_WITH, "engage in material cooperation");
        name(Relation.PROVIDES_AID_TO, "provide aid");
        name(Relation.YIELDS_TO, "yield");
        name(Relation.INVESTIGATES, "investigate");
        name(Relation.DEMANDS_OF, "demand");
        name(Relation.DISAPPROVES_OF, "disapprove");
        name(Relation.REJECTS, "reject");
        name(Relation.THREATENS, "threaten");
        name(Relation.PROTESTS_AGAINST, "protest");
        name(Relation.MOBILIZES_AGAINST, "exhibit force posture");
        name(Relation.REDUCES_RELATIONS_WITH, "reduce relations");
        name(Relation.COERCES, "coerce");
        name(Relation.ASSAULTS, "assault");
        name(Relation.FIGHTS, "fight");
        name(Relation.COMMITS_MASS_VIOLENCE_AGAINST, "use unconventional mass violence");
    }

    private static void name(Relation family, String name) {
        NAMES.put(family, name);
    }

    private CameoFamilies() {}

    /** The twenty family properties, in code order (01 to 20). */
    public static List<Relation> all() {
        return List.copyOf(NAMES.keySet());
    }

    /** CAMEO's name of a family ("fight" for {@link Relation#FIGHTS}). */
    public static String name(Relation family) {
        String n = NAMES.get(family);
        if (n == null) {
            throw new IllegalArgumentException(family + " is no CAMEO root family");
        }
        return n;
    }

    /**
     * The family a user means: a root code ("19", or "7" for "07"), CAMEO's family name ("fight", "exhibit force
     * posture") or the ontology property, as its local name or in words ("fights", "mobilizesAgainst",
     * "mobilizes against"). Case, hyphens and underscores do not matter. A finer code ("195") is no family: it would
     * select less than the user asked for.
     */
    public static Optional<Relation> find(String codeOrName) {
        String s = codeOrName.strip();
        if (s.matches("\\d{1,2}")) {
            String code = s.length() == 1 ? "0" + s : s;
            return NAMES.keySet().stream().filter(r -> r.cameoRoot().equals(code)).findFirst();
        }
        String key = words(s);
        for (Relation r : NAMES.keySet()) {
            if (key.equals(NAMES.get(r)) || key.equals(words(r.localName()))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The family names, in code order, for messages. */
    public static List<String> names() {
        return new ArrayList<>(NAMES.values());
    }

    /** "mobilizesAgainst", "Mobilizes_Against", "mobilizes-against" → "mobilizes against". */
    private static String words(String s) {
        return s.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2").replaceAll("[\\s_\\-]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
