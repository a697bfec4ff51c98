package org.conflictkg.relations;

/**
 * The normalized relations between actors; each is an object property of the conflict ontology.
 *
 * <p>The first twelve are the project's own relations. The other twenty are the CAMEO root families, 01 to 20
 * ({@link #cameoRoot()}), under which the ontology places the first ones as sub-properties: {@code attacks} under
 * {@code fights}, {@code backs} under {@code providesAidTo}, {@code criticizes} and {@code opposes} under
 * {@code disapprovesOf}, {@code talksWith} under {@code consults}, {@code cooperatesWith} under
 * {@code cooperatesMateriallyWith} and {@code alliedWith} under {@code cooperatesDiplomaticallyWith}.
 *
 * <p>Its {@link #toString()} is the ontology's local name ({@code backs}), as {@link #localName()} is. Immutable and
 * thread-safe.
 */
public enum Relation {
    BACKS("backs"),
    OPPOSES("opposes"),
    ATTACKS("attacks"),
    COOPERATES_WITH("cooperatesWith"),
    ALLIED_WITH("alliedWith"),
    CRITICIZES("criticizes"),
    TALKS_WITH("talksWith"),
    LEADER_OF("leaderOf"),
    MEMBER_OF("memberOf"),
    PART_OF("partOf"),
    LOCATED_IN("locatedIn"),
    /** An attack whose target the text does not name took place in, or hit something in, the object place. */
    ATTACKS_IN("attacksIn"),

    // CAMEO root families, in code order
    /** 01 make public statement (verbal cooperation). */
    COMMENTS_ON("commentsOn", "01"),
    /** 02 appeal (verbal cooperation). */
    APPEALS_TO("appealsTo", "02"),
    /** 03 express intent to cooperate (verbal cooperation). */
    INTENDS_TO_COOPERATE_WITH("intendsToCooperateWith", "03"),
    /** 04 consult (verbal cooperation); symmetric. */
    CONSULTS("consults", "04"),
    /** 05 engage in diplomatic cooperation (verbal cooperation); symmetric. */
    COOPERATES_DIPLOMATICALLY_WITH("cooperatesDiplomaticallyWith", "05"),
    /** 06 engage in material cooperation (material cooperation); symmetric. */
    COOPERATES_MATERIALLY_WITH("cooperatesMateriallyWith", "06"),
    /** 07 provide aid (material cooperation). */
    PROVIDES_AID_TO("providesAidTo", "07"),
    /** 08 yield (material cooperation). */
    YIELDS_TO("yieldsTo", "08"),
    /** 09 investigate (verbal conflict). */
    INVESTIGATES("investigates", "09"),
    /** 10 demand (verbal conflict). */
    DEMANDS_OF("demandsOf", "10"),
    /** 11 disapprove (verbal conflict). */
    DISAPPROVES_OF("disapprovesOf", "11"),
    /** 12 reject (verbal conflict). */
    REJECTS("rejects", "12"),
    /** 13 threaten (verbal conflict). */
    THREATENS("threatens", "13"),
    /** 14 protest (material conflict). */
    PROTESTS_AGAINST("protestsAgainst", "14"),
    /** 15 exhibit force posture (material conflict). */
    MOBILIZES_AGAINST("mobilizesAgainst", "15"),
    /** 16 reduce relations (material conflict). */
    REDUCES_RELATIONS_WITH("reducesRelationsWith", "16"),
    /** 17 coerce (material conflict). */
    COERCES("coerces", "17"),
    /** 18 assault (material conflict). */
    ASSAULTS("assaults", "18"),
    /** 19 fight (material conflict). */
    FIGHTS("fights", "19"),
    /** 20 use unconventional mass violence (material conflict). */
    COMMITS_MASS_VIOLENCE_AGAINST("commitsMassViolenceAgainst", "20");

    private final String localName;
    private final String cameoRoot;

    Relation(String localName) {
        this(localName, null);
    }

    Relation(String localName, String cameoRoot) {
        this.localName = localName;
        this.cameoRoot = cameoRoot;
    }

    /** The local name of the ontology property ({@code cooperatesWith}). */
    public String localName() {
        return localName;
    }

    /** The ontology's local name, as {@link #localName()}: {@code backs}, not {@code BACKS}. */
    @Override
    public String toString() {
        return localName;
    }

    /** True when the relation holds both ways (A cooperates with B ⇔ B cooperates with A). */
    public boolean isSymmetric() {
        return switch (this) {
            case COOPERATES_WITH, ALLIED_WITH, TALKS_WITH,
                 CONSULTS, COOPERATES_DIPLOMATICALLY_WITH, COOPERATES_MATERIALLY_WITH -> true;
            default -> false;
        };
    }

    /** The CAMEO root code ("01" to "20") when this relation is a CAMEO root family, else null. */
    public String cameoRoot() {
        return cameoRoot;
    }

    /** True when this relation is the property of a CAMEO root family. */
    public boolean isCameoFamily() {
        return cameoRoot != null;
    }

    /**
     * The CAMEO root family of a CAMEO event code: its first two digits ({@code "195"} → {@link #FIGHTS}). Null when
     * the code is null or not a CAMEO code (two to four digits, beginning with a root from 01 to 20).
     */
    public static Relation cameoFamily(String code) {
        if (code == null || !code.matches("(0[1-9]|1[0-9]|20)[0-9]{0,2}")) {
            return null;
        }
        String root = code.substring(0, 2);
        for (Relation r : values()) {
            if (root.equals(r.cameoRoot)) {
                return r;
            }
        }
        throw new AssertionError("no family for CAMEO root " + root);
    }

    /** True when the object may be a place: attacks and violence are done to places, and things are located in them. */
    public boolean takesPlaces() {
        return this == ATTACKS || this == ATTACKS_IN || this == FIGHTS || this == ASSAULTS || this == COMMITS_MASS_VIOLENCE_AGAINST
                || this == LOCATED_IN || this == LEADER_OF || this == COERCES || this == OPPOSES || this == THREATENS;
    }

    public static Relation parse(String s) {
        for (Relation r : values()) {
            if (r.localName.equalsIgnoreCase(s) || r.name().equalsIgnoreCase(s)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown relation '" + s + "'");
    }
}
