package org.conflictkg.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictkg.actors.Actor;
import org.conflictkg.actors.ActorType;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.conflictkg.relations.RelationLexicon.Entry;
import org.conflictkg.relations.RelationLexicon.Kind;

/**
 * Reads assertions with patterns over tagged tokens whose actors are recognized: a relation word from
 * the lexicon (verb, action noun, agent noun, "done together" noun) and the actor mentions that stand in its
 * subject and object positions — with passives, coordination, appositions, relative and purpose clauses,
 * "X-backed Y" compounds, titles, reported speech and the modality cues of the clause.
 */
final class PatternExtractor implements AssertionExtractor {
    private static final Set<String> FORCE_WORDS = Set.of("warplanes", "jets", "planes", "aircraft", "bombers",
            "troops", "forces", "fighters", "helicopters", "drones", "ships", "warships", "artillery", "army", "military");

    /** Verbs whose subject reports, judges or watches an action named by their object, and does not do it. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "condemn", "denounce", "criticize",
            "criticise", "deplore", "accuse", "blame", "warn", "describe", "document", "monitor",
            "welcome", "note", "call", "investigate", "decry", "protest", "announce", "claim", "cite", "count",
            "record", "track", "verify", "mourn", "fear", "urge", "demand", "halt", "stop", "end", "suspend",
            "thwart", "foil", "prevent", "avert", "obstruct", "intercept", "repel", "repulse", "allege",
            "probe", "deny", "reject", "slam");

    /** Heads after a possessor that stand for the possessor itself: "Syria's government", "Russia's air force". */
    private static final Set<String> OWN_HEADS = Set.of("government", "regime", "administration", "authorities",
            "leadership", "military", "navy", "air", "force", "forces", "army", "ministry", "cabinet", "state", "side",
            "units", "unit", "militia", "militias", "fighters", "men", "soldiers");

    /** Speech verbs that report facts rather than judge them: their content is never a criticism. */
    private static final Set<String> FACTUAL_SPEECH = Set.of("claim", "report", "announce", "confirm", "add", "insist");

    private final RelationLexicon lexicon;

    /** The first lemma candidate that is in the reporting list, or the word itself. */
    private static String lemmaOf(Token tok) {
        for (String l : RelationLexicon.lemmas(tok.text())) {
            if (REPORTING.contains(l)) {
                return l;
            }
        }
        return tok.text().toLowerCase(Locale.ROOT);
    }

    PatternExtractor(RelationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Assertion> extract(String documentId, List<Sentence> sentences, List<List<Mention>> mentions) {
        Map<String, Assertion> unique = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Clause c = new Clause(documentId, sentences.get(i), mentions.get(i));
            for (Assertion a : c.read()) {
                String key = a.evidence().sentence() + "|" + a.subject().actor().id() + "|" + a.relation() + "|"
                        + a.surface() + "|" + a.object().actor().id() + "|" + a.modality();
                unique.merge(key, a, (x, y) -> x.confidence() >= y.confidence() ? x : y);
            }
        }
        return List.copyOf(unique.values());
    }

    /** A match of a lexicon entry in a sentence. */
    private record Trigger(Entry entry, int first, int last, List<Entry> alternatives) {
        /** The prepositions the word takes, in lexicon order ("strike on", "strike against"). */
        List<String> prepositions() {
            return alternatives.stream().filter(e -> e.kind() == entry.kind() && e.relation() == entry.relation())
                    .map(Entry::preposition).distinct().toList();
        }
    }

    /** The reading of one sentence. */
    private final class Clause {
        final String doc;
        final Sentence s;
        final List<Mention> mentions;
        final Mention[] at;
        final List<Assertion> out = new ArrayList<>();
        final Evidence evidence;
        Mention speaker;
        int speechVerb = -1;

        Clause(String doc, Sentence s, List<Mention> mentions) {
            this.doc = doc;
            this.s = s;
            this.mentions = mentions;
            this.at = new Mention[s.size()];
            for (Mention m : mentions) {
                for (int t = m.first(); t < m.last(); t++) {
                    if (at[t] == null) {
                        at[t] = m;
                    }
                }
            }
            this.evidence = new Evidence(doc, s.index(), s.start(), s.end(), s.text());
        }

        List<Assertion> read() {
            List<Trigger> triggers = triggers();
            findSpeaker(triggers);
            titles();
            compounds();
            for (Trigger t : triggers) {
                switch (t.entry().kind()) {
                    case VERB -> verb(t);
                    case EVENT -> event(t);
                    case MUTUAL -> mutual(t);
                    case AGENT -> agentNoun(t);
                    case SPEECH -> evaluation(t);
                }
            }
            membership();
            return out;
        }

        // ---- triggers ---------------------------------------------------------------------------------------

        List<Trigger> triggers() {
            List<Trigger> found = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                Token tok = s.token(i);
                // the tagger reads "Iran backs Assad" as a plural noun now and then: a third-person -s word right
                // after an actor and before another phrase is the verb
                int prev = i - 1;
                while (prev > 0 && s.token(prev).tag().equals("``")) {
                    prev--;
                }
                boolean verb = tok.tag().startsWith("VB") || tok.tag().equals("NNS") && prev >= 0 && at[prev] != null
                        && at[prev].last() == prev + 1 && at[prev].actor().type().isAgent() && i + 1 < s.size()
                        && (at[i + 1] != null || Set.of("DT", "JJ", "NNP", "PRP$", "CD").contains(s.token(i + 1).tag()));
                boolean noun = tok.tag().startsWith("NN") || tok.tag().equals("JJ") && i + 1 < s.size() && s.token(i + 1).isNoun();
                if (!verb && tok.tag().equals("NN") && prev > 1 && at[prev] != null && at[prev].last() == prev + 1
                        && at[prev].first() > 1 && s.token(at[prev].first() - 1).text().equals("and")
                        && at[at[prev].first() - 2] != null && i + 1 < s.size() && s.token(i + 1).isNoun()) {
                    verb = true; // "Moscow and Tehran exchange capacities": a plural subject, then its verb
                    noun = false;
                }
                if (verb && (tok.tag().equals("VBZ") || tok.tag().equals("VBP")) && i > 0 && at[i - 1] == null
                        && Cues.ATTACK_NOUN_MODIFIERS.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))) {
                    verb = false; // "the air strikes by Russian forces": a noun the tagger took for a verb
                    noun = true;
                }
                if (verb && tok.tag().equals("VBG") && i > 0 && Set.of("DT", "PRP$", "JJ").contains(s.token(i - 1).tag())) {
                    verb = false; // "the fighting", "heavy shelling": nouns
                    noun = true;
                }
                if (!verb && !noun || at[i] != null) {
                    continue;
                }
                Trigger best = null;
                List<Entry> same = new ArrayList<>();
                for (String lemma : RelationLexicon.lemmas(tok.text())) {
                    for (Entry e : lexicon.startingWith(lemma)) {
                        boolean wantsVerb = e.kind() == Kind.VERB || e.kind() == Kind.SPEECH;
                        if (wantsVerb != verb) {
                            continue;
                        }
                        int end = matchRest(e, i);
                        if (end > 0 && (best == null || end - i > best.last() - best.first())) {
                            best = new Trigger(e, i, end, same);
                            same.clear();
                        }
                        if (end > 0 && best != null && end == best.last()) {
                            same.add(e);
                        }
                    }
                    if (best != null) {
                        break; // the most likely lemma that the lexicon knows
                    }
                }
                if (best != null) {
                    found.add(best);
                    i = best.last() - 1;
                }
            }
            return found;
        }

        /** Matches the words after the first; returns the end token, or -1. */
        int matchRest(Entry e, int i) {
            int j = i + 1;
            for (int w = 1; w < e.words().size(); w++) {
                // "joined forces", "shot it down": allow one word in between for particles
                if (j < s.size() && RelationLexicon.lemmas(s.token(j).text()).contains(e.words().get(w))) {
                    j++;
                } else if (j + 1 < s.size() && at[j] == null && !s.token(j).isNoun() && !s.token(j).tag().startsWith("JJ")
                        && RelationLexicon.lemmas(s.token(j + 1).text()).contains(e.words().get(w))
                        && e.words().get(w).length() <= 4) {
                    j += 2;
                } else {
                    return -1;
                }
            }
            return j;
        }

        // ---- verbs ------------------------------------------------------------------------------------------

        void verb(Trigger t) {
            Entry e = t.entry();
            if (e.kind() == Kind.SPEECH) {
                return;
            }
            boolean passive = isPassive(t);
            List<Mention> subject;
            List<Mention> object;
            if (passive) {
                subject = byPhrase(t.last());
                object = subjectOf(t.first());
            } else {
                subject = subjectOf(t.first());
                object = List.of();
                for (String prep : t.prepositions()) {
                    if (prep != null && object.isEmpty()) {
                        object = prepositionalObject(t.last(), prep);
                        if (!object.isEmpty()) {
                            e = t.alternatives().stream().filter(x -> prep.equals(x.preposition())).findFirst().orElse(e);
                        }
                    }
                }
                if (object.isEmpty()) {
                    object = directObject(t.last()); // "fight ISIS" as well as "fight against ISIS"
                    if (!object.isEmpty()) {
                        e = t.alternatives().stream().filter(x -> x.preposition() == null).findFirst().orElse(e);
                    }
                }
            }
            if (subject.isEmpty()) {
                return;
            }
            List<Mention> places = places(t.last());
            String surface = s.text(t.first(), t.last()) + (e.preposition() != null && !object.isEmpty() ? " " + e.preposition() : "");
            if (passive) {
                surface = s.text(t.first(), t.last()) + " by";
            }
            if (object.isEmpty() && e.relation() != null && e.relation().isSymmetric() && subject.size() > 1) {
                pairwise(subject, surface, e.relation(), t.first(), 0.7);
                return;
            }
            int next = t.last() < s.size() && s.token(t.last()).tag().equals("DT") ? t.last() + 1 : t.last();
            if (object.isEmpty() && !passive && e.relation() == Relation.ATTACKS && next < s.size() && at[next] != null
                    && at[next].first() == next && at[next].actor().is(ActorType.PLACE)
                    && at[next].kind() != Mention.Kind.TYPED) {
                object = group(at[next]); // "warplanes struck Idlib": the place itself
            }
            if (object.isEmpty() && e.relation() == Relation.ATTACKS && !places.isEmpty()
                    && !Set.of("kill", "shoot", "fight", "battle", "weaken", "destroy", "oust", "overthrow", "topple")
                    .contains(e.words().get(0))) {
                object = places; // "struck targets in al-Bab": the place was attacked
            }
            for (Mention sub : subject) {
                for (Mention obj : object) {
                    add(sub, surface, e.relation(), obj, t.first(), passive ? 0.75 : 0.8, e.relation() == Relation.ATTACKS ? place(obj, places) : List.of());
                }
            }
        }

        boolean isPassive(Trigger t) {
            Token v = s.token(t.first());
            if (!v.tag().equals("VBN")) {
                return false;
            }
            // "had struck" is active; "was struck", "were killed", "rebels backed by Turkey" are passive
            for (int k = t.first() - 1; k >= Math.max(0, t.first() - 4); k--) {
                String w = s.token(k).text().toLowerCase(Locale.ROOT);
                if (w.equals("have") || w.equals("has") || w.equals("had") || w.equals("having")) {
                    return false;
                }
                if (Cues.BE.contains(w)) {
                    return true;
                }
                if (!s.token(k).tag().startsWith("RB") && !s.token(k).tag().startsWith("VB") && !s.token(k).tag().equals("MD")) {
                    break;
                }
            }
            // no auxiliary: a reduced relative has its agent in a by-phrase ("rebels backed by Turkey"); without one,
            // the tagger took a past tense for a participle ("Russian troops captured Kherson")
            for (int k = t.last(); k < Math.min(s.size(), t.last() + 6); k++) {
                String w = s.token(k).text().toLowerCase(Locale.ROOT);
                if (w.equals("by")) {
                    return true;
                }
                if (w.equals(",") || w.equals(".") || Cues.CLAUSE_BREAK.contains(w)) {
                    break;
                }
            }
            return t.first() > 0 && s.token(t.first() - 1).tag().equals("DT");
        }

        // ---- nouns --------------------------------------------------------------------------------------------

        /** "Russian air strikes on Raqqa", "carried out strikes against ISIS", "the shooting-down of X by Y". */
        void event(Trigger t) {
            Entry e = t.entry();
            if (e.relation() == Relation.BACKS && t.first() > 0 && s.token(t.first() - 1).text().equalsIgnoreCase("in")
                    && t.last() < s.size() && s.token(t.last()).text().equalsIgnoreCase("of")) {
                // "launched strikes in support of the government": the clause's subject supports it
                for (Mention a : subjectOf(t.first())) {
                    for (Mention o : firstActorAfter(t.last() + 1)) {
                        add(a, "in support of", Relation.BACKS, o, t.first(), 0.7, List.of());
                    }
                }
                return;
            }
            List<Mention> agents = modifiersBefore(t.first());
            List<Mention> targets = new ArrayList<>();
            for (Mention m : agents) {
                if ("anti".equals(m.modifier())) {
                    targets.add(m);
                }
            }
            for (Mention m : agents) {
                if (m.actor().is(ActorType.PLACE) && m.modifier() == null && e.relation() == Relation.ATTACKS
                        && m.last() == t.first()) {
                    targets.add(m); // "the Kyiv offensive", "the Aleppo siege": the place attacked
                }
            }
            agents.removeIf(m -> "anti".equals(m.modifier()) || !m.actor().type().isAgent()
                    || m.first() > 0 && Cues.REGION_ADJECTIVES.contains(s.token(m.first() - 1).text().toLowerCase(Locale.ROOT)));
            int after = t.last();
            List<Mention> byAgents = List.of();
            if (e.preposition() != null && e.preposition().equals("of")) {
                List<Mention> of = prepositionalObject(after, "of");
                if (!of.isEmpty()) {
                    byAgents = byPhrase(of.get(of.size() - 1).last());
                    if (!byAgents.isEmpty()) {
                        targets.addAll(of);
                        agents = new ArrayList<>(byAgents);
                    } else if (agents.isEmpty()) {
                        return; // "the bombing of X" with no agent
                    } else {
                        targets.addAll(of);
                    }
                }
            } else {
                for (String prep : t.prepositions()) {
                    if (prep != null && !prep.equals("of") && targets.stream().noneMatch(m -> !"anti".equals(m.modifier()))) {
                        List<Mention> found = prepositionalObject(after, prep);
                        if (!found.isEmpty()) {
                            targets.addAll(found);
                            String chosen = prep;
                            e = t.alternatives().stream().filter(x -> chosen.equals(x.preposition())).findFirst().orElse(e);
                        }
                    }
                }
            }
            if (agents.isEmpty()) {
                byAgents = byPhrase(after);
                agents = new ArrayList<>(byAgents);
            }
            if (agents.isEmpty()) {
                agents = new ArrayList<>(subjectOf(t.first()));
            }
            boolean joint = false;
            for (int k = Math.max(0, t.first() - 3); k < t.first(); k++) {
                joint |= s.token(k).text().equalsIgnoreCase("joint");
            }
            if (joint && agents.size() > 1) {
                pairwise(agents, "joint " + s.token(t.first()).text(), Relation.COOPERATES_WITH, t.first(), 0.7);
            }
            List<Mention> places = places(t.last());
            if (targets.isEmpty() && e.relation() == Relation.ATTACKS && !places.isEmpty()) {
                targets = places;
            }
            criticismOfTheAct(t, agents, targets);
            boolean modifierTarget = !targets.isEmpty() && targets.get(0).last() == t.first();
            String surface = modifierTarget ? s.text(targets.get(0).first(), t.last())
                    : s.text(t.first(), t.last()) + (e.preposition() != null ? " " + e.preposition() : "");
            for (Mention a : agents) {
                for (Mention o : targets) {
                    add(a, surface, e.relation(), o, t.first(), 0.7, e.relation() == Relation.ATTACKS ? place(o, places) : List.of());
                }
            }
        }

        /**
         * "Turkey condemned the air strikes by Russian forces on Idlib": who condemns an attack criticizes its
         * agents (and did not make it).
         */
        void criticismOfTheAct(Trigger t, List<Mention> agents, List<Mention> targets) {
            if (agents.isEmpty() || t.entry().relation() != Relation.ATTACKS) {
                return;
            }
            int k = t.first() - 1;
            while (k >= 0 && (at[k] != null || Set.of("DT", "JJ", "JJS", "NN", "NNS", "CD", "PRP$", "POS").contains(s.token(k).tag()))) {
                k = at[k] != null ? at[k].first() - 1 : k - 1;
            }
            if (k < 0 || !s.token(k).tag().startsWith("VB")) {
                return;
            }
            boolean condemns = false;
            for (String lemma : RelationLexicon.lemmas(s.token(k).text())) {
                condemns |= lexicon.startingWith(lemma).stream().anyMatch(e -> e.kind() == Kind.VERB
                        && e.relation() == Relation.CRITICIZES && e.words().size() == 1);
            }
            if (!condemns) {
                return;
            }
            for (Mention critic : subjectOf(k, false)) {
                for (Mention agent : agents) {
                    if (!targets.contains(agent)) {
                        add(critic, s.token(k).text(), Relation.CRITICIZES, agent, k, 0.7, List.of());
                    }
                }
            }
        }

        /** "cooperation between Moscow and Ankara", "talks with Lavrov", "Turkish-Russian cooperation". */
        void mutual(Trigger t) {
            Entry e = t.entry();
            String surface = s.text(t.first(), t.last());
            List<Mention> between = prepositionalObject(t.last(), "between");
            if (between.size() >= 2) {
                pairwise(between, surface + " between", e.relation(), t.first(), 0.75);
                return;
            }
            List<Mention> before = modifiersBefore(t.first());
            List<Mention> pair = before.stream().filter(m -> "pair".equals(m.modifier())).toList();
            if (pair.size() >= 2) {
                pairwise(pair, surface, e.relation(), t.first(), 0.7);
                return;
            }
            List<Mention> with = prepositionalObject(t.last(), "with");
            if (with.isEmpty()) {
                return;
            }
            List<Mention> agents = before.isEmpty() ? subjectOf(t.first()) : before;
            for (Mention a : agents) {
                for (Mention o : with) {
                    add(a, surface + " with", e.relation(), o, t.first(), 0.7, List.of());
                }
            }
        }

        /** "Iran and Russia are the two firmest backers of the Assad regime". */
        void agentNoun(Trigger t) {
            Entry e = t.entry();
            String prep = e.preposition() == null ? "of" : e.preposition();
            if (t.first() > 0 && t.last() < s.size() && at[t.first() - 1] != null && at[t.last()] != null
                    && at[t.first() - 1].actor().type().isAgent() && at[t.last()].actor().type().isAgent()) {
                // "Assad ally Russia", "rebel backer Qatar": the one named after the noun is it, of the one before
                add(at[t.last()], s.text(t.first(), t.last()), e.relation(), at[t.first() - 1], t.first(), 0.75, List.of());
                return;
            }
            // the other party stands right after the noun: "the backers of the regime", not "members on the outskirts of X"
            if (t.last() >= s.size() || !s.token(t.last()).text().equalsIgnoreCase(prep)) {
                return;
            }
            List<Mention> object = firstActorAfter(t.last() + 1);
            if (object.isEmpty()) {
                return;
            }
            List<Mention> subject = subjectOf(t.first());
            int k = t.first() - 1;
            while (k > 0 && at[k] == null && (s.token(k).tag().equals("DT") || s.token(k).tag().startsWith("JJ")
                    || s.token(k).tag().startsWith("RB") || s.token(k).tag().equals("CD"))) {
                k--;
            }
            if (k > 0 && s.token(k).text().equals(",") && at[k - 1] != null && at[k - 1].actor().type().isAgent()) {
                subject = group(at[k - 1]); // "Turkey, a member of NATO,"
            }
            String surface = s.text(t.first(), t.last()) + " " + prep;
            for (Mention a : subject) {
                if (!isPredicatedOf(a, t.first())) {
                    continue; // "forces killed five members of the YPG": the forces are not members
                }
                for (Mention o : object) {
                    add(a, surface, e.relation(), o, t.first(), 0.7, List.of());
                }
            }
        }

        /**
         * Whether the noun at {@code noun} is said of the mention before it: through a copula ("Iran and Russia are
         * the closest allies of"), "as", or an apposition ("Turkey, a member of NATO").
         */
        boolean isPredicatedOf(Mention subject, int noun) {
            int from = subject.last();
            for (Mention m : mentions) {
                if (m.first() >= subject.last() && m.last() <= noun && m.actor().type().isAgent()) {
                    from = Math.max(from, m.last()); // its coordinated partners
                }
            }
            boolean link = false;
            for (int k = from; k < noun; k++) {
                Token tok = s.token(k);
                String w = tok.text().toLowerCase(Locale.ROOT);
                if (Cues.BE.contains(w) || w.equals("as") || w.equals(",") || w.equals("remain") || w.equals("remains")
                        || w.equals("remained")) {
                    link = true;
                } else if (!(tok.tag().equals("DT") || tok.tag().startsWith("JJ") || tok.tag().startsWith("RB")
                        || tok.tag().equals("CD") || tok.tag().equals("PRP$") || w.equals("one") || w.equals("of")
                        || w.equals("among") || w.equals("and") || at[k] != null)) {
                    return false;
                }
            }
            return link;
        }

        // ---- reported speech ---------------------------------------------------------------------------------

        /** The first speech verb with a speaker: "Russia said ...", "..., Rudskoi said", "said Rudskoi". */
        void findSpeaker(List<Trigger> triggers) {
            for (Trigger t : triggers) {
                if (t.entry().kind() != Kind.SPEECH) {
                    continue;
                }
                List<Mention> sub = subjectOf(t.first());
                if (sub.isEmpty() && t.last() < s.size() && at[t.last()] != null) {
                    sub = List.of(at[t.last()]); // inverted: "said Rudskoi"
                }
                if (sub.isEmpty()) {
                    // "The defence ministry in Moscow said": the actor named in the subject's phrase
                    for (int k = t.first() - 1; k >= Math.max(0, t.first() - 6) && sub.isEmpty(); k--) {
                        if (at[k] != null && at[k].actor().type().isAgent()) {
                            sub = List.of(at[k]);
                        } else if (s.token(k).tag().startsWith("VB") || s.token(k).text().equals(",")) {
                            break;
                        }
                    }
                }
                if (!sub.isEmpty() && sub.get(0).actor().type().isAgent()) {
                    speaker = sub.get(0);
                    speechVerb = t.first();
                    return;
                }
            }
        }

        /**
         * A judgment reported from the speaker about another actor is a criticism when it is negative: "The United
         * States said the Russian move made the crisis more difficult", "described X as unfortunate".
         */
        void evaluation(Trigger t) {
            if (speaker == null || FACTUAL_SPEECH.contains(t.entry().words().get(0))) {
                return; // "claimed Ukraine was sending troops, making it difficult" reports, it does not judge
            }
            int from;
            int to;
            int closingQuote = -1;
            for (int k = 0; k < speaker.first(); k++) {
                String w = s.token(k).text();
                if (k > 0 && (w.equals("\"") || w.equals("”") || w.equals("''"))) {
                    closingQuote = k;
                }
            }
            if (t.first() == speechVerb && closingQuote > 0 && closingQuote < speaker.first()) {
                from = 0; // "“Russia is making ... more dangerous,” Britain's defence minister said"
                to = closingQuote;
            } else if (speaker.first() < t.first() || t.first() != speechVerb) {
                from = t.last();
                to = s.size();
            } else {
                from = 0;
                to = speaker.first();
            }
            String negative = null;
            int cue = -1;
            for (int k = from; k < to && negative == null; k++) {
                String w = s.token(k).text().toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
                if (Cues.NEGATIVE.contains(w)) {
                    negative = w;
                    cue = k;
                }
            }
            if (negative == null) {
                return;
            }
            for (int k = from; k < cue; k++) {
                if (Cues.NEGATION.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                    return; // "neither Russia nor the US had an interest in escalating"
                }
            }
            for (int k = from; k < to; k++) {
                Mention m = at[k];
                if (m != null && (Math.abs(cue - k) > 12 || isPossessor(m) && m.kind() == Mention.Kind.PRONOUN)) {
                    continue; // the judgment is about something else in a long sentence
                }
                if (m != null && m.actor().type().isAgent() && !m.actor().id().equals(speaker.actor().id())
                        && m.kind() != Mention.Kind.PRONOUN) {
                    add(speaker, s.token(t.first()).text() + " … " + negative, Relation.CRITICIZES, m, t.first(), 0.6, List.of());
                    return;
                }
            }
        }

        // ---- titles, compounds, membership ------------------------------------------------------------------

        /** "Turkish President Tayyip Erdogan": Erdogan leads Turkey; "Foreign Minister X": X is part of it. */
        void titles() {
            for (Mention m : mentions) {
                if (m.title() == null || m.affiliation() == null || !m.actor().is(ActorType.PERSON)) {
                    continue;
                }
                Mention org = new Mention(m.sentence(), m.first(), m.last(), m.start(), m.end(), m.title(),
                        m.affiliation(), Mention.Kind.NAME, null, null, false, null);
                Relation r = m.leader() ? Relation.LEADER_OF : Relation.MEMBER_OF;
                out.add(new Assertion(m, m.title(), r, org, Modality.ASSERTED, 0.85, evidence, List.of(), null));
            }
        }

        /** "Turkish-backed rebels": Turkey backs the rebels. */
        void compounds() {
            for (Mention m : mentions) {
                if (m.modifier() == null || !Set.of("backed", "supported", "sponsored", "armed", "funded", "allied")
                        .contains(m.modifier())) {
                    continue;
                }
                for (int k = m.last(); k < Math.min(s.size(), m.last() + 3); k++) {
                    Mention o = at[k];
                    if (o == null && !(s.token(k).tag().startsWith("JJ") || s.token(k).tag().startsWith("NN")
                            || s.token(k).tag().equals("CD"))) {
                        break; // "Turkish-backed forces enter al-Bab": the forces, not the town, are backed
                    }
                    if (o != null && o != m && !o.actor().type().isAgent()) {
                        break;
                    }
                    if (o != null && o != m) {
                        Relation r = m.modifier().equals("allied") ? Relation.ALLIED_WITH : Relation.BACKS;
                        // a modifier states what is taken for granted: "wants Turkish-backed rebels to ..." still
                        // says that Turkey backs them
                        addWithModality(m, m.modifier(), r, o, 0.8, Modality.ASSERTED);
                        break;
                    }
                }
            }
        }

        /** "NATO member Turkey". */
        void membership() {
            for (int k = 1; k + 1 < s.size(); k++) {
                String w = s.token(k).text().toLowerCase(Locale.ROOT);
                if ((w.equals("member") || w.equals("ally")) && at[k - 1] != null && at[k + 1] != null
                        && at[k - 1] != at[k + 1]) {
                    Mention org = at[k - 1];
                    if (org.actor().is(ActorType.INTERNATIONAL_ORGANIZATION) || org.actor().is(ActorType.COALITION)) {
                        add(at[k + 1], "member", Relation.MEMBER_OF, org, k, 0.8, List.of());
                    }
                }
            }
        }

        // ---- arguments --------------------------------------------------------------------------------------

        /** The subject of the clause whose verb or noun is at {@code token}, with its coordinated partners. */
        List<Mention> subjectOf(int token) {
            return subjectOf(token, !s.token(token).tag().startsWith("VB"));
        }

        /**
         * @param noun true for a noun trigger: the verb that governs its phrase ("carried out strikes", "are the
         *             backers") is passed over once, and the subject of that verb is the subject of the noun
         */
        List<Mention> subjectOf(int token, boolean noun) {
            int p = token - 1;
            boolean verbSkipped = !noun;
            // the rest of the verb group: "had together struck", "were also backing", "to carry out"
            while (p >= 0 && at[p] == null && (s.token(p).tag().startsWith("VB") || s.token(p).tag().startsWith("RB")
                    || s.token(p).tag().equals("MD") || s.token(p).tag().equals("TO") || s.token(p).tag().equals("RP"))) {
                p--;
            }
            int budget = 16;
            while (p >= 0 && budget-- > 0) {
                Token tok = s.token(p);
                String w = tok.text().toLowerCase(Locale.ROOT);
                Mention m = at[p];
                if (m != null) {
                    boolean possessive = m.kind() == Mention.Kind.PRONOUN && m.last() - m.first() == 1
                            && Set.of("its", "his", "her", "their").contains(m.text().toLowerCase(Locale.ROOT));
                    if (possessive || isPrepositionObject(m) && !(m.actor().type().isAgent() && m.last() < s.size()
                            && s.token(m.last()).tag().equals("TO") && precededByRequestVerb(m))) {
                        // "... meeting in Brussels used", "... joined forces with Turkish jets ... to target": not the subject
                        p = m.first() - 1;
                        continue;
                    }
                    if (!m.actor().type().isAgent()) {
                        p = m.first() - 1;
                        continue;
                    }
                    if (!possessive && isPossessor(m)) {
                        return List.of(); // "Assad's relatives were killed": the relatives, not Assad
                    }
                    if (noun && isObjectOfVerb(m)) {
                        // "the coalition is battling IS in Syria with air strikes and backing for the YPG": IS is
                        // what the coalition battles, not who backs
                        p = m.first() - 1;
                        continue;
                    }
                    return group(m);
                }
                if (w.equals(",")) {
                    // apposition: "Rudskoi, a senior Russian Defence Ministry official, said" → skip to before it
                    int prev = previousComma(p);
                    if (p + 1 < s.size() && (s.token(p + 1).tag().startsWith("VB") || at[p + 1] != null) && prev > 0
                            && !hasVerb(prev + 1, p)) {
                        p = prev - 1;
                        continue;
                    }
                    return implicit(p + 1);
                }
                if (Cues.CLAUSE_BREAK.contains(w) && !w.equals("but") || w.equals("that") && !tok.tag().equals("DT")) {
                    return implicit(p + 1);
                }
                if (noun && !verbSkipped && Cues.REPORT_NOUNS.contains(w)) {
                    return List.of(); // "received reports of aerial bombardment": who reports did not bomb
                }
                if (tok.tag().equals("WDT") || tok.tag().equals("WP")) {
                    p--; // relative clause: the antecedent is the subject
                    if (p >= 0 && s.token(p).text().equals(",")) {
                        p--;
                    }
                    continue;
                }
                int after = p + 1;
                while (after < s.size() && s.token(after).tag().equals("``")) {
                    after++; // a quote opening after "and"
                }
                if ((w.equals("and") || w.equals("but")) && after < s.size() && s.token(after).tag().startsWith("VB") && p > 0) {
                    // coordinated verbs: "took off from Hamedan ... and conducted": the subject of the first verb
                    int v = previousFiniteVerb(p);
                    return v < 0 ? List.of() : subjectOf(v, false);
                }
                if (tok.tag().startsWith("VB") || tok.tag().equals("MD")) {
                    if (!verbSkipped && REPORTING.contains(lemmaOf(tok))) {
                        // "the UN condemned the bombardment of Ghouta": who reports or judges an attack did not make it
                        return List.of();
                    }
                    if (!verbSkipped && (Cues.DYING.contains(w) || tok.tag().equals("VBN") && p > 0
                            && Cues.BE.contains(s.token(p - 1).text().toLowerCase(Locale.ROOT)))) {
                        // "X was killed in an air strike on Hajin", "X died in the attack": the subject is its victim
                        return List.of();
                    }
                    if (!verbSkipped) {
                        // the verb that governs the noun: skip its whole group
                        verbSkipped = true;
                        while (p > 0 && at[p - 1] == null && (s.token(p - 1).tag().startsWith("VB")
                                || s.token(p - 1).tag().startsWith("RB") || s.token(p - 1).tag().equals("MD")
                                || s.token(p - 1).tag().equals("TO"))) {
                            p--;
                        }
                        p--;
                        continue;
                    }
                    if (tok.tag().equals("VBG") || tok.tag().equals("VBN")) {
                        if (isNonFinite(token)) {
                            return subjectOf(p, false);
                        }
                        p--;
                        continue;
                    }
                    // a finite verb of another clause: for "to V" and "-ing" clauses the controller is its subject
                    if (isNonFinite(token)) {
                        return subjectOf(p, false);
                    }
                    return implicit(p + 1);
                }
                p--;
            }
            return implicit(Math.max(0, p + 1));
        }

        /**
         * A clause whose subject is a bare force noun ("long-range warplanes took off ...") reported by a state or
         * one of its bodies: the forces are that state's.
         */
        List<Mention> implicit(int from) {
            if (speaker == null) {
                return List.of();
            }
            Actor state = stateOf(speaker.actor());
            if (state == null) {
                return List.of();
            }
            for (int k = from; k < Math.min(s.size(), from + 4); k++) {
                String w = s.token(k).text().toLowerCase(Locale.ROOT);
                if (at[k] != null || s.token(k).tag().startsWith("VB")) {
                    break;
                }
                if (FORCE_WORDS.contains(w) && (k + 1 >= s.size() || !s.token(k + 1).isNoun())) {
                    Actor forces = org.conflictkg.actors.Gazetteer.bundled().forcesOf(state);
                    return List.of(new Mention(s.index(), k, k + 1, s.token(k).start(), s.token(k).end(),
                            s.token(k).text(), forces, Mention.Kind.DESCRIPTION, null, null, false, null));
                }
            }
            return List.of();
        }

        Actor stateOf(Actor a) {
            if (a.is(ActorType.STATE)) {
                return a;
            }
            if (a.country() != null && (a.is(ActorType.GOVERNMENT_BODY) || a.is(ActorType.ARMED_FORCES))) {
                return org.conflictkg.actors.Gazetteer.bundled().byId(a.country()).orElse(null);
            }
            return null;
        }

        int previousFiniteVerb(int p) {
            for (int k = p - 1; k >= 0; k--) {
                String tag = s.token(k).tag();
                if (at[k] == null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"))) {
                    return k;
                }
            }
            return -1;
        }

        boolean isNonFinite(int token) {
            return isNonFiniteAt(token) || token > 0 && s.token(token - 1).tag().equals("TO")
                    || token > 1 && s.token(token - 2).tag().equals("TO") && s.token(token - 1).tag().startsWith("RB");
        }

        boolean isNonFiniteAt(int token) {
            String tag = s.token(token).tag();
            return tag.equals("VBG") || token > 0 && s.token(token - 1).tag().equals("TO");
        }

        boolean precededByRequestVerb(Mention m) {
            int k = m.first() - 1;
            if (k >= 1 && s.token(k).tag().equals("IN")) {
                return Cues.REQUEST_VERBS_WITH_PREPOSITION.contains(s.token(k - 1).text().toLowerCase(Locale.ROOT));
            }
            return false;
        }

        boolean isPrepositionObject(Mention m) {
            int k = m.first() - 1;
            while (k >= 0 && at[k] == null && (s.token(k).tag().equals("DT") || s.token(k).tag().startsWith("JJ")
                    || s.token(k).tag().equals("CD") || s.token(k).tag().equals("PRP$"))) {
                k--;
            }
            if (k >= 1 && s.token(k).text().equalsIgnoreCase("of") && (s.token(k - 1).tag().equals("CD")
                    || Set.of("some", "many", "most", "all", "dozens", "hundreds", "thousands", "numbers", "none")
                    .contains(s.token(k - 1).text().toLowerCase(Locale.ROOT)))) {
                return false; // "three of its soldiers"
            }
            if (k >= 1 && isConnector(k) && at[k - 1] != null && at[k - 1] != m) {
                return isPrepositionObject(at[k - 1]); // "in Syria and Iraq": both are objects of "in"
            }
            if (k >= 0 && s.token(k).tag().equals("TO") && m.last() < s.size() && s.token(m.last()).tag().equals("TO")) {
                return true; // "returned to Afghanistan to assist": who returned assists, not Afghanistan
            }
            if (k >= 0 && s.token(k).tag().equals("IN") && !s.token(k).text().equalsIgnoreCase("that")
                    && !s.token(k).text().equalsIgnoreCase("if") && !s.token(k).text().equalsIgnoreCase("while")
                    && !s.token(k).text().equalsIgnoreCase("as") && !s.token(k).text().equalsIgnoreCase("because")) {
                return true;
            }
            return false;
        }

        /**
         * A mention right after a verb other than "be" is that verb's object ("battling IS"), unless "of" or "for"
         * follows it ("accused Russia of strikes": Russia is who struck).
         */
        boolean isObjectOfVerb(Mention m) {
            int k = m.first() - 1;
            while (k >= 0 && at[k] == null && (s.token(k).tag().equals("DT") || s.token(k).tag().startsWith("JJ"))) {
                k--;
            }
            List<Mention> phrase = group(m); // "battling IS and al-Qaeda": the whole coordination
            int end = m.last();
            for (Mention g : phrase) {
                k = Math.min(k, g.first() - 1);
                end = Math.max(end, g.last());
            }
            if (k < 0 || !s.token(k).tag().startsWith("VB") || at[k] != null
                    || Cues.BE.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
            // the object phrase ends in a preposition ("battling IS in Syria"); a verb after it makes it the subject
            // of a clause ("said the air force was providing"), a noun a first object ("offering US forces use of")
            if (end >= s.size() || !s.token(end).tag().equals("IN")) {
                return false;
            }
            String after = s.token(end).text().toLowerCase(Locale.ROOT);
            return !Set.of("of", "for", "to", "that", "as").contains(after);
        }

        boolean nextIsVerb(int p) {
            return p + 1 < s.size() && s.token(p + 1).tag().startsWith("VB");
        }

        boolean finiteVerbBetween(int from, int to) {
            for (int k = from; k < to; k++) {
                String tag = s.token(k).tag();
                if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
                    return true;
                }
            }
            return false;
        }

        int previousComma(int p) {
            for (int k = p - 1; k >= 0; k--) {
                if (s.token(k).text().equals(",")) {
                    return k;
                }
            }
            return -1;
        }

        boolean hasVerb(int from, int to) {
            for (int k = from; k < to; k++) {
                if (s.token(k).tag().startsWith("VB") && at[k] == null) {
                    return true;
                }
            }
            return false;
        }

        /** The object right after a verb: its first noun phrase, or the actor in an "of" phrase after it. */
        List<Mention> directObject(int from) {
            int k = from;
            int budget = 8;
            while (k < s.size() && budget-- > 0) {
                Token tok = s.token(k);
                String w = tok.text().toLowerCase(Locale.ROOT);
                if (at[k] != null) {
                    return at[k].actor().type().isAgent() || at[k].modifier() != null ? group(at[k]) : List.of();
                }
                if ((w.equals("loyal") || w.equals("close")) && k + 1 < s.size() && s.token(k + 1).text().equals("to")) {
                    k += 2; // "troops loyal to Assad": the one they are loyal to
                    continue;
                }
                if (tok.tag().startsWith("VB") || Cues.CLAUSE_BREAK.contains(w) || w.equals(",") || w.equals(".")
                        || tok.tag().equals("IN") && !w.equals("of") || tok.tag().equals("TO")) {
                    return List.of();
                }
                k++;
            }
            return List.of();
        }

        /** The actors after a preposition ("with Turkish jets", "against ISIS", "between Moscow and Ankara"). */
        List<Mention> prepositionalObject(int from, String preposition) {
            int k = from;
            int budget = 7;
            while (k < s.size() && budget-- > 0) {
                Token tok = s.token(k);
                String w = tok.text().toLowerCase(Locale.ROOT);
                if (w.equals(preposition) && at[k] == null) {
                    return firstActorAfter(k + 1);
                }
                if (Cues.CLAUSE_BREAK.contains(w) || w.equals(".") || tok.tag().startsWith("VB") && !tok.tag().equals("VBN")) {
                    return List.of();
                }
                k++;
            }
            return List.of();
        }

        List<Mention> firstActorAfter(int from) {
            int k = from;
            int budget = 6;
            while (k < s.size() && budget-- > 0) {
                Token tok = s.token(k);
                if (at[k] != null) {
                    return group(at[k]);
                }
                String w = tok.text().toLowerCase(Locale.ROOT);
                if (tok.tag().startsWith("VB") || w.equals(",") || w.equals(".") || Cues.CLAUSE_BREAK.contains(w)
                        || tok.tag().equals("IN") && !w.equals("of")) {
                    return List.of();
                }
                k++;
            }
            return List.of();
        }

        /** The agent of a "by" phrase right after {@code from}: "by a Russian air strike", "by Turkish air forces". */
        List<Mention> byPhrase(int from) {
            int k = from;
            int budget = 6;
            while (k < s.size() && budget-- > 0) {
                String w = s.token(k).text().toLowerCase(Locale.ROOT);
                if (w.equals("by")) {
                    // "by an air strike from a Russian warplane": look a little further
                    int j = k + 1;
                    int more = 8;
                    while (j < s.size() && more-- > 0) {
                        if (at[j] != null && isPossessor(at[j])) {
                            j = at[j].last(); // "by the regime and its Russian ally": not the one "its" refers to
                            continue;
                        }
                        if (at[j] != null && at[j].actor().type().isAgent()) {
                            return group(at[j]);
                        }
                        String x = s.token(j).text().toLowerCase(Locale.ROOT);
                        if (x.equals(",") || Cues.CLAUSE_BREAK.contains(x) || s.token(j).tag().startsWith("VB")) {
                            break;
                        }
                        j++;
                    }
                    return List.of();
                }
                if (s.token(k).tag().startsWith("VB") && !s.token(k).tag().equals("VBN") || w.equals(",")) {
                    return List.of();
                }
                k++;
            }
            return List.of();
        }

        /**
         * A possessive pronoun or a name in the genitive that only owns the noun after it ("its Russian ally",
         * "Assad's cousins"), where that noun is not the owner's forces or government ("its jets" are the owner's).
         */
        boolean isPossessor(Mention m) {
            boolean pronoun = m.kind() == Mention.Kind.PRONOUN && m.last() - m.first() == 1
                    && Set.of("its", "his", "her", "their").contains(m.text().toLowerCase(Locale.ROOT));
            int k = m.last();
            boolean genitive = !pronoun && k < s.size() && (s.token(k).tag().equals("POS") || s.token(k).text().equals("'s")
                    || s.token(k).text().equals("’s"));
            if (!pronoun && !genitive) {
                return false;
            }
            if (genitive) {
                k++;
            }
            while (k < s.size() && at[k] == null && s.token(k).tag().startsWith("JJ")) {
                k++;
            }
            if (pronoun && k < s.size() && at[k] != null && at[k].kind() == Mention.Kind.DEMONYM) {
                return true; // "its Russian ally" is Russia
            }
            if (k >= s.size() || at[k] != null || !s.token(k).isNoun()) {
                return false; // "Russia's Putin", "its forces" when the mention already covers them
            }
            String head = s.token(k).text().toLowerCase(Locale.ROOT);
            return !FORCE_WORDS.contains(head) && !OWN_HEADS.contains(head);
        }

        /** Actors inside the noun phrase before a noun: "Russian and Syrian strikes", "Russia's air strikes". */
        List<Mention> modifiersBefore(int token) {
            List<Mention> found = new ArrayList<>();
            int k = token - 1;
            int budget = 4;
            while (k >= 0 && budget-- > 0) {
                Token tok = s.token(k);
                if (at[k] != null) {
                    Mention m = at[k];
                    if (!found.contains(m)) {
                        found.add(0, m);
                    }
                    for (Mention other : mentions) {
                        if (other != m && other.first() == m.first() && !found.contains(other)) {
                            found.add(other); // "Turkish-Russian": both halves
                        }
                    }
                    k = m.first() - 1;
                    continue;
                }
                String w = tok.text();
                if (tok.tag().startsWith("JJ") || tok.tag().startsWith("NN") || tok.tag().equals("POS")
                        || w.equals("'s") || w.equals("and") || w.equals(",") && !found.isEmpty() || tok.tag().equals("CD")) {
                    k--;
                    continue;
                }
                break;
            }
            found.removeIf(m -> m.kind() == Mention.Kind.PRONOUN && !m.text().equalsIgnoreCase("its")
                    && !m.text().equalsIgnoreCase("his") && !m.text().equalsIgnoreCase("her") && !m.text().startsWith("its"));
            return found;
        }

        /** Places named after a relation: "in al-Bab", "in the provinces of Aleppo, Deir Ezzor and Idlib". */
        List<Mention> places(int from) {
            List<Mention> found = new ArrayList<>();
            int k = from;
            int budget = 26;
            boolean inPlacePhrase = false;
            while (k < s.size() && budget-- > 0) {
                Token tok = s.token(k);
                String w = tok.text().toLowerCase(Locale.ROOT);
                if (Set.of("in", "on", "near", "around", "across", "outside", "at", "of", "over", "into").contains(w)) {
                    inPlacePhrase = true;
                } else if (w.equals("from") || Cues.CLAUSE_BREAK.contains(w) || w.equals(".")
                        || tok.tag().startsWith("VB") && !tok.tag().equals("VBN")) {
                    break;
                }
                Mention m = at[k];
                if (m != null) {
                    boolean listed = m.first() > 0 && (Set.of("in", "on", "near", "around", "across", "outside", "at",
                            "of", "over", "into").contains(s.token(m.first() - 1).text().toLowerCase(Locale.ROOT))
                            || !found.isEmpty() && found.get(found.size() - 1).last() == m.first() - 1
                            && Set.of(",", "and").contains(s.token(m.first() - 1).text()));
                    // a name only the name finder typed must stand right after a preposition or in a list of places
                    if (inPlacePhrase && m.actor().is(ActorType.PLACE) && (m.kind() != Mention.Kind.TYPED || listed)
                            && !vicinity(from, m)) {
                        found.add(m);
                    }
                    k = m.last();
                    continue;
                }
                k++;
            }
            return found;
        }

        /**
         * Whether a place only locates something else near it: "villages to the east of Raqqa", "20 km south of
         * Aleppo", or "an airport outside Homs", where a noun of its own stands between the relation and the place.
         * Such a place was not the target; "strikes near Homs" and "positions around Aleppo" still name it.
         */
        boolean vicinity(int from, Mention m) {
            int k = m.first() - 1;
            while (k >= from && (s.token(k).tag().equals("DT") || s.token(k).text().equalsIgnoreCase("town")
                    || s.token(k).text().equalsIgnoreCase("city") || s.token(k).text().equalsIgnoreCase("village"))) {
                k--;
            }
            if (k < from) {
                return false;
            }
            String prep = s.token(k).text().toLowerCase(Locale.ROOT);
            if (prep.equals("of") && k > from) {
                int d = k - 1;
                if (s.token(d).tag().equals("DT") && d > from) {
                    d--;
                }
                return Cues.DIRECTION.contains(s.token(d).text().toLowerCase(Locale.ROOT).replaceAll("-", ""));
            }
            if (prep.equals("from") && k > from && Cues.DISTANCE_UNITS.contains(s.token(k - 1).text().toLowerCase(Locale.ROOT))) {
                return true; // "20 km from Aleppo"
            }
            if (!Cues.VICINITY.contains(prep)) {
                return false;
            }
            // "a military airport outside Homs": the airport was struck
            Token head = s.token(k - 1);
            return k - 1 >= from && at[k - 1] == null && (head.tag().equals("NN") || head.tag().equals("NNS"))
                    && !Cues.AREA.contains(head.text().toLowerCase(Locale.ROOT));
        }

        List<Mention> place(Mention object, List<Mention> places) {
            if (object.actor().is(ActorType.PLACE)) {
                return List.of(object);
            }
            return places;
        }

        /** A mention with its coordinated partners: "Russia and Turkey", "nine Russian jets and eight Turkish planes". */
        List<Mention> group(Mention m) {
            List<Mention> g = new ArrayList<>();
            g.add(m);
            for (Mention other : mentions) {
                if (other != m && other.first() == m.first()) {
                    g.add(other);
                }
            }
            // left
            int k = m.first() - 1;
            while (k >= 1) {
                int c = skipNumbers(k, -1);
                if (c < 1 || !isConnector(c)) {
                    break;
                }
                int j = skipNumbers(c - 1, -1);
                if (j < 0 || at[j] == null || g.contains(at[j]) || !at[j].actor().type().isAgent() && m.actor().type().isAgent()) {
                    break;
                }
                g.add(0, at[j]);
                k = at[j].first() - 1;
            }
            // right
            k = m.last();
            while (k < s.size()) {
                if (!isConnector(k)) {
                    break;
                }
                int j = skipNumbers(k + 1, +1);
                if (j < s.size() && s.token(j).text().equals("and")) {
                    j = skipNumbers(j + 1, +1);
                }
                if (j >= s.size() || at[j] == null || g.contains(at[j])
                        || at[j].actor().type().isAgent() != m.actor().type().isAgent()) {
                    break;
                }
                g.add(at[j]);
                k = at[j].last();
            }
            return g;
        }

        /** "and", or a comma in a list that goes on ("A, B and C"), not an apposition ("Lavrov, the ministry said"). */
        boolean isConnector(int k) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("and")) {
                return true;
            }
            if (!w.equals(",") || k + 1 >= s.size()) {
                return false;
            }
            int j = skipNumbers(k + 1, 1);
            if (j >= s.size() || at[j] == null) {
                return false;
            }
            int after = at[j].last();
            return after < s.size() && (s.token(after).text().equals(",") || s.token(after).text().equals("and"));
        }

        /** Skips numbers, determiners and the title words in front of a titled name ("eight", "the", "Turkish counterpart"). */
        int skipNumbers(int k, int dir) {
            while (k >= 0 && k < s.size() && at[k] == null && (s.token(k).tag().equals("CD")
                    || dir < 0 && s.token(k).tag().equals("PRP$") // "Syrian forces and their Russian ally"
                    || s.token(k).tag().equals("DT") || s.token(k).text().equalsIgnoreCase("both")
                    || dir > 0 && titledPersonAhead(k))) {
                k += dir;
            }
            return k;
        }

        boolean titledPersonAhead(int k) {
            for (int j = k + 1; j < Math.min(s.size(), k + 6); j++) {
                if (at[j] != null) {
                    return at[j].title() != null && at[j].actor().is(ActorType.PERSON);
                }
                if (s.token(j).tag().startsWith("VB") || s.token(j).text().equals(",")) {
                    return false;
                }
            }
            return false;
        }

        // ---- output -----------------------------------------------------------------------------------------

        void pairwise(List<Mention> group, String surface, Relation r, int trigger, double base) {
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    add(group.get(a), surface, r, group.get(b), trigger, base, List.of());
                }
            }
        }

        void addWithModality(Mention subject, String surface, Relation relation, Mention object, double base, Modality modality) {
            int before = out.size();
            add(subject, surface, relation, object, subject.first(), base, List.of());
            if (out.size() > before) {
                Assertion a = out.remove(out.size() - 1);
                out.add(new Assertion(a.subject(), a.surface(), a.relation(), a.object(), modality, a.confidence(),
                        a.evidence(), a.places(), a.claimedBy()));
            }
        }

        void add(Mention subject, String surface, Relation relation, Mention object, int trigger, double base, List<Mention> place) {
            Actor sa = subject.actor();
            Actor oa = object.actor();
            if (sa.id().equals(oa.id()) || !sa.type().isAgent()) {
                return;
            }
            if (sa.country() != null && sa.country().equals(oa.id()) && relation != Relation.LEADER_OF
                    && relation != Relation.MEMBER_OF) {
                return; // a state's own forces acting on the state
            }
            if (isDisjunct(subject) || isDisjunct(object)) {
                return; // "Russian or Syrian jets struck": the sentence does not say which
            }
            Actor claimedBy = speaker != null && speaker != subject && !speaker.actor().id().equals(sa.id())
                    ? speaker.actor() : null;
            Modality modality = modality(subject, trigger);
            if (modality == Modality.ASSERTED && claimedBy != null
                    && Cues.CLAIM.contains(s.token(speechVerb).text().toLowerCase(Locale.ROOT))) {
                modality = Modality.ALLEGED; // "rebels claimed that the army shelled the town": their claim
            }
            double confidence = base * Math.min(subject.kind().reliability(), 1.0) * object.kind().reliability()
                    * distanceFactor(subject, object);
            if (relation == null) {
                confidence *= 0.8;
            }
            out.add(new Assertion(subject, surface.trim(), relation, object, modality,
                    Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100.0, evidence, place, claimedBy));
        }

        /**
         * Arguments far apart are read wrong more often: on 357 hand-judged assertions from unseen news and
         * encyclopedia text, 85% of those with subject and object within about three words of each other were right,
         * 60% at about eight words, 40% beyond fifteen. The confidence falls by 0.05 a word beyond two, to half.
         */
        double distanceFactor(Mention subject, Mention object) {
            int gap = object.first() >= subject.last() ? object.first() - subject.last() : subject.first() - object.last();
            return Math.max(0.5, 1 - 0.05 * Math.max(0, gap - 2));
        }

        /** A mention joined to another by "or": "either Russian or Syrian warplanes". */
        boolean isDisjunct(Mention m) {
            return m.first() > 0 && s.token(m.first() - 1).text().equalsIgnoreCase("or")
                    || m.last() < s.size() && s.token(m.last()).text().equalsIgnoreCase("or")
                    || m.first() > 1 && s.token(m.first() - 1).tag().equals("DT") && s.token(m.first() - 2).text().equalsIgnoreCase("or");
        }

        /** The modality of a relation read at {@code trigger}, from the cues in its clause. */
        Modality modality(Mention subject, int trigger) {
            int from = Math.max(0, Math.min(subject.first(), trigger) - 6);
            for (int k = 0; k < s.size(); k++) {
                String w = s.token(k).text().toLowerCase(Locale.ROOT);
                if (Cues.CONDITION.contains(w)) {
                    return Modality.CONDITIONAL;
                }
            }
            Modality found = Modality.ASSERTED;
            for (int k = Math.max(0, subject.first() - 3); k < subject.first() && subject.first() < trigger; k++) {
                String w = s.token(k).text().toLowerCase(Locale.ROOT);
                if (Cues.DENIAL.contains(w) && !finiteVerbBetween(k + 1, subject.first())) {
                    return Modality.NEGATED; // "an official denied Ukraine was targeting him"
                }
            }
            for (int k = Math.max(0, trigger - 4); k < trigger; k++) {
                if (Cues.PREVENTION.contains(s.token(k).text().toLowerCase(Locale.ROOT)) && !finiteVerbBetween(k + 1, trigger)) {
                    return Modality.NEGATED; // "thwarted an attack by X": it did not happen
                }
            }
            for (int k = Math.max(0, trigger - 6); k + 1 < trigger; k++) {
                if (RelationLexicon.lemmas(s.token(k).text()).contains("warn")
                        && s.token(k + 1).text().equalsIgnoreCase("against")) {
                    return Modality.PREDICTED; // "warns against new strikes on Syria": they have not happened
                }
            }
            for (int k = from; k <= Math.min(trigger, s.size() - 1); k++) {
                String w = s.token(k).text().toLowerCase(Locale.ROOT);
                if (k < trigger && Cues.ALLEGATION.contains(w) && found != Modality.ACCIDENTAL) {
                    found = Modality.ALLEGED; // "accused the army of shelling", "alleged Israeli strikes"
                    continue;
                }
                if (found == Modality.ASSERTED && Cues.INTENT_NOUNS.contains(w) && s.token(k).tag().startsWith("NN")
                        && k + 1 < s.size() && s.token(k + 1).tag().equals("TO")) {
                    found = Modality.PREDICTED; // "in an attempt to encircle the town"
                    continue;
                }
                if (Cues.NEGATION.contains(w) && k >= subject.first() - 1 && k >= trigger - 4
                        && !finiteVerbBetween(k + 1, trigger)) {
                    return Modality.NEGATED; // "did not attack", "refused to confirm any collaboration"
                }
                if (Cues.ACCIDENT.contains(w)) {
                    found = Modality.ACCIDENTAL;
                } else if (found == Modality.ASSERTED && (Cues.REQUEST.contains(w)
                        || Cues.REQUEST_VERBS_WITH_PREPOSITION.contains(w) && k + 1 < s.size()
                        && Set.of("on", "for", "to").contains(s.token(k + 1).text().toLowerCase(Locale.ROOT)))) {
                    found = Modality.PROPOSED;
                } else if (found == Modality.ASSERTED && Cues.PREDICTION.contains(w)
                        && !(w.equals("close") && !(k + 1 < s.size() && s.token(k + 1).text().equals("to")))
                        && (s.token(k).tag().startsWith("VB")
                        || s.token(k).tag().equals("MD") || s.token(k).tag().startsWith("JJ") || s.token(k).tag().startsWith("RB"))) {
                    found = Modality.PREDICTED;
                }
            }
            for (int k = trigger; k < Math.min(s.size(), trigger + 3); k++) {
                if (Cues.ACCIDENT.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                    return Modality.ACCIDENTAL;
                }
            }
            return found;
        }
    }
}
