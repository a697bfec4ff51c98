package org.conflictkg.actors;

import static org.conflictkg.actors.MentionSpans.add;
import static org.conflictkg.actors.MentionSpans.free;
import static org.conflictkg.actors.HeadNouns.head;
import static org.conflictkg.actors.HeadNouns.headActor;
import static org.conflictkg.actors.MentionSpans.mention;
import static org.conflictkg.actors.MentionSpans.mentionAt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.actors.HeadNouns.Head;
import org.conflictkg.actors.Mention.Kind;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Nationality and people words: "Russian jets" (a state's forces), "the Syrian government" (the state), "the
 * Iraqis" (the state as a whole), "Iraqis rallied" (its people), "Kurdish fighters" and "Palestinian Christian
 * leaders" (groups of a people, no part of any state). Runs after the names of the sentence are read.
 */
final class Demonyms {
    private final Gazetteer gazetteer;
    private final MintedActors minted;

    Demonyms(Gazetteer gazetteer, MintedActors minted) {
        this.gazetteer = gazetteer;
        this.minted = minted;
    }

    /** Plural heads for the people of a people word: "Palestinian Christian leaders". */
    private static final Set<String> PEOPLE_HEADS = Lexicon.list("people-heads");

    /** Plural heads for its fighters: "Bosnian Serb units". */
    private static final Set<String> FORCE_HEADS = Lexicon.list("force-heads");

    /** "Russian jets", "the Syrian government", "Russian and Turkish air forces", "the Syrian leader". */
    void find(Sentence s, List<Mention> found, boolean[] used, DocumentState doc) {
        peopleOf(s, found, used);
        governmentsOfPeople(s, found, used);
        int n = s.size();
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            String w = s.token(i).text();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            int after = demonymEnd(s, i, used);
            Optional<Actor> state = gazetteer.demonym(s.text(i, after));
            int article = i - 1;
            while (article > 0 && s.token(article).tag().startsWith("JJ")) {
                article--; // "another young American": adjectives between the article and the word
            }
            if (state.isPresent() && article >= 0
                    && Set.of("a", "an", "one", "another").contains(s.token(article).text().toLowerCase(Locale.ROOT))
                    && (after >= n || !s.token(after).isNoun() && !s.token(after).tag().startsWith("JJ"))) {
                for (int t = i; t < after; t++) {
                    used[t] = true; // "a Saudi named al-Jazrawi": one person of the nation, not the state
                }
                continue;
            }
            if (state.isEmpty()) {
                Optional<Actor> nation = nationAsAWhole(s, i);
                if (nation.isPresent()) {
                    add(found, used, mention(s, i, i + 1, nation.get(), Kind.DEMONYM));
                    continue;
                }
                Optional<Actor> people = peopleAsSubject(s, i);
                if (people.isPresent()) {
                    // "Iraqis rallied against the group": the people of the nation, a party of their own
                    Actor group = minted.actor(w.substring(0, w.length() - 1) + " people", ActorType.GROUP);
                    add(found, used, new Mention(s.index(), i, i + 1, s.token(i).start(), s.token(i).end(), w, group,
                            Kind.DEMONYM, null, people.get(), false, null));
                    continue;
                }
                if (s.token(i).entityType().equals("NORP") && nationParty(s, i, i + 1, found, used)) {
                    i++; // "Kurdish fighters", "Palestinian militants": a group named by the people it comes from
                }
                continue;
            }
            Mention next = after < n ? mentionAt(found, s.index(), after) : null;
            if (next != null && next.first() == after && !next.actor().is(ActorType.STATE)
                    && !next.actor().is(ActorType.PLACE)) {
                continue; // "Lebanese Hezbollah", "Syrian Kurdish YPG": the adjective describes the named group
            }

            if (next == null && after < n && !used[after] && isPeopleWord(s.token(after), state.get())) {
                // "Palestinian Christian leaders", "Bosnian Serb units": a people within or across the nation, which
                // is neither the state nor the other word's state; its leaders or units are a group of their own,
                // and "Syrian Kurdish villages" or "the Turkish Cypriot leader" name no actor here
                i = peopleOfANation(s, i, after, state.get(), found, used);
                continue;
            }
            // coordinated demonyms share the head: "Russian and Turkish air forces"
            List<Integer> group = new ArrayList<>(List.of(i));
            int j = after;
            while (j + 1 < n && (s.token(j).text().equals("and") || s.token(j).text().equals(","))
                    && !used[j + 1] && gazetteer.demonym(s.token(j + 1).text()).isPresent()
                    && Character.isUpperCase(s.token(j + 1).text().charAt(0))) {
                group.add(j + 1);
                j += 2;
            }
            Head head = head(s, j, used);
            String noun = j < n ? lastNounOfPhrase(s, j).toLowerCase(Locale.ROOT) : "";
            if (head != null && group.size() == 1 && "forces".equals(head.category()) && head.end() == j + 1
                    && Lexicon.NATION_PARTIES.containsKey(s.token(j).text().toLowerCase(Locale.ROOT))
                    && nationParty(s, i, j, found, used)) {
                // "Kyrgyz fighters", "Tunisian fighters": a word for fighters that groups.tsv lists names a group of
                // the nation's people (in Syria, mostly foreign volunteers), not its army, as "Russian troops" does
                i = j;
                continue;
            }
            if (head == null && group.size() == 1 && !noun.isEmpty()) {
                int end = j;
                while (end < n && !s.token(end).text().equalsIgnoreCase(noun)) {
                    end++;
                }
                Optional<Actor> generic = free(used, i, Math.min(n, end + 1))
                        ? gazetteer.generic(state.get().id(), s.text(j, Math.min(n, end + 1))) : Optional.empty();
                if (generic.isPresent()) {
                    add(found, used, mention(s, i, end + 1, generic.get(), Kind.DEMONYM)); // "Libyan rebels"
                    i = end;
                    continue;
                }
                if (Lexicon.NATION_GROUPS.contains(noun) || gazetteer.isGenericWord(noun)) {
                    for (int t = j; t <= end && t < n; t++) {
                        used[t] = true; // "Palestinian groups", "Iraqi insurgents": not the state, nor another country's rebels
                    }
                    i = end;
                    continue;
                }
            }
            if (head == null && j < n && (Lexicon.PEOPLE.contains(noun) || Lexicon.NATION_PARTIES.containsKey(noun))) {
                if (group.size() == 1 && nationParty(s, i, j, found, used)) {
                    i = j;
                    continue; // "Iraqi militiamen", "Syrian civilians": a party of its own, not the state
                }
                i = j - 1;
                continue; // "a Turkish police officer", "Russian civilians": people of the nation, not the state
            }
            for (int g = 0; g < group.size(); g++) {
                int at = group.get(g);
                int wordEnd = at == i ? after : at + 1;
                Actor st = gazetteer.demonym(s.text(at, wordEnd)).orElseThrow();
                Actor actor = head == null ? st : headActor(gazetteer, st, head, doc);
                boolean last = g == group.size() - 1;
                int end = last && head != null ? head.end() : wordEnd;
                Kind kind = head != null && "leader".equals(head.category()) && actor.is(ActorType.PERSON)
                        ? Kind.DESCRIPTION : Kind.DEMONYM;
                found.add(new Mention(s.index(), at, end, s.token(at).start(), s.token(end - 1).end(),
                        s.text(at, end), actor, kind, null, null, false, null));
                for (int t = at; t < end; t++) {
                    used[t] = true;
                }
            }
            i = head != null ? Math.max(i, head.end() - 1) : j - 1;
        }
    }

    /**
     * A demonym, a people word after it and the phrase's head (see the caller): a group actor of that people, with
     * the state as its affiliation, when the head names people or fighters; otherwise nothing. Returns the last
     * token it took.
     */
    private int peopleOfANation(Sentence s, int demonym, int people, Actor state, List<Mention> found, boolean[] used) {
        int head = people + 1;
        while (head + 1 < s.size() && !used[head + 1] && (s.token(head + 1).isNoun() || s.token(head + 1).tag().startsWith("JJ"))
                && (s.token(head).tag().startsWith("JJ") || s.token(head).isNoun())) {
            head++;
        }
        String noun = head < s.size() ? s.token(head).text().toLowerCase(Locale.ROOT) : "";
        ActorType type = FORCE_HEADS.contains(noun) || Lexicon.FIGHTERS.contains(noun) ? ActorType.ARMED_GROUP
                : PEOPLE_HEADS.contains(noun) || Lexicon.PEOPLE.contains(noun) && noun.endsWith("s")
                || Lexicon.PEOPLE_GROUPS.contains(noun) ? ActorType.GROUP : null;
        if (type == null || !s.token(head).isNoun() || !free(used, demonym, head + 1)) {
            for (int t = demonym; t <= people; t++) {
                used[t] = true;
            }
            return people;
        }
        Actor group = minted.actor(s.text(demonym, head + 1), type);
        add(found, used, new Mention(s.index(), demonym, head + 1, s.token(demonym).start(), s.token(head).end(),
                s.text(demonym, head + 1), group, Kind.DEMONYM, null, state, false, null));
        return head;
    }

    /** A capitalised word for a people after a demonym: another state's demonym ("Cypriot"), or an ethnic one ("Kurdish"). */
    private boolean isPeopleWord(Token t, Actor state) {
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        Optional<Actor> other = gazetteer.demonym(w);
        return other.isPresent() ? !other.get().equals(state) : t.entityType().equals("NORP");
    }

    /**
     * A nationality or people word at {@code adjective} followed at {@code headAt} by a plural head noun for a party
     * ({@code groups.tsv}): an armed group or a group of people of its own, named by both words ("Kurdish fighters",
     * "Syrian civilians"). The same words give the same actor in every document; it is not part of any state
     * ("Iraqi militiamen" did not act for Iraq).
     */
    private boolean nationParty(Sentence s, int adjective, int headAt, List<Mention> found, boolean[] used) {
        if (headAt >= s.size() || used[headAt] || !free(used, adjective, headAt + 1)) {
            return false;
        }
        ActorType type = Lexicon.NATION_PARTIES.get(s.token(headAt).text().toLowerCase(Locale.ROOT));
        if (type == null) {
            return false;
        }
        Actor group = minted.actor(s.text(adjective, headAt + 1), type);
        add(found, used, mention(s, adjective, headAt + 1, group, Kind.DEMONYM));
        return true;
    }

    /** Heads that make "the Assad ___" the state of the person named before them. */
    private static final Set<String> PERSON_GOVERNMENTS = Lexicon.list("person-governments");

    /**
     * "The Assad regime", "Assad's regime", "the Obama administration", "the Bashar al-Assad government": a person's
     * name used as a nationality word is, with a word for a government after it, the state the person belongs to,
     * not the person. Not after a title ("President Assad's government"), which says the person leads it.
     */
    private void governmentsOfPeople(Sentence s, List<Mention> found, boolean[] used) {
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            int head = m.last() < s.size() && s.token(m.last()).tag().equals("POS") ? m.last() + 1 : m.last();
            if (!m.actor().is(ActorType.PERSON) || m.title() != null || m.actor().country() == null
                    || head >= s.size() || used[head]
                    || !PERSON_GOVERNMENTS.contains(s.token(head).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<Actor> state = gazetteer.byId(m.actor().country()).filter(a -> a.is(ActorType.STATE));
            if (state.isEmpty()) {
                continue;
            }
            found.set(k, mention(s, m.first(), head + 1, state.get(), Kind.DEMONYM));
            used[head] = true;
        }
    }

    /**
     * "The people of Syria" are the Syrian people, as "the Syrian people" are: a group of the nation, not its state.
     * The state's name after "people of" becomes part of the group's mention.
     */
    private void peopleOf(Sentence s, List<Mention> found, boolean[] used) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (used[i] || !s.token(i).text().equalsIgnoreCase("people") || !s.token(i + 1).text().equals("of")) {
                continue;
            }
            Mention state = mentionAt(found, s.index(), i + 2);
            if (state == null || state.first() != i + 2 || !state.actor().is(ActorType.STATE)
                    || state.actor().demonyms().isEmpty()) {
                continue;
            }
            String demonym = state.actor().demonyms().get(0);
            Actor group = minted.actor(demonym + " people", ActorType.GROUP);
            found.remove(state);
            add(found, used, new Mention(s.index(), i, state.last(), s.token(i).start(), state.end(),
                    s.text(i, state.last()), group, Kind.DEMONYM, null, state.actor(), false, null));
        }
    }

    /**
     * The end of the demonym that starts at token {@code i}: the longest run of up to three capitalised words the
     * gazetteer knows as one ("South Korean", "Papua New Guinean"), else just the one word.
     */
    private int demonymEnd(Sentence s, int i, boolean[] used) {
        if (s.token(i).tag().equals("DT")) {
            return i + 1; // "The Russian" is no demonym of two words
        }
        for (int e = Math.min(s.size(), i + 3); e > i + 1; e--) {
            boolean capitalised = true;
            for (int k = i + 1; k < e; k++) {
                String t = s.token(k).text();
                capitalised &= !used[k] && !t.isEmpty() && Character.isUpperCase(t.charAt(0));
            }
            if (capitalised && gazetteer.demonym(s.text(i, e)).isPresent()) {
                return e;
            }
        }
        return i + 1;
    }

    /**
     * "The Americans", "the Iraqis": a plural demonym after "the" that heads its phrase stands for the state, as "the
     * French" does. Without "the" ("two Americans were hurt") it names people, who are no actor.
     */
    private Optional<Actor> nationAsAWhole(Sentence s, int i) {
        String w = s.token(i).text();
        if (i == 0 || !s.token(i - 1).text().equalsIgnoreCase("the") || w.length() < 5 || !w.endsWith("s")
                || i + 1 < s.size() && s.token(i + 1).isNoun()) {
            return Optional.empty();
        }
        return gazetteer.demonym(w.substring(0, w.length() - 1));
    }

    /**
     * "Iraqis rallied against ...", "Syrians voted": a bare plural demonym that is the subject of a clause names the
     * people of the state (returned), who act as one party; "two Americans were hurt" or "Syrians in Lebanon" as an
     * object name some people, no actor.
     */
    private Optional<Actor> peopleAsSubject(Sentence s, int i) {
        String w = s.token(i).text();
        if (!s.parsed() || w.length() < 5 || !w.endsWith("s") || !s.dep(i).startsWith("nsubj")
                || i > 0 && s.token(i - 1).tag().matches("DT|CD|JJ.*|PRP\\$|POS")
                || !s.children(i, "det").isEmpty() || !s.children(i, "nummod").isEmpty()) {
            return Optional.empty();
        }
        return gazetteer.demonym(w.substring(0, w.length() - 1));
    }

    private static String lastNounOfPhrase(Sentence s, int from) {
        String last = "";
        for (int k = from; k < Math.min(s.size(), from + 4); k++) {
            Token t = s.token(k);
            if (t.isNoun() || t.tag().startsWith("JJ")) {
                last = t.text();
            } else {
                break;
            }
        }
        return last;
    }
}
