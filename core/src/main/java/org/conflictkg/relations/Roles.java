package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conflictkg.nlp.Sentence;

/**
 * The parties of a predicate read from a dependency tree (labels in the style of Stanford dependencies, as NLP4J
 * writes them): logical subjects and objects of verbs through passives, relative and participial clauses,
 * coordinated verbs and control; the doers of event nouns; what agent nouns name. Returns token indices, the
 * heads of the phrases; {@link Parties} maps them to actor mentions.
 */
final class Roles {
    static final Set<String> SUBJECTS = Set.of("nsubj", "csubj");
    private static final Set<String> RELATIVE = Set.of("which", "who", "that", "whom");
    private static final Set<String> NOMINAL_MODIFIERS = Set.of("poss", "compound", "nmod", "amod");
    private static final int DEPTH = 8;

    private final Sentence s;
    private final Cues cues;
    private final EventDoers doers;
    private final CoAgents coAgents;
    private final AgentNouns agentNouns;

    Roles(Sentence s, Cues cues) {
        this.s = s;
        this.cues = cues;
        this.doers = new EventDoers(s, cues, this);
        this.coAgents = new CoAgents(s, cues);
        this.agentNouns = new AgentNouns(s, this);
    }

    /** True when the verb at {@code v} is passive: "was shelled", "rebels backed by Turkey". */
    boolean passive(int v) {
        for (int c : s.children(v)) {
            String d = s.dep(c);
            if (d.equals("auxpass") || d.equals("nsubjpass") || d.equals("agent")) {
                return true;
            }
        }
        String d = s.dep(v);
        return s.token(v).tag().equals("VBN") && (d.equals("acl") || d.equals("advcl") || d.equals("amod"))
                && s.children(v, "aux").isEmpty();
    }

    /** The logical subject of the verb at {@code v}: who does what it says. */
    List<Integer> subjects(int v) {
        return subjects(v, 0);
    }

    private List<Integer> subjects(int v, int depth) {
        if (depth > DEPTH) {
            return List.of();
        }
        if (passive(v)) {
            return byPhrase(v);
        }
        List<Integer> direct = new ArrayList<>();
        for (int c : s.children(v)) {
            if (SUBJECTS.contains(s.dep(c)) && !misplacedApposition(c)) {
                direct.add(relative(c));
            }
        }
        if (direct.isEmpty()) {
            // "The United States is once again sending aid": the parser may hang the subject from the auxiliary
            for (int a : s.children(v, "aux")) {
                for (int c : s.children(a)) {
                    if (SUBJECTS.contains(s.dep(c))) {
                        direct.add(relative(c));
                    }
                }
            }
        }
        if (!direct.isEmpty()) {
            direct.addAll(coAgents.of(v, direct)); // "Turkey, together with Russia, struck the YPG"
            return direct;
        }
        int h = s.head(v);
        if (h < 0) {
            return List.of();
        }
        return switch (s.dep(v)) {
            // "Russia struck Idlib and shelled Hama": the second verb shares the subject
            // "He was speaking as Jones, the CBI head, warned": a verb joined with no "and", "but" or "or" is mostly a
            // misparsed clause of its own, whose subject the parser hung elsewhere
            case "conj" -> !s.token(h).isVerb() || !coordinatedByWord(h, v) ? List.of()
                    // "Turkey was criticized ... but upped its involvement": the surface subject is shared
                    : passive(h) && !s.children(h, "nsubjpass").isEmpty() ? List.of(relative(s.children(h, "nsubjpass").get(0)))
                    : subjects(h, depth + 1);
            // "Turkey vowed to strike", "Moscow urged Damascus to negotiate"
            case "xcomp" -> controller(h, depth);
            // "militants attacking the town": the noun does it; "an invitation to meet": who accepts it
            case "acl" -> isInfinitive(v) ? nounController(h, depth) : List.of(h);
            // "Speaking after talks, the minister condemned ...": the main clause's subject
            // but not the speaker of "Riedel added: '... martyrs arriving to fight Assad'", where the parser hung
            // what was said from the speech verb ("he said, noting that ..." is still the speaker's)
            // "supported the Kurds to fight IS", "trained rebels to fight": an infinitive after the object of a verb
            // of object control is the object's, however the parser hung it
            case "advcl" -> isInfinitive(v) && v > h && cues.is(s.token(h).lemma(), Cues.Effect.OBJCONTROL)
                    && !s.children(h, "dobj").isEmpty() && s.children(h, "dobj").get(0) < v ? s.children(h, "dobj")
                    : (s.token(v).tag().equals("VBG") || !s.children(v, "aux").isEmpty())
                    && !(v > h && isSpeech(h) && !isSpeech(v)) ? clauseController(h, depth) : List.of();
            // "accused Russia of bombing": the object of the governor does it
            case "pcomp" -> prepositionalComplement(h, depth);
            // a relative clause without a subject of its own: its noun ("ministers meeting in Brussels used")
            case "relcl" -> s.token(h).isNoun() ? List.of(h) : List.of();
            default -> List.of();
        };
    }

    /**
     * Who does what an adverbial clause of the verb at {@code h} says: its surface subject, which for a passive is
     * the one it was done to ("Khan, arrested by the police while leaving to join ISIS": Khan leaves, not the police).
     */
    private List<Integer> clauseController(int h, int depth) {
        if (passive(h) && s.token(h).isVerb()) {
            return objects(h, depth + 1);
        }
        return subjects(h, depth + 1);
    }

    private boolean isSpeech(int v) {
        String lemma = s.token(v).lemma();
        return s.token(v).isVerb() && (cues.is(lemma, Cues.Effect.SPEECH) || cues.is(lemma, Cues.Effect.CLAIM));
    }

    private boolean isInfinitive(int v) {
        for (int c : s.children(v, "aux")) {
            if (s.token(c).lemma().equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who does what a noun's infinitive says: "Russia's decision to strike", "the Russian campaign to retake",
     * "accepted an invitation to meet", "leads efforts in the campaign to defeat" (the noun's own doer, or the doer
     * of the noun or verb it depends on). Who judges a plan does not carry it out: "condemned the plan to annex".
     */
    private List<Integer> nounController(int noun, int depth) {
        List<Integer> poss = s.children(noun, "poss");
        if (!poss.isEmpty() || depth > DEPTH) {
            return poss;
        }
        List<Integer> out = new ArrayList<>(byPhrase(noun));
        for (int c : s.children(noun)) {
            if (NOMINAL_MODIFIERS.contains(s.dep(c))) {
                out.add(c); // candidates: the caller keeps those that name actors
            }
        }
        int g = s.head(noun);
        if (g >= 0 && s.dep(noun).equals("appos") && s.token(g).isNoun()) {
            out.add(g); // "Operation Inherent Resolve, the operation to eliminate ISIL": what the noun renames
        } else if (g >= 0 && s.token(g).isVerb() && s.dep(noun).equals("dobj") && !cues.is(s.token(g).lemma(), Cues.Effect.JUDGMENT)) {
            out.addAll(subjects(g, depth + 1));
        } else if (g >= 0 && s.dep(noun).equals("pobj") && s.head(g) >= 0) {
            int above = s.head(g);
            if (s.token(above).isVerb() && !cues.is(s.token(above).lemma(), Cues.Effect.JUDGMENT)) {
                out.addAll(subjects(above, depth + 1)); // "advanced in an attempt to capture"
            } else if (s.token(above).isNoun() && s.token(g).lemma().equals("in")) {
                out.addAll(nounController(above, depth + 1)); // "efforts in the campaign to defeat"
            }
        }
        return out;
    }

    /** "accused Russia of bombing": of → accused; its object, or its subject when it has none. */
    private List<Integer> prepositionalComplement(int prep, int depth) {
        int g = s.head(prep);
        if (g < 0) {
            return List.of();
        }
        if (s.token(g).isNoun() && s.dep(g).equals("dobj")) {
            return List.of(g); // "accused the army of shelling": "of" hangs from the object
        }
        if (isPredicateAdjective(g)) {
            return subjects(s.head(g), depth + 1); // "Russia is close to joining forces"
        }
        if (!s.token(g).isVerb()) {
            return List.of();
        }
        if (s.token(prep).lemma().equals("in") && !s.children(g, "dobj").isEmpty()
                && (cues.is(s.token(g).lemma(), Cues.Effect.OBJCONTROL) || cues.is(s.token(g).lemma(), Cues.Effect.ASSISTANCE))) {
            return s.children(g, "dobj"); // "support the Government of Iraq in defeating ISIL": the one helped does it
        }
        if (Set.of("by", "through", "while", "after", "before", "in", "on").contains(s.token(prep).lemma())) {
            return subjects(g, depth + 1); // "upped its involvement by offering": the means of the subject
        }
        // "accused Russia of bombing", "Turkey was criticized for not playing": the verb's logical object
        List<Integer> objects = objects(g, depth + 1);
        return objects.isEmpty() ? subjects(g, depth + 1) : objects;
    }

    /** The subject of a verb's infinitive complement: its object for "urge X to", else its own subject. */
    private List<Integer> controller(int governor, int depth) {
        String lemma = s.token(governor).lemma();
        if (cues.is(lemma, Cues.Effect.OBJCONTROL)) {
            List<Integer> objects = s.children(governor, "dobj");
            if (!objects.isEmpty()) {
                return objects;
            }
            for (int p : s.children(governor, "prep")) {
                String pl = s.token(p).lemma();
                if (pl.equals("on") || pl.equals("upon")) {
                    return s.children(p, "pobj"); // "called on Russia to strike"
                }
            }
        }
        if (isPredicateAdjective(governor)) {
            return subjects(s.head(governor), depth + 1); // "the YPG was able to capture"
        }
        if (passive(governor)) {
            List<Integer> raised = s.children(governor, "nsubjpass");
            if (!raised.isEmpty()) {
                return List.of(relative(raised.get(0))); // "Russia is expected to strike Idlib"
            }
        }
        if (!s.token(governor).isVerb()) {
            return List.of();
        }
        return subjects(governor, depth + 1);
    }

    /** An adjective after "is": "able", "close", "ready". */
    boolean isPredicateAdjective(int t) {
        return s.token(t).tag().startsWith("JJ") && s.dep(t).equals("acomp") && s.head(t) >= 0;
    }

    /** The logical object of the verb at {@code v}: who or what it is done to. */
    List<Integer> objects(int v) {
        return objects(v, 0);
    }

    private List<Integer> objects(int v, int depth) {
        if (depth > DEPTH) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        if (passive(v)) {
            for (int c : s.children(v, "nsubjpass")) {
                out.add(relative(c));
            }
            if (out.isEmpty()) {
                String d = s.dep(v);
                int h = s.head(v);
                if (h >= 0 && (d.equals("acl") || d.equals("amod"))) {
                    out.add(h); // "rebels backed by Turkey"
                } else if (h >= 0 && d.equals("advcl")) {
                    out.addAll(subjects(h, depth + 1)); // "Backed by Russia, Syrian troops retook Palmyra"
                } else if (h >= 0 && d.equals("conj") && s.token(h).isVerb()) {
                    out.addAll(objects(h, depth + 1));
                }
            }
            return out;
        }
        for (int c : s.children(v, "dobj")) {
            out.add(relative(c));
        }
        return out;
    }

    /** The tokens an object slot of a frame takes at trigger {@code t}: its objects, or where its path leads. */
    List<Integer> objectTokens(Slot alt, int t) {
        return switch (alt.role()) {
            case OBJ -> objects(t);
            case PATH -> alt.walk(s, t);
            default -> List.of();
        };
    }

    /** The object of the "by" phrase of a passive verb or an event noun. */
    List<Integer> byPhrase(int t) {
        List<Integer> out = new ArrayList<>(1);
        for (int c : s.children(t)) {
            String d = s.dep(c);
            if ((d.equals("agent") || d.equals("prep") && s.token(c).lemma().equals("by"))) {
                out.addAll(s.children(c, "pobj"));
            }
        }
        return out;
    }

    /**
     * Whether the verb {@code v} is joined to the verb {@code h} with a coordinating word ("and", "but", "or", also
     * "as well as") on either of them or on a verb coordinated between them, or by a semicolon, as a list of acts
     * does ("five strikes engaged four units; destroyed three buildings").
     */
    private boolean coordinatedByWord(int h, int v) {
        int before = s.subtreeStart(v) - 1;
        if (!s.children(h, "cc").isEmpty() || !s.children(v, "cc").isEmpty()
                || before >= 0 && s.token(before).text().equals(";")) {
            return true;
        }
        for (int c : s.children(h, "conj")) {
            if (c < v && !s.children(c, "cc").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Those who act with the subject of the verb at {@code v} (see {@link CoAgents}): "Turkey, together with Russia,
     * struck".
     */
    List<Integer> coAgents(int v) {
        return coAgents.of(v);
    }

    /** The actor the agent noun at {@code n} names (see {@link AgentNouns}): "Russia, a key backer of Assad". */
    List<Integer> selves(int n) {
        return agentNouns.selves(n);
    }

    /** Whose the agent noun at {@code n} is (see {@link AgentNouns}): "Assad's ally", "an ally of Assad". */
    List<Integer> owners(int n) {
        return agentNouns.owners(n);
    }

    /**
     * The doers of the event noun at {@code n} (see {@link EventDoers}).
     *
     * @param attack true for attack nouns
     */
    List<Integer> agents(int n, boolean attack) {
        return doers.of(n, attack);
    }

    /**
     * A second subject of a verb that follows an apposition of the first after a comma: "Gen. John Smith, commander,
     * U.S. Africa Command met ...", which the parser reads as two subjects; the body belongs to the apposition.
     */
    boolean misplacedApposition(int c) {
        int v = s.head(c);
        int before = s.subtreeStart(c) - 1;
        if (v < 0 || !SUBJECTS.contains(s.dep(c)) || before < 0 || !s.token(before).text().equals(",")) {
            return false;
        }
        for (int first : s.children(v)) {
            if (first < c && SUBJECTS.contains(s.dep(first))) {
                for (int a : s.children(first, "appos")) {
                    if (first < a && a < c) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A relative pronoun stands for the noun its clause modifies: "Iran, which backs Hezbollah". */
    int relative(int t) {
        if (RELATIVE.contains(s.token(t).lemma()) && s.token(t).tag().startsWith("W")) {
            for (int k : s.ancestors(t)) {
                if (s.dep(k).equals("relcl") && s.head(k) >= 0) {
                    return s.head(k);
                }
            }
        }
        return t;
    }

    /**
     * True when a "not", a "rather than" or an "instead of" stands between a phrase and a member coordinated after
     * it: "captured ten towns, but not Dujail", "hit the opposition rather than the Islamic State".
     */
    private boolean negatedBetween(int first, int member) {
        for (int k = first + 1; k < member; k++) {
            if (cues.is(s.token(k).lemma(), Cues.Effect.NEGATION) && !s.token(k).isVerb()) {
                return true;
            }
            String next = k + 1 < member ? s.token(k + 1).lemma() : "";
            String w = s.token(k).lemma();
            if (w.equals("rather") && next.equals("than") || w.equals("instead") && next.equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** The token and the tokens coordinated with it: "Russia and Iran", "Egypt, Jordan and Saudi Arabia". */
    List<Integer> coordinated(int t) {
        List<Integer> out = new ArrayList<>(2);
        out.add(t);
        for (int i = 0; i < out.size() && out.size() < 12; i++) {
            for (int c : s.children(out.get(i), "conj")) {
                if (!negatedBetween(t, c)) {
                    out.add(c); // not "captured ten towns, but not Dujail or Balad"
                }
            }
        }
        return out;
    }
}
