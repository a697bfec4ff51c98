package org.conflictkg.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Actors for names the gazetteer does not know ("minted" actors), whose id has the same type in every document.
 *
 * <p>The id of such an actor is the slug of its name, and one article's context used to choose its type, so the same
 * IRI could be a person in one article and an organization in another, which the ontology's disjoint classes make
 * inconsistent. The name decides where it can; otherwise the IRI carries the type:
 * <ul>
 * <li>A name's own words may say what it is ({@link #typeOfName}): a last word of a place or facility ("Tiyas Military
 * Airbase") or the first word of a Levantine place name ("Tal Abyad") makes a place; a head noun of fighters ("Kurdish
 * fighters", "Iran-backed militias") an armed group; the head word of an institution ("Sham Legion", "Front for the
 * Liberation of ...", the first word of an Arabic name, "Jaysh al-Islam") an organization. This is read from the
 * slug, so names with one id have one such type. The recognizer applies it to the names the name finder typed,
 * whatever the finder said.</li>
 * <li>The <em>home</em> type of a name is that type, or a person when its words say nothing (the commonest case).
 * An actor of its name's home type has the slug as its id; an actor of another type, which a firm context gives
 * ("Minister Philip Hill" is a person, "the town of Tadef" a place, an unknown organization), has the type in its id:
 * {@code place/tadef}. So each id has one type, and a name typed differently in two articles is two actors.</li>
 * <li>A slug that is a gazetteer id is that known actor when the types agree ("Bashar Al Assad"); otherwise the minted
 * actor's id carries its type, so that it never shares an IRI with a known actor of another type.</li>
 * </ul>
 * The name alone cannot decide everywhere: most names have no telling word, and a fixed type would make every unknown
 * town a person. The type in every id alone would split a telling name into two nodes whenever the name finder errs
 * ("Sham Legion" tagged as a person).
 */
final class MintedActors {
    /** Place and organization prefixes as they appear in slugs ("qal'at" is "qal-at"). */
    private static final Set<String> PLACE_PREFIX_SLUGS = slugs(Lexicon.PLACE_PREFIXES);
    private static final Set<String> ORGANIZATION_PREFIX_SLUGS = slugs(Lexicon.ORGANIZATION_PREFIXES);

    private final Gazetteer gazetteer;

    MintedActors(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The actor for a name the gazetteer does not know, of the type the caller settled on: its id is the slug of the
     * name when the type is the name's home type, else the type and the slug ({@code organization/red-crescent}).
     */
    Actor actor(String name, ActorType type) {
        String slug = Names.slug(name);
        if (type == homeType(slug)) {
            Optional<Actor> known = gazetteer.byId(slug);
            if (known.isEmpty()) {
                return new Actor(slug, type, name, List.of(), List.of(), null, null);
            }
            if (known.get().is(type)) {
                return known.get(); // "Bashar Al Assad" is the "Bashar al-Assad" the gazetteer knows
            }
        }
        return new Actor(typePart(type) + "/" + slug, type, name, List.of(), List.of(), null, null);
    }

    /** The type the words of a name give it, if they give one; names with the same slug get the same answer. */
    static Optional<ActorType> typeOfName(String name) {
        return typeOfSlug(Names.slug(name));
    }

    private static ActorType homeType(String slug) {
        return typeOfSlug(slug).orElse(ActorType.PERSON);
    }

    private static Optional<ActorType> typeOfSlug(String slug) {
        String[] words = slug.split("-");
        String last = words[words.length - 1];
        if (Lexicon.FACILITY_WORDS.contains(last) || startsWithAny(slug, PLACE_PREFIX_SLUGS)) {
            return Optional.of(ActorType.PLACE);
        }
        if (startsWithAny(slug, ORGANIZATION_PREFIX_SLUGS)) {
            return Optional.of(ActorType.ORGANIZATION);
        }
        String head = head(words);
        if (Lexicon.ARMED_GROUP_HEADS.contains(head)) {
            return Optional.of(ActorType.ARMED_GROUP);
        }
        if (Lexicon.PEOPLE_GROUPS.contains(head)) {
            return Optional.of(ActorType.GROUP); // "Syrian civilians"
        }
        if (Lexicon.ORGANIZATION_HEADS.contains(head)) {
            return Optional.of(ActorType.ORGANIZATION);
        }
        return Optional.empty();
    }

    /** True when the slug starts with one of the prefixes and goes on ("tal-abyad", not "tal"). */
    private static boolean startsWithAny(String slug, Set<String> prefixes) {
        int dash = slug.indexOf('-');
        while (dash > 0) {
            if (prefixes.contains(slug.substring(0, dash))) {
                return true;
            }
            dash = slug.indexOf('-', dash + 1);
        }
        return false;
    }

    private static Set<String> slugs(Set<String> words) {
        return words.stream().map(Names::slug).collect(Collectors.toUnmodifiableSet());
    }

    /** The head word: the one before the first "of" or "for" ("Front for the Liberation of ..."), else the last. */
    private static String head(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of") || words[i].equals("for")) {
                return words[i - 1];
            }
        }
        return words[words.length - 1];
    }

    /** "ArmedGroup" → "armed-group". */
    static String typePart(ActorType type) {
        return type.className().replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase(Locale.ROOT);
    }
}
