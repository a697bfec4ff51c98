package org.conflictkg.relations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Surface words for relations and the ontology property each stands for, from {@code relations.tsv}. */
public final class RelationLexicon {
    /** How a word carries a relation. */
    public enum Kind { VERB, EVENT, MUTUAL, AGENT, SPEECH }

    /**
     * One lexicon row.
     *
     * @param kind        verb, event noun, mutual noun, agent noun or speech verb
     * @param words       lemmas, e.g. ["join", "forces"]
     * @param relation    the property, or null
     * @param preposition the word that introduces the other party, or null for a direct object
     */
    public record Entry(Kind kind, List<String> words, Relation relation, String preposition) {}

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    RelationLexicon(List<Entry> entries) {
        for (Entry e : entries) {
            byFirstWord.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
        }
        // longer entries first, so "join forces" wins over "join"
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    }

    public static RelationLexicon bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final RelationLexicon BUNDLED = load("relations.tsv");
    }

    static RelationLexicon load(String resource) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = RelationLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("relation lexicon " + resource + " is not on the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 4) {
                    throw new IllegalStateException(resource + ":" + n + ": expected 4 tab-separated columns");
                }
                entries.add(new Entry(Kind.valueOf(c[0].trim().toUpperCase(Locale.ROOT)),
                        List.of(c[1].trim().split("\\s+")),
                        c[2].trim().equals("-") ? null : Relation.parse(c[2].trim()),
                        c[3].trim().equals("-") ? null : c[3].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RelationLexicon(entries);
    }

    /** Entries whose first word is this lemma, longest first. */
    public List<Entry> startingWith(String lemma) {
        return byFirstWord.getOrDefault(lemma, List.of());
    }

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("struck", "strike"), Map.entry("stricken", "strike"), Map.entry("hit", "hit"),
            Map.entry("fought", "fight"), Map.entry("met", "meet"), Map.entry("shot", "shoot"),
            Map.entry("led", "lead"), Map.entry("held", "hold"), Map.entry("took", "take"), Map.entry("taken", "take"),
            Map.entry("said", "say"), Map.entry("told", "tell"), Map.entry("sent", "send"), Map.entry("made", "make"),
            Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("began", "begin"),
            Map.entry("begun", "begin"), Map.entry("drove", "drive"), Map.entry("driven", "drive"),
            Map.entry("ran", "run"), Map.entry("brought", "bring"), Map.entry("sought", "seek"),
            Map.entry("forces", "forces"), Map.entry("talks", "talks"), Map.entry("negotiations", "negotiations"),
            Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("is", "be"), Map.entry("are", "be"),
            Map.entry("been", "be"), Map.entry("being", "be"), Map.entry("has", "have"), Map.entry("had", "have"),
            Map.entry("did", "do"), Map.entry("does", "do"), Map.entry("air-strikes", "airstrike"),
            Map.entry("airstrikes", "airstrike"), Map.entry("air-strike", "airstrike"));

    /**
     * The possible lemmas of an English word, most likely first: the word itself and what removing an
     * inflection gives ("struck" → strike, "targeting" → target, "allies" → ally, "cooperated" → cooperate).
     * Callers keep the first one the lexicon knows; wrong candidates are harmless because they match nothing.
     */
    public static List<String> lemmas(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(6);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            out.add(irregular);
        }
        out.add(w);
        for (String suffix : List.of("ing", "ed", "es", "s", "d")) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                String s = w.substring(0, w.length() - suffix.length());
                out.add(s);
                if (suffix.equals("ing") || suffix.equals("ed")) {
                    out.add(s + "e");
                    int n = s.length();
                    if (s.charAt(n - 1) == s.charAt(n - 2)) {
                        out.add(s.substring(0, n - 1));
                    }
                }
                if ((suffix.equals("es") || suffix.equals("ed")) && s.endsWith("i")) {
                    out.add(s.substring(0, s.length() - 1) + "y");
                }
            }
        }
        return out;
    }
}
