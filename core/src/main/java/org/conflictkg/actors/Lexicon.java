package org.conflictkg.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictkg.text.Tsv;

/** Closed word lists the recognizer uses to read heads, titles and references. All lowercase. */
final class Lexicon {
    private Lexicon() {}

    /** Head nouns that make "Russian ___" the state's armed forces. */
    static final Set<String> FORCES = words("jets", "jet", "warplanes", "warplane", "planes", "plane", "aircraft", "bombers", "bomber", "fighters", "fighter", "force", "forces", "troops", "army", "armies", "military", "militaries", "navy", "soldiers", "soldier", "ships", "warships", "submarine", "submarines", "artillery", "units", "helicopters", "helicopter", "drones", "drone", "pilots", "pilot", "marines", "servicemen", "tanks", "battalion", "battalions", "brigade", "brigades", "paratroopers", "airforce", "air-force", "gunships", "commandos", "infantry", "fleet", "sailors", "personnel", "guard", "guards", "gendarmerie");

    /** Head nouns that make "Russian ___" the state itself (its government and officials). */
    static final Set<String> GOVERNMENT = words("government", "regime", "authorities", "officials", "official", "leadership", "administration", "side", "delegation", "diplomats", "diplomat", "envoy", "cabinet", "state", "parliament", "presidency", "ministry", "ministries", "embassy", "intelligence", "move", "decision", "counterpart", "counterparts");

    /** Titles that make the holder the leader of the state or organization. */
    static final Set<String> LEADER_TITLES = words("president", "presidents", "leader", "leaders", "prime minister", "premier", "king", "emir", "chancellor", "supreme leader", "secretary-general", "secretary general", "head of state", "sultan", "monarch", "ruler", "dictator", "strongman");

    /** Words that may stand in a title before a person's name. */
    static final Set<String> TITLE_WORDS = words("president", "presidents", "vice", "vice-president", "prime", "minister", "premier", "leader", "king", "emir", "crown", "prince", "chancellor", "secretary", "secretary-general", "spokesman", "spokeswoman", "spokesperson", "general", "lieutenant", "lieutenant-general", "major-general", "lieutenant-colonel", "colonel", "captain", "commander", "chief", "counterpart", "ambassador", "envoy", "official", "analyst", "correspondent", "foreign", "defence", "defense", "interior", "state", "department", "ministry", "staff", "of", "the", "deputy", "senior", "director", "head", "adviser", "advisor", "senator", "mayor", "governor", "sheikh", "ayatollah", "marshal", "admiral", "sergeant", "lt", "lt.", "gen", "gen.", "col", "col.", "maj", "maj.", "brig", "brig.", "brigadier", "commodore", "officer", "petty", "warrant", "corporal", "sgt", "sgt.", "cpl", "cpl.", "supreme", "national", "security", "council", "top", "army", "military", "air", "force", "navy", "armed", "forces", "operational", "main", "directorate", "affairs", "intelligence", "spy", "opposition", "rebel", "militant", "commander-in-chief", "field", "rear", "vice-admiral", "general-secretary", "justice", "finance", "economy", "energy", "health", "information", "press", "secretary-of-state", "spokespeople", "representative", "special", "u.n.", "un", "nato", "former", "acting", "interim", "first", "military-political", "political", "department's", "ministry's", "general's", "chief-of-staff", "staff's", "joint", "chiefs", "and", "for", "middle", "east");

    /** Words that end a title scan (they are titles on their own but start a person reference). */
    static final Set<String> PERSON_TITLES = words("president", "minister", "premier", "leader", "king", "emir", "chancellor", "secretary", "secretary-general", "spokesman", "spokeswoman", "spokesperson", "general", "lieutenant-general", "major-general", "colonel", "captain", "commander", "chief", "counterpart", "ambassador", "envoy", "official", "analyst", "correspondent", "director", "head", "adviser", "advisor", "senator", "mayor", "governor", "sheikh", "ayatollah", "marshal", "admiral", "sergeant", "brigadier", "representative", "prince", "deputy");

    /** Words that follow a title but never start a name. */
    static final Set<String> NOT_NAMES = words("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Today", "Yesterday", "The", "A", "An", "He", "She", "It", "They", "We", "In", "On", "At", "But", "And", "Meanwhile", "Earlier", "Later");

    /** Words that describe an armed group without naming it: "the terrorist group", "this extremist organization". */
    static final Set<String> GROUP_DESCRIPTORS = words("terrorist", "terror", "militant", "jihadist", "jihadi",
            "extremist", "armed", "rebel", "insurgent", "islamist", "radical", "hardline", "sunni", "shiite", "shia",
            "salafist", "ultra-radical", "violent");

    /** Nouns for an armed group that a description refers back with ("the militant group"). */
    static final Set<String> GROUP_NOUNS = words("group", "organization", "organisation", "outfit", "militia");

    /** Verbs (lemmas) whose object, not subject, does what their "in" phrase names ("backed the army in its push"). */
    static final Set<String> AIDING_VERBS = words("support", "back", "help", "assist", "aid", "join", "congratulate",
            "praise", "thank", "commend", "advise", "train", "equip", "arm", "reinforce", "defend", "protect", "encourage");

    /** Last words that make a capitalized phrase the name of an event, not of who did it ("Barrel Bomb Attack"). */
    static final Set<String> EVENT_WORDS = words("attack", "attacks", "offensive", "strike", "strikes", "airstrike",
            "airstrikes", "raid", "raids", "bombing", "bombings", "massacre", "assault", "ambush", "shelling",
            "bombardment", "explosion", "blast", "siege", "killing", "killings");

    /** Words of institution names, never of a person's name ("Foreign Office", "National Coalition"). */
    static final Set<String> INSTITUTION_WORDS = words("office", "ministry", "department", "council", "committee",
            "agency", "service", "army", "forces", "force", "party", "government", "coalition", "front", "movement",
            "brigade", "brigades", "command", "commission", "court", "assembly", "parliament", "senate", "congress",
            "house", "guard", "guards", "police", "network", "group", "organization", "organisation", "union",
            "alliance", "observatory", "news", "agency", "television", "radio", "times", "post", "press", "kills",
            "says", "said", "warns", "sparks", "attack", "attacks", "strikes", "killed", "state", "republic", "legion");

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
    static final Set<String> ORGANIZATION_PREFIXES = words("jaysh", "jaish", "jeish", "liwa", "liwaa", "kataib",
            "kata'ib", "katibat", "faylaq", "failaq", "jabhat", "harakat", "hizb", "jund", "saraya", "asaib",
            "asa'ib", "ahrar", "firqat", "tajamu", "tajammu");

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
    static final Set<String> PEOPLE = words("officer", "policeman", "man", "men", "woman", "women",
            "citizen", "citizens", "civilian", "civilians", "national", "nationals", "journalist", "journalists",
            "student", "students", "tourist", "tourists", "businessman", "gunman", "people", "child", "children",
            "worker", "workers", "refugee", "refugees", "expert", "experts", "analyst", "analysts", "writer",
            "hacker", "hackers", "volunteers", "mercenaries", "fans", "voters", "opposition", "dissident",
            "dissidents", "activist", "activists", "family", "families", "media", "press", "newspaper", "agency",
            "militants", "militant", "jihadists", "jihadist", "insurgents", "extremists", "rebels", "rebel",
            "separatists", "militias", "militia", "gunmen", "terrorists", "islamists", "tribes", "tribesmen",
            "militiamen", "kurds", "arabs", "turkmen", "shiites", "sunnis", "christians", "muslims", "alawites");

    /**
     * Words that make up the generic name of a state body ("Air Force", "National Guard", "Foreign Ministry"): a
     * name of these words alone names no actor until a state is put before it ("the Syrian Air Force").
     */
    /**
     * Acronyms of weapons, things and conditions, which the name finder may tag as organizations: "destroyed a VBIED"
     * attacks no one named VBIED.
     */
    static final Set<String> THING_ACRONYMS = words("ied", "ieds", "vbied", "vbieds", "svbied", "svbieds", "rpg",
            "rpgs", "uav", "uavs", "manpads", "atgm", "atgms", "mlrs", "apc", "apcs", "ifv", "ifvs", "sam", "sams",
            "icbm", "icbms", "slbm", "wmd", "wmds", "gps", "gdp", "ceo", "fgm", "hiv", "aids", "covid", "covid-19",
            "sars", "lng", "oil", "ak-47", "tnt", "dna");

    static final Set<String> BODY_WORDS = words("air", "force", "forces", "navy", "naval", "army", "armed",
            "national", "guard", "guards", "coast", "border", "ground", "aerospace", "marine", "marines", "corps",
            "ministry", "foreign", "defence", "defense", "interior", "external", "affairs", "special", "military",
            "intelligence", "service", "services", "security", "police", "gendarmerie", "general", "staff", "office",
            "department", "of", "the", "and", "for", "operations", "strategic", "rocket", "missile", "self-defense",
            "self-defence", "presidential", "republican", "command", "headquarters", "government", "cabinet");

    /** Head nouns of groups of fighters that "X-backed" or "pro-X" may describe ("Iranian-backed militias"). */
    static final Set<String> GROUP_HEADS = words("militias", "militia", "fighters", "forces", "groups", "group",
            "gunmen", "proxies", "proxy", "paramilitaries", "paramilitary", "factions", "faction", "units", "troops",
            "militiamen", "battalions", "brigades", "mercenaries");

    /** Head nouns of non-state groups of a nation ("Palestinian groups"), which are not its state. */
    static final Set<String> NATION_GROUPS = words("groups", "group", "factions", "faction", "organizations",
            "organisations", "parties", "movements", "movement", "clans", "tribes", "militias", "militia", "gunmen");

    /**
     * Last words of names of places and facilities ("Tiyas Military Airbase", "Antonov Airport"): a name ending in one
     * is a place, whatever the name finder typed it.
     */
    static final Set<String> FACILITY_WORDS = words("airbase", "airport", "airfield", "base", "village", "town",
            "city", "mosque", "hospital", "school", "university", "district", "neighborhood", "neighbourhood", "camp",
            "crossing", "dam", "bridge", "square", "street", "road", "highway", "museum", "memorial", "stadium",
            "station", "port", "harbour", "harbor", "prison", "palace", "plant", "refinery", "field", "fields",
            "mountain", "mountains", "hill", "hills", "valley", "river", "lake", "island", "islands", "province",
            "governorate", "oblast", "region", "canton", "plain", "plains", "desert", "oasis", "countryside");

    /** First words of Levantine place names ("Tal Abyad", "Kafr Nabl", "Deir Hafer"). */
    static final Set<String> PLACE_PREFIXES = words("tal", "tell", "tel", "kafr", "kfar", "deir", "dayr",
            "ain", "ayn", "ein", "jabal", "jebel", "wadi", "khirbet", "khirbat", "beit", "bayt", "bir", "ras", "qasr",
            "jisr", "maarat", "ma'arat", "qalaat", "qal'at", "hosh", "tall", "marj", "sahl", "nahr");

    /** Words that alone are not a place name, only part of one ("Northern Syria", "Western Europe"). */
    static final Set<String> DIRECTIONS = words("northern", "southern", "eastern", "western", "central", "north",
            "south", "east", "west", "upper", "lower", "greater", "northeastern", "northwestern", "southeastern",
            "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "middle", "inner",
            "outer", "far");

    /** Prepositions after which a capital is the city, not its state ("a bombing in Damascus"). */
    static final Set<String> LOCATIVE = words("in", "near", "outside", "around", "into", "toward", "towards",
            "across", "at", "inside", "through", "throughout", "within", "via", "beyond", "to", "from", "nearby");

    /** Nouns of people and bodies who act for a state from its capital: "the regime in Damascus", "rulers in Kabul". */
    static final Set<String> PEOPLE_IN_POWER = words("rulers", "leaders", "regime", "government", "authorities",
            "officials", "ministry", "leadership", "generals", "commanders", "planners", "policymakers", "hardliners");

    /** Nouns before "to"/"from" + capital that keep the state reading ("support to Damascus", "pressure from Moscow"). */
    static final Set<String> STATE_RECIPIENT = words("support", "aid", "assistance", "help", "backing", "loyalty",
            "allegiance", "loyal", "weapons", "arms", "message", "messages", "warning", "warnings", "letter", "appeal",
            "call", "calls", "offer", "request", "pressure", "threat", "threats", "criticism", "opposition",
            "response", "reply", "signal", "signals", "concessions", "ultimatum", "demands", "demand", "ties", "links",
            "relations", "close", "closer", "closest", "allied", "ally", "sold", "sell", "sells", "selling",
            "supplied", "supply", "supplies", "deliveries", "handed", "belong", "belongs", "answer", "answers",
            "sanctions", "report", "reports", "reported", "objections", "proposal", "proposals", "note");

    /** Words before "of" + capital that make it the city ("the outskirts of Kyiv", "the siege of Damascus"). */
    static final Set<String> CITY_PARTS = words("outskirts", "suburbs", "suburb", "centre", "center", "heart", "streets",
            "edge", "gates", "south", "north", "east", "west", "southwest", "southeast", "northwest", "northeast",
            "south-west", "south-east", "north-west", "north-east", "countryside", "parts", "districts", "district",
            "neighbourhoods", "neighborhoods", "residents", "people", "citizens", "city", "mayor", "siege", "battle",
            "fall", "streets", "skies", "sky", "airport", "outside", "west", "capture", "encirclement", "defence",
            "defense", "bombing", "shelling", "bombardment", "liberation", "map", "environs", "vicinity", "direction",
            "approaches", "inhabitants", "population", "area", "areas", "region", "road", "roads");

    /** Nouns of attacks and advances: "strikes on Damascus", "the assault on Kyiv" make the capital the city. */
    static final Set<String> ATTACK_NOUNS = words("strike", "strikes", "airstrike", "airstrikes", "air-strike",
            "air-strikes", "attack", "attacks", "raid", "raids", "bombing", "bombings", "shelling", "assault",
            "assaults", "offensive", "advance", "march", "push", "drive", "missile", "missiles", "rocket", "rockets",
            "drone", "drones", "bombardment", "barrage", "shells", "fire", "onslaught", "attacks", "thrust");

    /** Verbs whose object is a place: "Israeli jets struck Damascus", "he arrived in" and "visited Moscow" name the city. */
    static final Set<String> PLACE_VERBS = words("struck", "strike", "strikes", "striking", "hit", "hits", "hitting",
            "bombed", "bomb", "bombs", "bombing", "shelled", "shell", "shelling", "pounded", "pounding", "bombarded",
            "bombarding", "stormed", "besieged", "besieging", "captured", "capture", "seized", "seize", "entered",
            "enter", "encircled", "encircle", "surrounded", "surround", "targeted", "targeting", "target", "raided",
            "attacked", "attacking", "attack", "reached", "reach", "approached", "fled", "evacuated", "liberated",
            "recaptured", "took", "take", "visited", "visit", "visiting", "arrived", "left", "leave",
            "leaving", "rocked", "shook", "rattled");

    /** Nouns after a capital that make it the city: "Damascus airport", "Kyiv residents". */
    static final Set<String> CITY_HEADS = words("airport", "airbase", "airfield", "residents", "resident",
            "inhabitants", "shopkeepers", "merchants", "traders", "people", "citizens", "civilians", "suburbs", "suburb",
            "countryside", "province", "governorate", "region", "oblast", "city", "streets", "street", "university",
            "hospital", "hospitals", "school", "schools", "mosque", "district", "districts", "neighbourhood",
            "neighbourhoods", "neighborhood", "neighborhoods", "area", "areas", "centre", "center", "outskirts",
            "skyline", "mayor", "municipality", "station", "metro", "subway", "international", "highway", "road",
            "old", "downtown", "council", "police", "families", "children", "women", "men", "population", "hotel",
            "offensive", "battle", "siege", "campaign", "front", "blockade", "encirclement",
            "square", "market", "markets", "bazaar", "stadium", "port", "harbour", "harbor", "oblast", "zoo");

    /** Nouns after "town of", "city of" and the like that introduce a place name. */
    static final Set<String> PLACE_NOUNS = words("town", "city", "village", "province", "provinces", "region", "district", "districts", "area", "suburb", "suburbs", "neighbourhood", "neighborhood", "governorate", "port", "capital", "enclave", "stronghold", "bastion", "outskirts", "base", "airbase", "border");

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
