package org.conflictkg.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The closed word lists of {@link PageFurniture}, kept as data in {@code furniture-words.tsv} (one {@code
 * word<TAB>list} row each), read once per process. Immutable and thread-safe.
 */
final class FurnitureWords {
    private static final String RESOURCE = "furniture-words.tsv";
    private static final Map<String, Set<String>> LISTS = read();

    private FurnitureWords() {
    }

    /** The words of one list, as written. */
    static Set<String> list(String name) {
        Set<String> words = LISTS.get(name);
        if (words == null) {
            throw new IllegalStateException(RESOURCE + " has no list '" + name + "'");
        }
        return words;
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = FurnitureWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            for (Tsv.Row r : Tsv.read(in)) {
                String[] cols = r.columns();
                if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ":" + r.line() + ": expected 'word<TAB>list' in: "
                            + String.join("\t", cols));
                }
                out.computeIfAbsent(cols[1].strip(), k -> new HashSet<>()).add(cols[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }
}
