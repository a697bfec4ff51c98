package org.conflictkg.actors;

import java.util.List;
import java.util.Optional;

/**
 * A canonical actor or place: one per real-world entity, whatever the text calls it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id        a stable slug ({@code russia}, {@code islamic-state}); the graph turns it into an IRI
 * @param type      what kind of actor it is
 * @param label     the preferred name
 * @param aliases   other names (acronyms, spellings, metonyms such as a capital for its state)
 * @param demonyms  adjectival forms for states ({@code Russian})
 * @param country   the id of the state it belongs to (forces, ministries, people, places), or null
 * @param wikidata  the Wikidata Q-id when known for certain, or null
 */
public record Actor(String id, ActorType type, String label, List<String> aliases, List<String> demonyms,
                    String country, String wikidata) {
    public Actor {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }

    public Optional<String> countryId() {
        return Optional.ofNullable(country);
    }

    public boolean is(ActorType t) {
        return type == t;
    }
}
