package org.conflictkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.conflictkg.ConflictGraph;
import org.conflictkg.Fuzz;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.relations.ExtractedDocument;
import org.conflictkg.text.UnreadableDocumentException;

/**
 * Issue 12's bounded work per input, measured ({@code -Dbench.parts=bounds}): one document of each shape (one line
 * of words without punctuation, one huge token, many short lines, news text) and size through
 * {@link ConflictGraph#extract(Path)} (and "letters", one-letter tokens between commas, the most tokens a megabyte can
 * hold), with the wall time, the tokens read, and the work in tokens (the sum over
 * sentences of their squared length, divided by the tokens: bounded by the sentence limit when the work is linear).
 * And the long fuzz run ({@code -Dbench.parts=fuzz -Dbench.fuzzCases=N -Dbench.fuzzScale=S}).
 */
final class InputBoundsBenchmark {
    private static final String[] WORDS = {"the", "army", "of", "Syria", "moved", "troops", "near", "the", "border",
        "while", "Russia", "backs", "Assad", "and", "rebels", "in", "Aleppo", "said", "officials", "on", "Monday"};

    private InputBoundsBenchmark() {}

    static void bounds(Map<String, String> opt, Path out, Path corpus, List<Path> files, Consumer<String> results)
            throws IOException {
        Consumer<String> line = echoed(results);
        Path dir = Files.createDirectories(out.resolve("bounds"));
        String[] shapes = opt.getOrDefault("bounds-shapes", "oneline,normal,huge,shortlines").split(",");
        String[] sizes = opt.getOrDefault("bounds-sizes", "262144,524288,1048576,4194304,16777216").split(",");
        String news = newsText(files);
        line.accept("## Bounded work per input (issue 12)");
        line.accept("");
        line.accept("| shape | bytes | outcome | wall s | tokens | sentences | longest | work/token | µs/token | s/MB |");
        line.accept("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        try (ConflictGraph graph = ConflictGraph.inMemory()) {
            graph.extract("warm-up.txt", news.substring(0, Math.min(news.length(), 20_000)));
            for (String shape : shapes) {
                for (String size : sizes) {
                    int bytes = Integer.parseInt(size);
                    Path f = dir.resolve(shape + "-" + bytes + ".txt");
                    Files.write(f, shape(shape, bytes, news));
                    System.gc();
                    long t0 = System.nanoTime();
                    String outcome;
                    long tokens = 0;
                    long work = 0;
                    int longest = 0;
                    int sentences = 0;
                    try {
                        ExtractedDocument x = graph.extract(f);
                        for (Sentence s : x.sentences()) {
                            int n = s.tokens().size();
                            tokens += n;
                            work += (long) n * n;
                            longest = Math.max(longest, n);
                        }
                        sentences = x.sentences().size();
                        outcome = x.assertions().size() + " assertions";
                    } catch (UnreadableDocumentException e) {
                        outcome = "refused: " + e.getMessage().substring(e.file().length() + 2);
                    }
                    double s = (System.nanoTime() - t0) / 1e9;
                    line.accept(String.format(Locale.ROOT, "| %s | %,d | %s | %.1f | %,d | %,d | %d | %.1f | %s | %.1f |",
                            shape, bytes, outcome, s, tokens, sentences, longest, tokens == 0 ? 0.0 : (double) work / tokens,
                            tokens == 0 ? "" : String.format(Locale.ROOT, "%.0f", s * 1e6 / tokens), s / (bytes / 1048576.0)));
                    Files.delete(f);
                }
            }
        }
        line.accept("");
    }

    /** A document of a shape, {@code bytes} long in UTF-8 (all shapes are ASCII). */
    static byte[] shape(String shape, int bytes, String news) {
        StringBuilder sb = new StringBuilder(bytes + 64);
        Random r = new Random(bytes);
        while (sb.length() < bytes) {
            switch (shape) {
                case "oneline" -> sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
                case "huge" -> sb.append((char) ('a' + r.nextInt(26)));
                case "shortlines" -> sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ')
                        .append(WORDS[r.nextInt(WORDS.length)]).append(".\n");
                case "normal" -> sb.append(news);
                case "letters" -> sb.append((char) ('a' + r.nextInt(26))).append(r.nextInt(20) == 0 ? ' ' : ',');
                default -> throw new IllegalArgumentException("unknown shape " + shape);
            }
        }
        sb.setLength(bytes);
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** About 200 KB of the corpus's news text, ASCII only, articles separated by blank lines. */
    private static String newsText(List<Path> files) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path f : files) {
            if (sb.length() > 200_000) {
                break;
            }
            sb.append(Files.readString(f, StandardCharsets.UTF_8).replaceAll("[^\\x00-\\x7f]", " ")).append("\n\n");
        }
        return sb.toString();
    }

    /** Each line to the results and, as it comes, to standard output (a run takes minutes). */
    private static Consumer<String> echoed(Consumer<String> results) {
        return l -> {
            results.accept(l);
            System.out.println(l);
        };
    }

    static void fuzz(Map<String, String> opt, Path out, Consumer<String> results) throws IOException {
        Consumer<String> line = echoed(results);
        long seed = Long.parseLong(opt.getOrDefault("fuzz-seed", "12"));
        int cases = Integer.parseInt(opt.getOrDefault("fuzz-cases", "2000"));
        int scale = Integer.parseInt(opt.getOrDefault("fuzz-scale", "4"));
        Path dir = Files.createDirectories(out.resolve("fuzz"));
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        line.accept("## Fuzzing (issue 12)");
        line.accept("");
        try (ConflictGraph graph = ConflictGraph.inMemory()) {
            graph.extract("warm-up.txt", "Russia backs Assad.");
            long t0 = System.nanoTime();
            Fuzz.Outcome o = Fuzz.run(graph, dir, seed, cases, Long.MAX_VALUE, scale);
            double s = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            var report = graph.ingest(List.of(dir));
            double si = (System.nanoTime() - t1) / 1e9;
            List<String> bad = new ArrayList<>(o.failures());
            report.skipped().stream().filter(p -> p.reason().contains("extraction failed")).forEach(p -> bad.add(p.toString()));
            line.accept(String.format(Locale.ROOT, "- seed %d, scale %d: %d cases in %.0f s (%d answered, %d refused, "
                    + "%,d tokens); ingest of all of them %.0f s (%d documents, %d skipped); **%d failures**", seed, scale,
                    o.cases(), s, o.answered(), o.refused(), o.tokens(), si, report.documents(), report.skipped().size(),
                    bad.size()));
            bad.stream().limit(20).forEach(b -> line.accept("  - " + b));
        }
        line.accept("");
    }
}
