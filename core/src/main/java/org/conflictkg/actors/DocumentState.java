package org.conflictkg.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.actors.Mention.Kind;

/** What earlier sentences of the document established. */
final class DocumentState {
    final Map<String, Integer> stateCounts = new HashMap<>();
    /** state id → the person the text called its leader */
    final Map<String, Actor> leaders = new HashMap<>();
    /** surname key → person actor */
    final Map<String, Actor> surnames = new HashMap<>();
    final Map<String, Actor> personTitles = new HashMap<>();
    /** person id → the title the text gave them ("defense secretary") */
    final Map<String, String> titles = new HashMap<>();

    /**
     * The person named most recently with a title that has this word: "the king" after "King Abdullah of
     * Jordan met Putin" is Abdullah.
     */
    Actor titled(String word) {
        for (Actor p : recentPeople) {
            String t = titles.get(p.id());
            if (t != null && java.util.Arrays.asList(t.split("[\\s,]+")).contains(word)) {
                return p;
            }
        }
        return null;
    }
    Actor lastPerson;
    Actor lastForces;
    Actor lastGroup;
    Actor lastAlliance;
    Actor lastCoalition;
    /** The agents named so far, the latest first: what "the two countries" refers to. */
    final java.util.Deque<Actor> recentStates = new java.util.ArrayDeque<>();
    final java.util.Deque<Actor> recentPeople = new java.util.ArrayDeque<>();

    /** The last two distinct actors of a list, latest first; empty when there are fewer. */
    static List<Actor> lastTwo(java.util.Deque<Actor> recent) {
        return recent.size() < 2 ? List.of() : List.copyOf(recent).subList(0, 2);
    }

    static void remember(java.util.Deque<Actor> recent, Actor a) {
        recent.remove(a);
        recent.addFirst(a);
        while (recent.size() > 4) {
            recent.removeLast();
        }
    }

    /** The mentions named so far, by kind of antecedent, each once: what pronouns and descriptions refer to. */
    private final Set<Mention> noted = new java.util.HashSet<>();
    final List<Mention> stateMentions = new ArrayList<>();
    final List<Mention> groupMentions = new ArrayList<>();
    final List<Mention> agentMentions = new ArrayList<>();
    final List<Mention> placeMentions = new ArrayList<>();

    /**
     * The one state named in this sentence or the one before: what "the country" or "the kingdom" (then the
     * monarchy among them) refers to. Null when there is none or the text leaves it open.
     */
    Actor stateNear(int sentence, int at, boolean monarchy) {
        return onlyOne(stateMentions, sentence, at, a -> !monarchy || isMonarchy(a));
    }

    /** The one group (armed, organized or not) named just before: what "they" refers to; else null. */
    Actor groupNear(int sentence, int at) {
        return onlyOne(groupMentions, sentence, at, a -> true);
    }

    /** The one state, organization, force or armed group named just before: what "it" and "its" refer to. */
    Actor agentNear(int sentence, int at) {
        return onlyOne(agentMentions, sentence, at, a -> true);
    }

    /** The one place named just before: what "the town" or "the village" refers to. */
    Actor placeNear(int sentence, int at) {
        return onlyOne(placeMentions, sentence, at, a -> true);
    }

    /**
     * The referent of a pronoun or description at token {@code at}: the one fitting actor named earlier in its
     * sentence, or, when its sentence names none, the one named in the sentence before. Null when there are two
     * or more: the text leaves it open, and no fact is better than a wrong one.
     */
    private static Actor onlyOne(List<Mention> named, int sentence, int at, java.util.function.Predicate<Actor> fits) {
        for (int back = 0; back <= 1; back++) {
            List<Actor> near = new ArrayList<>();
            // from the latest mention back, only as far as the sentence before: a pronoun costs the few
            // mentions of two sentences, not the whole document
            for (int k = named.size() - 1; k >= 0 && named.get(k).sentence() >= sentence - 1; k--) {
                Mention m = named.get(k);
                if (m.sentence() == sentence - back && (back == 1 || m.last() <= at) && fits.test(m.actor())
                        && !near.contains(m.actor())) {
                    near.add(m.actor());
                }
            }
            if (!near.isEmpty()) {
                return near.size() == 1 ? near.get(0) : null;
            }
        }
        return null;
    }

    private static boolean isMonarchy(Actor state) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(state.label()), state.aliases().stream())
                .anyMatch(n -> n.matches("(?i).*\\b(kingdom|emirates?|sultanate)\\b.*"));
    }

    /** Actors the document named in full, by the initials of that name: what "ISF" is after "Iraqi Security Forces". */
    final Map<String, Actor> byInitials = new HashMap<>();

    /**
     * The initials of a name of two or more capitalised words, small words left out ("Iraqi Security Forces" gives
     * ISF, "Popular Mobilization Forces" PMF, "Army of Conquest" AC); empty when a word is not capitalised.
     */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || SMALL_WORDS.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return "";
            }
            out.append(w.charAt(0));
            words++;
        }
        return words >= 2 ? out.toString() : "";
    }

    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "al");

    /** The first coalition the document names anywhere: what "the Coalition" means before it is named. */
    Actor namedCoalition;

    Actor coalition() {
        return lastCoalition != null ? lastCoalition : namedCoalition;
    }

    /**
     * The country whose group a generic word means: among the states the article is mostly about (named at least
     * half as often as the most named one), the most named that has a group of that name. An article about Iraq
     * that mentions Syria a few times does not make Iraqi "insurgents" Syrian rebels.
     */
    Optional<String> focusCountry(Gazetteer g, String word) {
        return focusCountry(country -> g.generic(country, word).isPresent());
    }

    /** The most named of the states the article is mostly about that passes the test. */
    Optional<String> focusCountry(java.util.function.Predicate<String> fits) {
        int max = stateCounts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return stateCounts.entrySet().stream()
                .filter(e -> 2 * e.getValue() >= max && fits.test(e.getKey()))
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    /** Takes note of a mention; {@code where} when it names where something happens ("in Syria"). */
    void saw(Mention m, boolean where) {
        Actor a = m.actor();
        if (m.kind() == Kind.NAME || m.kind() == Kind.DEMONYM) {
            String initials = initials(m.text());
            if (initials.length() >= 2) {
                byInitials.putIfAbsent(initials, a);
            }
        }
        if (m.kind() != Kind.PRONOUN && m.kind() != Kind.DESCRIPTION && noted.add(m)) {
            if (a.is(ActorType.PLACE)) {
                placeMentions.add(m);
            } else if (!a.is(ActorType.PERSON) && !a.is(ActorType.GROUP) && !where) {
                agentMentions.add(m); // "deployed jets in Syria. Its warplanes ...": Syria is no candidate
            }
            if (a.is(ActorType.STATE)) {
                remember(recentStates, a);
                stateMentions.add(m);
            } else if (a.is(ActorType.ARMED_GROUP) || a.is(ActorType.ORGANIZATION) || a.is(ActorType.ARMED_FORCES)
                    || a.is(ActorType.GROUP) || a.is(ActorType.COALITION)) {
                groupMentions.add(m); // what "they" may be
            } else if (a.is(ActorType.PERSON)) {
                remember(recentPeople, a);
            }
        }
        switch (a.type()) {
            case PERSON -> {
                lastPerson = a;
                if (m.title() != null) {
                    personTitles.put(a.id(), a);
                    titles.put(a.id(), m.title().toLowerCase(Locale.ROOT));
                }
            }
            case ARMED_FORCES -> {
                lastForces = a;
            }
            case GROUP -> { } // "Syrian civilians" are no antecedent of "it" or "the group"
            case ARMED_GROUP -> {
                lastGroup = a;
            }
            case COALITION, INTERNATIONAL_ORGANIZATION -> {
                lastAlliance = a;
                if (a.is(ActorType.COALITION)) {
                    lastCoalition = a;
                }
            }
            default -> { }
        }
    }
}
