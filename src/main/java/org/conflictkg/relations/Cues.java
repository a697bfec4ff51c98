package org.conflictkg.relations;

import java.util.Set;

/** Words that change what a clause claims: negation, condition, request, prediction, accident, evaluation. */
final class Cues {
    private Cues() {}

    static final Set<String> NEGATION = words("not", "n't", "never", "no", "neither", "nor", "refused", "refuse", "refuses", "refusing", "declined", "decline", "declines", "denied", "deny", "denies", "denying", "without", "failed", "fails", "rejected", "ruled");

    static final Set<String> CONDITION = words("if", "unless", "provided", "whether");

    static final Set<String> REQUEST = words("urged", "urge", "urges", "urging", "asked", "ask", "asks", "asking", "requested", "request", "requests", "requesting", "proposed", "propose", "proposes", "proposal", "demanded", "demand", "demands", "appealed", "appeal", "invited", "invite", "let's", "suggested", "suggest", "pressed", "pressing", "encouraged");

    static final Set<String> PREDICTION = words("will", "would", "could", "may", "might", "shall", "should", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "aim", "aims", "aimed", "want", "wants", "wanted", "wanting", "close", "expected", "expect", "expects", "likely", "ready", "prepared", "set", "going", "seek", "seeks", "seeking", "sought", "hope", "hopes", "hoped", "hoping", "threaten", "threatens", "threatened", "threatening", "try", "tries", "tried", "trying", "agreed", "agree", "agrees", "vowed", "vow", "vows", "pledged", "pledge", "promised", "promise", "considering", "consider", "considers", "mulling", "preparing", "prepare", "attempt", "attempted", "attempting", "potential", "possible", "willing", "eager");

    static final Set<String> ACCIDENT = words("accidentally", "accidental", "mistakenly", "inadvertently", "unintentionally", "mistake", "accident", "error", "friendly-fire", "erroneously");

    /** Verbs after which "on"/"to" + actor + "to V" is a request: "called on Russia to carry out". */
    static final Set<String> REQUEST_VERBS_WITH_PREPOSITION = words("call", "called", "calls", "calling", "appeal", "appealed", "appeals");

    /** Words of a quoted or reported judgment that make it a criticism of the one it is about. */
    static final Set<String> NEGATIVE = words("dangerous", "difficult", "unfortunate", "concern", "concerns", "concerned", "worrying", "worried", "alarming", "alarmed", "escalation", "escalating", "escalate", "provocative", "provocation", "aggression", "aggressive", "unacceptable", "reckless", "irresponsible", "destabilizing", "destabilising", "violation", "violations", "illegal", "deplorable", "regrettable", "unhelpful", "hostile", "outrageous", "barbaric", "shameful", "disgraceful", "appalling");

    static final Set<String> CLAUSE_BREAK = words(";", ":", "while", "whereas", "but", "although", "though", "because", "unless", "when", "after", "before", "since", "until", "--", "(", ")", "whether");

    static final Set<String> BE = words("be", "is", "are", "was", "were", "been", "being", "'s", "’s", "got", "get", "gets", "getting", "become", "became");

    /** Words that make what follows an accusation the source reports, not a fact it states. */
    static final Set<String> ALLEGATION = words("accused", "accuse", "accuses", "accusing", "accusation", "accusations", "alleged", "allegedly", "allegation", "allegations", "suspected", "purported", "purportedly", "reportedly", "blamed", "blame", "blames", "blaming");

    /** Verbs of stopping an action before it happened: "thwarted an attack by X" (X did not attack). */
    static final Set<String> PREVENTION = words("thwarted", "thwart", "thwarts", "thwarting", "foiled", "foil", "foils", "foiling", "prevented", "prevent", "prevents", "preventing", "averted", "avert", "averts", "obstructed", "obstruct", "obstructs", "intercepted", "intercept", "intercepts", "stopped", "halted");

    /** Nouns of intent that make the action after them planned, not done: "in an attempt to encircle". */
    static final Set<String> INTENT_NOUNS = words("attempt", "attempts", "bid", "effort", "efforts", "plan", "plans", "preparation", "preparations", "intention", "aim", "goal", "threat", "threats");

    /** Adjectives that make the state after them a region: "the southern Ukraine offensive" happened there. */
    static final Set<String> REGION_ADJECTIVES = words("northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west", "rural", "coastal");

    /** Speech verbs whose content the source presents as someone's claim, not as fact. */
    static final Set<String> CLAIM = words("claimed", "claims", "claim", "claiming", "alleged", "alleges", "allege", "alleging", "insisted", "insists");

    /** Nouns of reporting: "reports of bombardment", "footage of strikes" (the reporter did not strike). */
    static final Set<String> REPORT_NOUNS = words("reports", "report", "accounts", "account", "footage", "images", "pictures", "video", "videos", "evidence", "news", "allegations", "allegation", "claims", "claim", "investigation", "investigations", "inquiry", "probe", "documentation", "testimony", "statement", "statements", "warnings", "condemnation");

    /** Verbs whose subject suffers the event noun after them: "died in an air strike". */
    static final Set<String> DYING = words("died", "die", "dies", "perished", "perish");

    /** Verbs of denial that make the clause after them negated: "denied Ukraine was targeting him". */
    static final Set<String> DENIAL = words("denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed");

    /** Words before "strikes" or "attacks" that make them nouns, whatever the tagger says: "the air strikes by". */
    static final Set<String> ATTACK_NOUN_MODIFIERS = words("air", "missile", "drone", "rocket", "artillery", "mortar", "naval", "aerial", "suicide", "bomb", "car", "chemical", "gas", "cross-border", "retaliatory", "surgical");

    /** Prepositions that put a place near the target rather than make it the target: "an airport outside Homs". */
    static final Set<String> VICINITY = words("outside", "near", "around", "off", "beyond");

    /** Units of "20 km from Aleppo". */
    static final Set<String> DISTANCE_UNITS = words("km", "kilometres", "kilometers", "miles");

    /** Compass words that, before "of", make the place after them a landmark: "villages east of Raqqa". */
    static final Set<String> DIRECTION = words("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "outskirts", "edge", "edges", "vicinity", "kilometres", "kilometers", "km", "miles");

    /** Nouns for where a strike landed that do not take the place from the place after them: "positions near Aleppo". */
    static final Set<String> AREA = words("targets", "target", "positions", "position", "areas", "area", "parts", "part", "districts", "district", "neighbourhoods", "neighborhoods", "neighbourhood", "neighborhood", "suburbs", "suburb", "countryside", "outskirts", "region", "regions", "zone", "zones", "fronts", "front", "lines", "line", "strongholds", "stronghold", "bases", "hideouts", "sites", "facilities", "villages", "towns", "locations", "points", "time", "day", "night", "week", "weekend", "morning", "evening", "overnight", "hours", "days", "weeks", "months", "raids", "strikes", "airstrikes", "attacks", "shelling", "bombing", "bombardment", "fighting", "clashes", "militants", "fighters", "forces", "troops", "rebels", "jets", "warplanes", "aircraft");

    /** A word list; repeats are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
