package org.conflictkg.relations;

/** The normalized relations between actors; each is an object property of the conflict ontology. */
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
    LOCATED_IN("locatedIn");

    private final String localName;

    Relation(String localName) {
        this.localName = localName;
    }

    /** The local name of the ontology property ({@code cooperatesWith}). */
    public String localName() {
        return localName;
    }

    /** True when the relation holds both ways (A cooperates with B ⇔ B cooperates with A). */
    public boolean isSymmetric() {
        return this == COOPERATES_WITH || this == ALLIED_WITH || this == TALKS_WITH;
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
