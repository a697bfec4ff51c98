package org.conflictkg.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictkg.text.Tsv;

/**
 * Closed word lists the recognizer uses to read heads, titles, places and references. The words are data, in
 * {@code words.tsv} (one word and its list per line) and {@code groups.tsv}; this class names each list where the code
 * uses it and says what it is for.
 */
final class Lexicon {
    private Lexicon() {}

    /** Every list of {@code words.tsv}, by name; first, so that the fields below can read it. */
    private static final Map<String, Set<String>> LISTS = lists();

    /** Head nouns that make "Russian ___" the state's armed forces. */
    static final Set<String> FORCES = list("forces");

    /** Head nouns that make "Russian ___" the state itself (its government and officials). */
    static final Set<String> GOVERNMENT = list("government");

    /** Titles that make the holder the leader of the state or organization. */
    static final Set<String> LEADER_TITLES = list("leader-titles");

    /** Words that may stand in a title before a person's name. */
    static final Set<String> TITLE_WORDS = list("title-words");

    /** Words that end a title scan (they are titles on their own but start a person reference). */
    static final Set<String> PERSON_TITLES = list("person-titles");

    /** Words that follow a title but never start a name. */
    static final Set<String> NOT_NAMES = list("not-names");

    /** Words that describe an armed group without naming it: "the terrorist group", "this extremist organization". */
    static final Set<String> GROUP_DESCRIPTORS = list("group-descriptors");

    /** Nouns for an armed group that a description refers back with ("the militant group"). */
    static final Set<String> GROUP_NOUNS = list("group-nouns");

    /** Verbs (lemmas) whose object, not subject, does what their "in" phrase names ("backed the army in its push"). */
    static final Set<String> AIDING_VERBS = list("aiding-verbs");

    /** Verbs (lemmas) whose object is ground, never a person: "shelled", "retook", "stormed", "entered". */
    static final Set<String> GROUND_VERBS = list("ground-verbs");

    /** Nouns for machines after a name ("a Bayraktar drone", "Tornado jets"): the name is a model, not an actor. */
    static final Set<String> MACHINE_WORDS = list("machine-words");

    /** Last words that make a capitalized phrase the name of an event, not of who did it ("Barrel Bomb Attack"). */
    static final Set<String> EVENT_WORDS = list("event-words");

    /** Words of institution names, never of a person's name ("Foreign Office", "National Coalition"). */
    static final Set<String> INSTITUTION_WORDS = list("institution-words");

    /**
     * Head words that make a name the gazetteer does not know an organization ("Sham Legion", "Democratic Union
     * Party", "Front for the Liberation of ..."): the institution words, less those that are not heads of an
     * organization's name (headline verbs; "State" and "Republic" end names of provinces and states).
     */
    static final Set<String> ORGANIZATION_HEADS = without(INSTITUTION_WORDS, "kills", "says", "said", "warns", "sparks",
            "attack", "attacks", "strikes", "killed", "state", "republic", "house");

    /**
     * First words of Arabic names of armed groups, parties and movements, the head of the name ("Jaysh al-Islam" is
     * the Army of Islam, "Liwa al-Quds" a brigade, "Harakat Nour al-Din al-Zenki" a movement): a name the gazetteer
     * does not know that starts with one names an organization, as an English head word would.
     */
    static final Set<String> ORGANIZATION_PREFIXES = list("organization-prefixes");

    /**
     * Plural head nouns for parties a nationality or people word names ("Kurdish fighters", "Syrian civilians"), with
     * the type of the actor they make; from {@code groups.tsv}.
     */
    static final Map<String, ActorType> NATION_PARTIES = nationParties();

    /** Head nouns of armed groups that a nationality or people names: "Kurdish fighters", "Iraqi militiamen". */
    static final Set<String> FIGHTERS = partiesOf(ActorType.ARMED_GROUP);

    /** Head nouns of groups of people that a nationality names: "Syrian civilians", "Saudi hackers". */
    static final Set<String> PEOPLE_GROUPS = partiesOf(ActorType.GROUP);

    /**
     * Head words that make a name the gazetteer does not know an armed group: the fighters, and the "forces" of a
     * group named by its backer ("pro-Russian forces").
     */
    static final Set<String> ARMED_GROUP_HEADS = with(FIGHTERS, "forces");

    /** Head nouns for people of a nation, who do not act for its state. */
    static final Set<String> PEOPLE = list("people");

    /**
     * Words that make up the generic name of a state body ("Air Force", "National Guard", "Foreign Ministry"): a
     * name of these words alone names no actor until a state is put before it ("the Syrian Air Force").
     */
    /**
     * Acronyms of weapons, things and conditions, which the name finder may tag as organizations: "destroyed a VBIED"
     * attacks no one named VBIED.
     */
    static final Set<String> THING_ACRONYMS = list("thing-acronyms");

    static final Set<String> BODY_WORDS = list("body-words");

    /** Head nouns of groups of fighters that "X-backed" or "pro-X" may describe ("Iranian-backed militias"). */
    static final Set<String> GROUP_HEADS = list("group-heads");

    /** Head nouns of non-state groups of a nation ("Palestinian groups"), which are not its state. */
    static final Set<String> NATION_GROUPS = list("nation-groups");

    /**
     * Last words of names of places and facilities ("Tiyas Military Airbase", "Antonov Airport"): a name ending in one
     * is a place, whatever the name finder typed it.
     */
    static final Set<String> FACILITY_WORDS = list("facility-words");

    /** First words of Levantine place names ("Tal Abyad", "Kafr Nabl", "Deir Hafer"). */
    static final Set<String> PLACE_PREFIXES = list("place-prefixes");

    /** Words that alone are not a place name, only part of one ("Northern Syria", "Western Europe"). */
    static final Set<String> DIRECTIONS = list("directions");

    /** Prepositions after which a capital is the city, not its state ("a bombing in Damascus"). */
    static final Set<String> LOCATIVE = list("locative");

    /** Nouns of people and bodies who act for a state from its capital: "the regime in Damascus", "rulers in Kabul". */
    static final Set<String> PEOPLE_IN_POWER = list("people-in-power");

    /** Nouns before "to"/"from" + capital that keep the state reading ("support to Damascus", "pressure from Moscow"). */
    static final Set<String> STATE_RECIPIENT = list("state-recipient");

    /** Words before "of" + capital that make it the city ("the outskirts of Kyiv", "the siege of Damascus"). */
    static final Set<String> CITY_PARTS = list("city-parts");

    /** Nouns of attacks and advances: "strikes on Damascus", "the assault on Kyiv" make the capital the city. */
    static final Set<String> ATTACK_NOUNS = list("attack-nouns");

    /** Verbs whose object is a place: "Israeli jets struck Damascus", "he arrived in" and "visited Moscow" name the city. */
    static final Set<String> PLACE_VERBS = list("place-verbs");

    /** Nouns after a capital that make it the city: "Damascus airport", "Kyiv residents". */
    static final Set<String> CITY_HEADS = list("city-heads");

    /** Nouns after "town of", "city of" and the like that introduce a place name. */
    static final Set<String> PLACE_NOUNS = list("place-nouns");

    /** A word list; repeats are harmless. */
    private static Set<String> partiesOf(ActorType type) {
        return NATION_PARTIES.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static Map<String, ActorType> nationParties() {
        Map<String, ActorType> out = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("groups.tsv")) {
            if (in == null) {
                throw new IllegalStateException("groups.tsv is missing from the classpath");
            }
            for (Tsv.Row r : Tsv.read(in)) {
                String[] cols = r.columns();
                int n = cols.length;
                while (n > 0 && cols[n - 1].isEmpty()) {
                    n--; // trailing empty columns do not count, as before
                }
                if (n != 2) {
                    throw new IllegalStateException("groups.tsv:" + r.line() + ": expected 'noun<TAB>type' in: "
                            + String.join("\t", cols));
                }
                out.put(cols[0].strip().toLowerCase(Locale.ROOT), ActorType.parse(cols[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read groups.tsv", e);
        }
        return Map.copyOf(out);
    }

    /** The list of {@code words.tsv} with this name; an unknown name is a programming error. */
    static Set<String> list(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new IllegalStateException("words.tsv has no list '" + name + "'");
        }
        return words;
    }

    private static Map<String, Set<String>> lists() {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("words.tsv is missing from the classpath");
            }
            for (Tsv.Row r : Tsv.read(in)) {
                String[] cols = r.columns();
                if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                    throw new IllegalStateException("words.tsv:" + r.line() + ": expected 'word<TAB>list' in: "
                            + String.join("\t", cols));
                }
                out.computeIfAbsent(cols[1].strip(), k -> new java.util.HashSet<>()).add(cols[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read words.tsv", e);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static Set<String> without(Set<String> list, String... less) {
        Set<String> out = new java.util.HashSet<>(list);
        out.removeAll(words(less));
        return Set.copyOf(out);
    }

    private static Set<String> with(Set<String> list, String... more) {
        Set<String> out = new java.util.HashSet<>(list);
        out.addAll(words(more));
        return Set.copyOf(out);
    }
}
