package org.conflictkg.relations;

import java.util.Set;

/** Words that change what a clause claims: negation, condition, request, prediction, accident, evaluation. */
final class Cues {
    private Cues() {}

    static final Set<String> NEGATION = words("not", "n't", "never", "no", "neither", "nor", "refused", "refuse", "refuses", "refusing", "declined", "decline", "declines", "denied", "deny", "denies", "denying", "without", "failed", "fails", "rejected", "ruled");

    static final Set<String> CONDITION = words("if", "unless", "provided", "whether");

    static final Set<String> REQUEST = words("urged", "urge", "urges", "urging", "asked", "ask", "asks", "asking", "requested", "request", "requests", "requesting", "proposed", "propose", "proposes", "proposal", "demanded", "demand", "demands", "appealed", "appeal", "invited", "invite", "let's", "suggested", "suggest", "pressed", "pressing", "encouraged");

    static final Set<String> PREDICTION = words("will", "would", "could", "may", "might", "shall", "should", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "aim", "aims", "aimed", "want", "wants", "wanted", "wanting", "close", "expected", "expect", "expects", "likely", "ready", "prepared", "set", "going", "seek", "seeks", "seeking", "sought", "hope", "hopes", "hoped", "hoping", "threaten", "threatens", "threatened", "threatening", "try", "tries", "tried", "trying", "agreed", "agree", "agrees", "vowed", "vow", "vows", "pledged", "pledge", "promised", "promise", "considering", "consider", "considers", "mulling", "preparing", "prepare", "attempt", "attempted", "attempting", "able", "potential", "possible", "willing", "eager");

    static final Set<String> ACCIDENT = words("accidentally", "accidental", "mistakenly", "inadvertently", "unintentionally", "mistake", "accident", "error", "friendly-fire", "erroneously");

    /** Verbs after which "on"/"to" + actor + "to V" is a request: "called on Russia to carry out". */
    static final Set<String> REQUEST_VERBS_WITH_PREPOSITION = words("call", "called", "calls", "calling", "appeal", "appealed", "appeals");

    /** Words of a quoted or reported judgment that make it a criticism of the one it is about. */
    static final Set<String> NEGATIVE = words("dangerous", "difficult", "unfortunate", "concern", "concerns", "concerned", "worrying", "worried", "alarming", "alarmed", "escalation", "escalating", "escalate", "provocative", "provocation", "aggression", "aggressive", "unacceptable", "reckless", "irresponsible", "destabilizing", "destabilising", "violation", "violations", "illegal", "deplorable", "regrettable", "unhelpful", "hostile", "outrageous", "barbaric", "shameful", "disgraceful", "appalling");

    static final Set<String> CLAUSE_BREAK = words(";", ":", "while", "whereas", "but", "although", "though", "because", "unless", "when", "after", "before", "since", "until", "--", "(", ")", "whether");

    static final Set<String> BE = words("be", "is", "are", "was", "were", "been", "being", "'s", "’s", "got", "get", "gets", "getting", "become", "became");

    /** A word list; repeats are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
