package org.conflictkg.actors;

import java.util.Locale;

/**
 * What kind of thing an actor is; each maps to a class of the conflict ontology with the same name.
 *
 * <p>Immutable and thread-safe.
 */
public enum ActorType {
    STATE("State"),
    PERSON("Person"),
    ARMED_GROUP("ArmedGroup"),
    ORGANIZATION("Organization"),
    INTERNATIONAL_ORGANIZATION("InternationalOrganization"),
    COALITION("Coalition"),
    GOVERNMENT_BODY("GovernmentBody"),
    ARMED_FORCES("ArmedForces"),
    GROUP("Group"),
    PLACE("Place");

    private final String className;

    ActorType(String className) {
        this.className = className;
    }

    /** The local name of the ontology class. */
    public String className() {
        return className;
    }

    /** True for actors that can act (everything but places). */
    public boolean isAgent() {
        return this != PLACE;
    }

    /** Parses a class name ({@code "ArmedGroup"}) or an enum name ({@code "ARMED_GROUP"}). */
    public static ActorType parse(String s) {
        for (ActorType t : values()) {
            if (t.className.equalsIgnoreCase(s) || t.name().equalsIgnoreCase(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown actor type '" + s + "'");
    }

    @Override
    public String toString() {
        return className.toLowerCase(Locale.ROOT);
    }
}
