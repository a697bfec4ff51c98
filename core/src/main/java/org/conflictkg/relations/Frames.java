package org.conflictkg.relations;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The relation frames of {@code frames.tsv}, indexed by trigger lemma. Immutable and thread-safe. */
public final class Frames {
    static final String RESOURCE = "frames.tsv";

    private final Map<String, List<Frame>> byLemma;
    private final int size;

    private Frames(List<Frame> frames) {
        Map<String, List<Frame>> map = new HashMap<>();
        for (Frame f : frames) {
            map.computeIfAbsent(f.lemma(), k -> new ArrayList<>()).add(f);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.byLemma = Map.copyOf(map);
        this.size = frames.size();
    }

    /** The frames bundled with the library. */
    public static Frames bundled() {
        return new Frames(parse(DataRows.bundled(RESOURCE, "relation frames"), RESOURCE));
    }

    /** Reads a frame file; a malformed line is an error naming its line number. */
    public static Frames read(InputStream in, String name) throws IOException {
        return new Frames(parse(DataRows.read(in), name));
    }

    private static List<Frame> parse(List<DataRows.Row> rows, String name) {
        List<Frame> frames = new ArrayList<>();
        for (DataRows.Row row : rows) {
            String[] c = row.columns();
            try {
                if (c.length != 6) {
                    throw new IllegalArgumentException("expected 6 tab-separated columns, found " + c.length);
                }
                String[] words = c[1].strip().split("\\s+");
                for (String w : words) {
                    if (w.startsWith("@")) {
                        Cues.Effect.valueOf(w.substring(1).toUpperCase(Locale.ROOT)); // an unknown class fails here
                    }
                }
                frames.add(new Frame(Frame.Kind.valueOf(c[0].strip().toUpperCase(Locale.ROOT)), words[0],
                        Arrays.asList(words).subList(1, words.length), Relation.parse(c[2].strip()),
                        c[3].strip().equals("-") ? null : c[3].strip(), slots(c[4]), slots(c[5])));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return frames;
    }

    private static List<Slot> slots(String column) {
        List<Slot> out = new ArrayList<>();
        for (String alt : column.split("\\|")) {
            out.add(Slot.parse(alt));
        }
        return out;
    }

    /** The frames a lemma triggers, verbs and nouns alike; empty when none. */
    List<Frame> triggeredBy(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    /** The number of frames. */
    public int size() {
        return size;
    }
}
