package org.conflictkg.actors;

import java.util.Set;

/** Closed word lists the recognizer uses to read heads, titles and references. All lowercase. */
final class Lexicon {
    private Lexicon() {}

    /** Head nouns that make "Russian ___" the state's armed forces. */
    static final Set<String> FORCES = words("jets", "jet", "warplanes", "warplane", "planes", "plane", "aircraft", "bombers", "bomber", "fighters", "fighter", "force", "forces", "troops", "army", "armies", "military", "militaries", "navy", "soldiers", "soldier", "ships", "warships", "submarine", "submarines", "artillery", "units", "helicopters", "helicopter", "drones", "drone", "pilots", "pilot", "marines", "servicemen", "tanks", "battalion", "battalions", "brigade", "brigades", "paratroopers", "airforce", "air-force", "gunships", "commandos", "infantry", "fleet", "sailors", "personnel");

    /** Head nouns that make "Russian ___" the state itself (its government and officials). */
    static final Set<String> GOVERNMENT = words("government", "regime", "authorities", "officials", "official", "leadership", "administration", "side", "delegation", "diplomats", "diplomat", "envoy", "cabinet", "state", "parliament", "presidency", "ministry", "ministries", "embassy", "intelligence", "move", "decision", "counterpart", "counterparts");

    /** Titles that make the holder the leader of the state or organization. */
    static final Set<String> LEADER_TITLES = words("president", "presidents", "leader", "leaders", "prime minister", "premier", "king", "emir", "chancellor", "supreme leader", "secretary-general", "secretary general", "head of state", "sultan", "monarch", "ruler", "dictator", "strongman");

    /** Words that may stand in a title before a person's name. */
    static final Set<String> TITLE_WORDS = words("president", "presidents", "vice", "vice-president", "prime", "minister", "premier", "leader", "king", "emir", "crown", "prince", "chancellor", "secretary", "secretary-general", "spokesman", "spokeswoman", "spokesperson", "general", "lieutenant", "lieutenant-general", "major-general", "lieutenant-colonel", "colonel", "captain", "commander", "chief", "counterpart", "ambassador", "envoy", "official", "analyst", "correspondent", "foreign", "defence", "defense", "interior", "state", "department", "ministry", "staff", "of", "the", "deputy", "senior", "director", "head", "adviser", "advisor", "senator", "mayor", "governor", "sheikh", "ayatollah", "marshal", "admiral", "sergeant", "lt", "lt.", "gen", "gen.", "col", "col.", "maj", "maj.", "brig", "brig.", "brigadier", "supreme", "national", "security", "council", "top", "army", "military", "air", "force", "navy", "armed", "forces", "operational", "main", "directorate", "affairs", "intelligence", "spy", "opposition", "rebel", "militant", "commander-in-chief", "field", "rear", "vice-admiral", "general-secretary", "justice", "finance", "economy", "energy", "health", "information", "press", "secretary-of-state", "spokespeople", "representative", "special", "u.n.", "un", "nato", "former", "acting", "interim", "first", "military-political", "political", "department's", "ministry's", "general's", "chief-of-staff", "staff's", "joint", "chiefs", "and", "for", "middle", "east");

    /** Words that end a title scan (they are titles on their own but start a person reference). */
    static final Set<String> PERSON_TITLES = words("president", "minister", "premier", "leader", "king", "emir", "chancellor", "secretary", "secretary-general", "spokesman", "spokeswoman", "spokesperson", "general", "lieutenant-general", "major-general", "colonel", "captain", "commander", "chief", "counterpart", "ambassador", "envoy", "official", "analyst", "correspondent", "director", "head", "adviser", "advisor", "senator", "mayor", "governor", "sheikh", "ayatollah", "marshal", "admiral", "sergeant", "brigadier", "representative", "prince", "deputy");

    /** Words that follow a title but never start a name. */
    static final Set<String> NOT_NAMES = words("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Today", "Yesterday", "The", "A", "An", "He", "She", "It", "They", "We", "In", "On", "At", "But", "And", "Meanwhile", "Earlier", "Later");

    /** Words of institution names, never of a person's name ("Foreign Office", "National Coalition"). */
    static final Set<String> INSTITUTION_WORDS = words("office", "ministry", "department", "council", "committee",
            "agency", "service", "army", "forces", "force", "party", "government", "coalition", "front", "movement",
            "brigade", "brigades", "command", "commission", "court", "assembly", "parliament", "senate", "congress",
            "house", "guard", "guards", "police", "network", "group", "organization", "organisation", "union",
            "alliance", "observatory", "news", "agency", "television", "radio", "times", "post", "press", "kills",
            "says", "said", "warns", "sparks", "attack", "attacks", "strikes", "killed", "state", "republic");

    /** Head nouns for people of a nation, who do not act for its state. */
    static final Set<String> PEOPLE = words("officer", "policeman", "police", "man", "men", "woman", "women",
            "citizen", "citizens", "civilian", "civilians", "national", "nationals", "journalist", "journalists",
            "student", "students", "tourist", "tourists", "businessman", "gunman", "people", "child", "children",
            "worker", "workers", "refugee", "refugees", "expert", "experts", "analyst", "analysts", "writer",
            "hacker", "hackers", "volunteers", "mercenaries", "fans", "voters", "opposition", "dissident",
            "dissidents", "activist", "activists", "family", "families", "media", "press", "newspaper", "agency",
            "militants", "militant", "jihadists", "jihadist", "insurgents", "extremists", "rebels", "rebel",
            "separatists", "militias", "militia", "gunmen", "terrorists", "islamists", "tribes", "tribesmen");

    /** Nouns after "town of", "city of" and the like that introduce a place name. */
    static final Set<String> PLACE_NOUNS = words("town", "city", "village", "province", "provinces", "region", "district", "districts", "area", "suburb", "suburbs", "neighbourhood", "neighborhood", "governorate", "port", "capital", "enclave", "stronghold", "bastion", "outskirts", "base", "airbase", "border");

    /** A word list; repeats are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
