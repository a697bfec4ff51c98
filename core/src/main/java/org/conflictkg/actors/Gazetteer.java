package org.conflictkg.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.text.Tsv;

/**
 * Well-known actors and places with their names, read from the tab-separated files under
 * {@code src/main/resources/org/conflictkg/actors/} (format in {@code actors.tsv}). Immutable once built.
 */
public final class Gazetteer {
    /** The bundled files, in load order; a later row with an id seen before adds names to it. */
    static final List<String> BUNDLED = List.of("states.tsv", "places.tsv", "people.tsv", "actors.tsv");

    private final Map<String, Actor> byId;
    /** Normalized name → actor, for names that match case-insensitively. */
    private final Map<String, Actor> byName = new HashMap<>();
    /** Exact acronym → actor (US, IS, UK). */
    private final Map<String, Actor> byAcronym = new HashMap<>();
    private final Map<String, Actor> byDemonym = new HashMap<>();
    /** Normalized name of a capital → the city, for names that are also aliases of their state ("Damascus"). */
    private final Map<String, Actor> capitals = new HashMap<>();
    /** Country id → generic names ("rebels") that mean a group of that country in an article about it. */
    private final Map<String, Map<String, Actor>> generic = new HashMap<>();
    private final Map<String, Map<String, Actor>> unnamed = new HashMap<>();
    /** Every generic name of any country, normalized. */
    private final Set<String> genericWords = new java.util.HashSet<>();
    private final int longestName;

    private Gazetteer(Map<String, Actor> actors, Map<String, Set<String>> genericNames) {
        this.byId = Map.copyOf(actors);
        int longest = 1;
        for (Actor a : actors.values()) {
            for (String n : names(a)) {
                if (Names.isAcronym(n)) {
                    byAcronym.putIfAbsent(n.replace(".", ""), a);
                } else {
                    byName.putIfAbsent(Names.key(n), a);
                }
                longest = Math.max(longest, n.split("\\s+").length);
            }
            for (String d : a.demonyms()) {
                byDemonym.putIfAbsent(Names.key(d), a);
            }
        }
        for (Actor a : actors.values()) {
            if (!a.is(ActorType.PLACE) || a.country() == null) {
                continue;
            }
            for (String n : names(a)) {
                Actor named = Names.isAcronym(n) ? byAcronym.get(n.replace(".", "")) : byName.get(Names.key(n));
                if (named != null && named.is(ActorType.STATE) && named.id().equals(a.country())) {
                    capitals.putIfAbsent(Names.key(n), a);
                }
            }
        }
        genericNames.forEach((id, terms) -> {
            Actor a = actors.get(id);
            for (String t : terms) {
                int at = t.indexOf('@');
                if (at >= 0) {
                    // "coalition@iraq": what "the Coalition" means in an article about Iraq when it names none
                    unnamed.computeIfAbsent(t.substring(at + 1), c -> new HashMap<>()).put(Names.key(t.substring(0, at)), a);
                    continue;
                }
                // a state's own generic word ("regime" in an article about Syria) is keyed by the state itself
                String country = a.country() != null ? a.country() : a.id();
                generic.computeIfAbsent(country, c -> new HashMap<>()).put(Names.key(t), a);
                genericWords.add(Names.key(t));
            }
        });
        this.longestName = longest;
    }

    private static List<String> names(Actor a) {
        List<String> n = new ArrayList<>();
        n.add(a.label());
        n.addAll(a.aliases());
        return n;
    }

    /** The gazetteer bundled with the project. */
    public static Gazetteer bundled() {
        return Holder.BUNDLED_GAZETTEER;
    }

    private static final class Holder {
        static final Gazetteer BUNDLED_GAZETTEER = load();
    }

    private static Gazetteer load() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Set<String>> genericNames = new HashMap<>();
        for (String file : BUNDLED) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(file)) {
                if (in != null) {
                    read(file, in, actors, genericNames);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + file, e);
            }
        }
        return new Gazetteer(actors, genericNames);
    }

    /** Reads one gazetteer file; rows: id, type, label, aliases, demonyms, country, wikidata[, generic names]. */
    static void read(String file, InputStream in, Map<String, Actor> actors, Map<String, Set<String>> genericNames)
            throws IOException {
        for (Tsv.Row r : Tsv.read(in)) {
            String[] c = r.columns();
            if (c.length < 3) {
                throw new IllegalStateException(file + ":" + r.line() + ": expected at least 3 tab-separated columns");
            }
            String id = c[0].trim();
            ActorType type = ActorType.parse(c[1].trim());
            Actor row = new Actor(id, type, c[2].trim(), list(c, 3), list(c, 4), blankToNull(c, 5), blankToNull(c, 6));
            actors.merge(id, row, Gazetteer::merge);
            List<String> g = list(c, 7);
            if (!g.isEmpty()) {
                genericNames.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(g);
            }
        }
    }

    private static Actor merge(Actor a, Actor b) {
        Set<String> aliases = new LinkedHashSet<>(a.aliases());
        aliases.addAll(b.aliases());
        if (!b.label().equals(a.label())) {
            aliases.add(b.label());
        }
        Set<String> demonyms = new LinkedHashSet<>(a.demonyms());
        demonyms.addAll(b.demonyms());
        return new Actor(a.id(), a.type(), a.label(), List.copyOf(aliases), List.copyOf(demonyms),
                a.country() != null ? a.country() : b.country(), a.wikidata() != null ? a.wikidata() : b.wikidata());
    }

    private static List<String> list(String[] c, int i) {
        if (i >= c.length || c[i].isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : c[i].split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static String blankToNull(String[] c, int i) {
        return i < c.length && !c[i].isBlank() ? c[i].trim() : null;
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Actor> actors() {
        return byId.values();
    }

    /** The actor a written name stands for: acronyms match case-sensitively, other names case-insensitively. */
    public Optional<Actor> lookup(String name) {
        String written = Names.compactInitials(name); // "U . S ." as pre-tokenized text writes it
        Actor a = byAcronym.get(written.replace(".", ""));
        if (a == null && !Names.isAcronym(written)) {
            a = byName.get(Names.key(written));
        } else if (a == null && written.replace(".", "").length() > 3) {
            a = byName.get(Names.key(written));
        }
        return Optional.ofNullable(a);
    }

    /** Case-insensitive lookup, for names users type ({@code --param target=isis}). */
    public Optional<Actor> lookupAnyCase(String name) {
        Actor a = byName.get(Names.key(name));
        if (a == null) {
            a = byAcronym.get(name.replace(".", "").toUpperCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(a);
    }

    /**
     * The city a written name stands for when it also names the city's state ("Damascus" is Syria by metonymy and
     * the city of Damascus); empty for other names.
     */
    public Optional<Actor> capitalCity(String written) {
        return Optional.ofNullable(capitals.get(Names.key(written)));
    }

    /** The state whose demonym this is ({@code Russian} → Russia). */
    public Optional<Actor> demonym(String written) {
        return Optional.ofNullable(byDemonym.get(Names.key(written)));
    }

    /** A generic name ("rebels") read as the group of the given country, if the gazetteer has one. */
    public Optional<Actor> generic(String countryId, String written) {
        Map<String, Actor> m = generic.get(countryId);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(Names.key(written)));
    }

    /**
     * What a description such as "the Coalition" means in an article about the given country that names no such
     * actor itself (the gazetteer's "word@country" generic names), if the gazetteer says.
     */
    public Optional<Actor> unnamed(String countryId, String word) {
        Map<String, Actor> m = unnamed.get(countryId);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(Names.key(word)));
    }

    /** True when the word is a generic name ("insurgents") of some group in some country. */
    public boolean isGenericWord(String written) {
        return genericWords.contains(Names.key(written));
    }

    /** The longest name, in tokens. */
    public int longestName() {
        return longestName;
    }

    /** All names and their actors, for suggesting close names. */
    public Map<String, Actor> names() {
        Map<String, Actor> m = new HashMap<>(byName);
        byAcronym.forEach((k, v) -> m.putIfAbsent(Names.key(k), v));
        return m;
    }

    /** The armed forces of a state, as an actor of their own that is part of the state. */
    public Actor forcesOf(Actor state) {
        return derived(state, "armed-forces", ActorType.ARMED_FORCES, "Armed Forces");
    }

    /** A ministry or similar body of a state ({@code kind} e.g. "Ministry of Defence"). */
    public Actor bodyOf(Actor state, String kind) {
        return derived(state, Names.slug(kind), ActorType.GOVERNMENT_BODY, kind);
    }

    private Actor derived(Actor state, String suffix, ActorType type, String what) {
        String id = state.id() + "-" + suffix;
        Actor known = byId.get(id);
        if (known != null) {
            return known;
        }
        String adjective = state.demonyms().isEmpty() ? state.label() : state.demonyms().get(0);
        String label = what.startsWith("Ministry") ? what + " of " + state.label() : adjective + " " + what;
        return new Actor(id, type, label, List.of(), List.of(), state.id(), null);
    }
}
