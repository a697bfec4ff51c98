package org.conflictkg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.conflictkg.relations.Assertion;
import org.conflictkg.relations.ExtractedDocument;
import org.conflictkg.text.UnreadableDocumentException;

/**
 * Seeded fuzzing of the whole extraction path (issue 12): files of random shape (random Unicode, mixed scripts,
 * control characters, huge tokens, run-on text, deep and broken markup, binary and empty files, corrupted news) go
 * through {@link ConflictGraph#extract(Path, Path)}, {@link ConflictGraph#extract(String, String)} and, all of them
 * together, {@link ConflictGraph#ingest}. Every input must get an answer whose offsets hold, or an
 * {@link UnreadableDocumentException} with one line naming the file; nothing else may escape. Case {@code i} of seed
 * {@code s} is the same input on every machine, so a failure names what to run again. Used by {@code FuzzTest} (in
 * CI) and by the benchmark's {@code fuzz} part (longer runs).
 */
public final class Fuzz {
    private static final String[] NEWS = {
        "Russia backs Assad in the civil war.", "Turkey attacked Kurdish militia positions near the border.",
        "Iran supports the Houthis in Yemen.", "The United States condemned Iran on Monday.",
        "Israel struck Hamas positions in Gaza, officials said.", "Egypt and Jordan held talks in Cairo.",
        "NATO criticized Russia over the strikes on Aleppo.", "Daesh fighters attacked the Iraqi army near Mosul."};
    private static final String[] SCRIPTS = {"Россия поддерживает Асада", "روسيا تدعم الأسد", "俄罗斯支持阿萨德",
        "רוסיה תומכת באסד", "Ρωσία", "रूस असद का समर्थन करता है", "🇷🇺🤝🇸🇾", "e\u0301\u0302\u0303", "\u202eevil\u202c",
        "ﬁ ﬂ Ⅻ ㎏", "Москва—Дамаск", "Türkiye’nin", "\uD83D\uDE00\uD83D\uDE01"};
    private static final String[] EXTENSIONS = {".txt", ".txt", ".md", ".html", ".htm", ".txt"};

    /** One input: a file name and its bytes (not always UTF-8), and the text when it is one. */
    public record Case(int index, String name, byte[] bytes, String text) {}

    /** What a run found. */
    public record Outcome(int cases, int answered, int refused, long tokens, List<String> failures) {}

    private Fuzz() {}

    /** Case {@code i} of seed {@code seed}, at the size CI can afford. */
    public static Case input(long seed, int i) {
        return input(seed, i, 1);
    }

    /**
     * Case {@code i} of seed {@code seed}; {@code scale} multiplies the length of the inputs the parser reads (huge
     * tokens and deep markup are as long at every scale).
     */
    public static Case input(long seed, int i, int scale) {
        Random r = new Random(seed * 1_000_003L + i);
        int kind = r.nextInt(13);
        String ext = kind == 6 || kind == 7 ? ".html" : kind == 8 ? ".md" : EXTENSIONS[r.nextInt(EXTENSIONS.length)];
        String name = String.format("case-%05d-%d%s", i, kind, ext);
        String text = switch (kind) {
            case 0 -> randomUnicode(r, 1 + r.nextInt(1500 * scale));
            case 1 -> mixedScripts(r, 1 + r.nextInt(30 * scale));
            case 2 -> controls(r, 1 + r.nextInt(300 * scale));
            case 3 -> hugeToken(r);
            case 4 -> runOn(r, 160 + r.nextInt(500 * scale));
            case 5 -> manyShortLines(r, 1 + r.nextInt(300 * scale));
            case 6 -> deepHtml(r, 1 + r.nextInt(20_000));
            case 7 -> brokenHtml(r, 1 + r.nextInt(800 * scale));
            case 8 -> markdown(r, 1 + r.nextInt(300 * scale));
            case 9 -> switch (r.nextInt(5)) {
                case 0 -> "";
                case 1 -> " \n\t\r\n ";
                case 2 -> "\ufeff";
                case 3 -> ".";
                default -> "\u00a0\u2028\u2029";
            };
            case 10 -> null; // bytes below
            case 11 -> corrupted(r, 1 + r.nextInt(10 * scale));
            default -> news(r, 1 + r.nextInt(10 * scale));
        };
        byte[] bytes;
        if (text == null) {
            bytes = new byte[r.nextInt(5000)];
            r.nextBytes(bytes);
            if (r.nextBoolean() && bytes.length > 0) { // mostly text with bad UTF-8 in it
                byte[] prose = news(r, 3).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(prose, 0, bytes, 0, Math.min(prose.length, bytes.length));
                for (int k = Math.min(prose.length, bytes.length); k < bytes.length; k++) {
                    bytes[k] = (byte) (r.nextInt(10) == 0 ? 0xC3 : 'a' + r.nextInt(26));
                }
            }
        } else {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        }
        return new Case(i, name, bytes, text);
    }

    private static String randomUnicode(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int cp = switch (r.nextInt(4)) {
                case 0 -> 0x20 + r.nextInt(0x60);
                case 1 -> r.nextInt(0x3000);
                case 2 -> r.nextInt(0x110000);
                default -> " .,;:!?\"'()-\n".charAt(r.nextInt(13));
            };
            if (cp == 0 || cp >= 0xD800 && cp <= 0xDFFF) {
                cp = ' ';
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static String mixedScripts(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(r.nextBoolean() ? SCRIPTS[r.nextInt(SCRIPTS.length)] : NEWS[r.nextInt(NEWS.length)]);
            sb.append(r.nextInt(5) == 0 ? "\n" : " ");
        }
        return sb.toString();
    }

    private static String controls(Random r, int n) {
        String controls = "\u0001\u0007\b\u000b\f\u001b\u007f\u0085\u200b\u200e\u200f\u2028\u2029\ufeff\ufffd\r\t";
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(r.nextInt(4) == 0 ? NEWS[r.nextInt(NEWS.length)] : String.valueOf(controls.charAt(r.nextInt(controls.length()))));
        }
        return sb.toString();
    }

    private static String hugeToken(Random r) {
        int n = 1000 + r.nextInt(60_000);
        StringBuilder sb = new StringBuilder(news(r, 2)).append(' ');
        String alphabet = switch (r.nextInt(4)) {
            case 0 -> "abcdefghijklmnopqrstuvwxyz";
            case 1 -> "a.b-c'd\"e,f;g";
            case 2 -> "ابجدهوزحطي";
            default -> ".";
        };
        for (int k = 0; k < n; k++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.append(' ').append(news(r, 2)).toString();
    }

    private static String runOn(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words; k++) {
            String[] w = NEWS[r.nextInt(NEWS.length)].replace(".", "").replace(",", "").split(" ");
            sb.append(w[r.nextInt(w.length)]).append(r.nextInt(60) == 0 ? ", " : " ");
        }
        return sb.toString();
    }

    private static String manyShortLines(Random r, int lines) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lines; k++) {
            sb.append(r.nextInt(3) == 0 ? NEWS[r.nextInt(NEWS.length)] : "x" + k).append('\n');
        }
        return sb.toString();
    }

    private static String deepHtml(Random r, int depth) {
        String tag = new String[] {"div", "p", "span", "li", "table", "b"}[r.nextInt(6)];
        return "<html><body>" + ("<" + tag + ">").repeat(depth) + news(r, 3) + ("</" + tag + ">").repeat(r.nextInt(depth + 1))
                + "</body></html>";
    }

    private static String brokenHtml(Random r, int n) {
        String[] bits = {"<", ">", "<p>", "</p>", "<div class=\"", "<!--", "-->", "<script>", "</script>", "<style>",
            "&amp;", "&#99999999;", "&#xD800;", "&#0;", "&nbsp;", "&bogus;", "<br/>", "<a href='x'>", "</a", "\"", "'"};
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(r.nextInt(6) == 0 ? NEWS[r.nextInt(NEWS.length)] + " " : bits[r.nextInt(bits.length)]);
        }
        return sb.toString();
    }

    private static String markdown(Random r, int n) {
        String[] bits = {"#", "##### ", "*", "**", "_", "`", "```", "[", "](", ")", "![", "> ", "- ", "+ ", "\n", "|", "---"};
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(r.nextInt(4) == 0 ? NEWS[r.nextInt(NEWS.length)] + " " : bits[r.nextInt(bits.length)]);
        }
        return sb.toString();
    }

    private static String news(Random r, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < sentences; k++) {
            sb.append(NEWS[r.nextInt(NEWS.length)]).append(r.nextInt(4) == 0 ? "\n\n" : " ");
        }
        return sb.toString();
    }

    private static String corrupted(Random r, int sentences) {
        StringBuilder sb = new StringBuilder(news(r, sentences));
        for (int k = r.nextInt(sb.length() / 4 + 1); k > 0 && sb.length() > 0; k--) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, (char) (0x20 + r.nextInt(0x2000)));
                case 2 -> sb.insert(at, sb.charAt(at));
                default -> sb.setCharAt(at, "\".,;:'()[]{}<>-—–".charAt(r.nextInt(17)));
            }
        }
        return sb.toString();
    }

    /**
     * Runs cases {@code 0..cases-1} of {@code seed}, stopping early after {@code budgetMillis}: each is written under
     * {@code dir} and read through the graph. Failures name the seed and case; the cases' files stay in {@code dir}.
     */
    public static Outcome run(ConflictGraph graph, Path dir, long seed, int cases, long budgetMillis) throws IOException {
        return run(graph, dir, seed, cases, budgetMillis, 1);
    }

    /** {@link #run(ConflictGraph, Path, long, int, long)} with inputs of {@code scale} times the length. */
    public static Outcome run(ConflictGraph graph, Path dir, long seed, int cases, long budgetMillis, int scale)
            throws IOException {
        long now = System.currentTimeMillis();
        long deadline = budgetMillis > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + budgetMillis;
        List<String> failures = new ArrayList<>();
        int answered = 0;
        int refused = 0;
        long tokens = 0;
        int done = 0;
        for (int i = 0; i < cases && System.currentTimeMillis() < deadline; i++, done++) {
            Case c = input(seed, i, scale);
            Path f = dir.resolve(c.name());
            Files.write(f, c.bytes());
            String where = "seed " + seed + " case " + i + " (" + c.name() + ", " + c.bytes().length + " bytes)";
            try {
                ExtractedDocument x = graph.extract(f, dir);
                check(x, where, failures);
                tokens += x.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
                answered++;
            } catch (UnreadableDocumentException e) {
                refused++;
                if (!e.getMessage().startsWith(f + ": ") || e.getMessage().lines().count() != 1) {
                    failures.add(where + ": unclear refusal: " + e.getMessage());
                }
            } catch (RuntimeException | Error e) {
                failures.add(where + ": " + e);
            }
            if (c.text() != null && c.text().length() < 5_000) {
                // text in memory can hold what no UTF-8 file can: lone surrogates, and NUL
                StringBuilder t = new StringBuilder(c.text());
                Random r = new Random(seed + i);
                for (int k = r.nextInt(4); k > 0; k--) {
                    t.insert(r.nextInt(t.length() + 1), "\uD800\u0000\uDC00\uDFFF".charAt(r.nextInt(4)));
                }
                try {
                    check(graph.extract(c.name(), t.toString()), where + " in memory", failures);
                } catch (RuntimeException | Error e) {
                    failures.add(where + " in memory: " + e);
                }
            }
        }
        return new Outcome(done, answered, refused, tokens, failures);
    }

    /** The offsets of sentences, tokens, mentions and evidence hold in the document's text. */
    private static void check(ExtractedDocument x, String where, List<String> failures) {
        String text = x.document().text();
        for (Sentence s : x.sentences()) {
            if (!inside(text, s.start(), s.end()) || !text.substring(s.start(), s.end()).equals(s.text())) {
                failures.add(where + ": sentence " + s.index() + " is not at its offsets");
                return;
            }
            for (Token t : s.tokens()) {
                if (!inside(text, t.start(), t.end()) || !text.substring(t.start(), t.end()).equals(t.text())) {
                    failures.add(where + ": a token of sentence " + s.index() + " is not at its offsets");
                    return;
                }
            }
        }
        for (List<Mention> ms : x.mentions()) {
            for (Mention m : ms) {
                if (!inside(text, m.start(), m.end()) || !text.substring(m.start(), m.end()).equals(m.text())) {
                    failures.add(where + ": mention '" + m.text() + "' is not at its offsets");
                    return;
                }
            }
        }
        for (Assertion a : x.assertions()) {
            if (!inside(text, a.evidence().start(), a.evidence().end())) {
                failures.add(where + ": evidence outside the text");
                return;
            }
        }
    }

    private static boolean inside(String text, int start, int end) {
        return 0 <= start && start <= end && end <= text.length();
    }
}
