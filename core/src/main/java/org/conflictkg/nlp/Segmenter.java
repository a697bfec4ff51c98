package org.conflictkg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.conflictkg.text.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence detection and tokenization with OpenNLP. Each prose block of the document is split on its own, so a
 * headline never merges with the paragraph below it. One set of {@code *ME} instances per thread over the shared
 * models: safe to call from many threads.
 *
 * <p>The work per document grows linearly with its length, whatever its shape:
 * <ul>
 * <li>a run of more than {@value #MAX_WORD_CHARS} characters without a blank is no word of a news text (a data URI,
 * a hash, a line of dashes): it is left out of the analysis, with a warning naming the file and the offset. OpenNLP's
 * tokenizer would spend time on it that grows with the square of its length;</li>
 * <li>a sentence of more than {@value #MAX_SENTENCE_TOKENS} tokens (a table, a list or a text without full stops)
 * is cut into parts of at most that many tokens before anything parses it, each at the last semicolon, colon, dash
 * or comma in the second half of the part, else after the {@value #MAX_SENTENCE_TOKENS}th token. The parser and
 * the relation frames take time that grows faster than a sentence's length; in the news corpus 99.99% of sentences
 * have at most 121 tokens. Each part is a sentence of its own, at its own offsets.</li>
 * </ul>
 */
final class Segmenter {
    private static final Logger LOG = LoggerFactory.getLogger(Segmenter.class);
    /** Sentences longer than this many tokens are cut into parts of at most this many. */
    static final int MAX_SENTENCE_TOKENS = 150;
    /** Runs of more non-blank characters than this are left out of the analysis. */
    static final int MAX_WORD_CHARS = 100;
    /**
     * A document is read up to this many tokens (the 1 MB news text of docs/BENCHMARKS.md has 189,157); the rest is
     * left out with a warning naming the file and the offset. Text of one-character tokens ("a,a,a") within the
     * reader's 1 MiB cap would otherwise have up to a million.
     */
    static final int MAX_DOCUMENT_TOKENS = 250_000;

    /** The words of one sentence and where each stands in the document text. */
    record Segment(int start, int end, String text, String[] words, int[] starts, int[] ends) {
    }

    private final ThreadLocal<Tools> tools;

    private final int maxDocumentTokens;

    Segmenter(OpenNlpModels models) {
        this(models, MAX_DOCUMENT_TOKENS);
    }

    Segmenter(OpenNlpModels models, int maxDocumentTokens) {
        this.tools = ThreadLocal.withInitial(() -> new Tools(models));
        this.maxDocumentTokens = maxDocumentTokens;
    }

    private static final class Tools {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;

        Tools(OpenNlpModels m) {
            sentences = new SentenceDetectorME(m.sentence);
            tokenizer = new TokenizerME(m.tokenizer);
        }
    }

    List<Segment> segment(Document document) {
        Tools t = tools.get();
        String text = document.text();
        String plain = document.plain(); // as long as text: offsets found in it are offsets into text
        List<Segment> out = new ArrayList<>();
        Skipped skipped = new Skipped();
        int tokens = 0;
        blocks:
        for (org.conflictkg.text.Span block : document.blocks()) {
            // same-length ASCII copy: the 1.5 models know straight quotes only; offsets stay valid
            String blockText = withoutOverlongWords(asciiQuotes(plain.substring(block.start(), block.end())),
                    block.start(), skipped);
            for (Span s : joinAbbreviations(t.sentences.sentPosDetect(blockText), blockText)) {
                int sStart = block.start() + s.getStart();
                int sEnd = block.start() + s.getEnd();
                String sentenceText = blockText.substring(s.getStart(), s.getEnd());
                Span[] spans = splitFinalStop(splitDashes(splitQuotes(t.tokenizer.tokenizePos(sentenceText),
                        sentenceText), plain.substring(sStart, sEnd)), sentenceText);
                if (spans.length == 0) {
                    continue;
                }
                boolean last = false;
                if (tokens + spans.length > maxDocumentTokens) {
                    int keep = maxDocumentTokens - tokens;
                    LOG.warn("{}: more than {} tokens; the text from offset {} on is left out of the analysis",
                            document.shown(), maxDocumentTokens, sStart + spans[keep].getStart());
                    if (keep == 0) {
                        break blocks;
                    }
                    spans = java.util.Arrays.copyOf(spans, keep);
                    last = true;
                }
                String[] words = Span.spansToStrings(spans, sentenceText);
                int joined = joinSpacedAbbreviations(spans, words);
                if (joined < spans.length) {
                    spans = java.util.Arrays.copyOf(spans, joined);
                    words = java.util.Arrays.copyOf(words, joined);
                }
                tokens += spans.length;
                int[] starts = new int[spans.length];
                int[] ends = new int[spans.length];
                for (int i = 0; i < spans.length; i++) {
                    starts[i] = sStart + spans[i].getStart();
                    ends[i] = sStart + spans[i].getEnd();
                }
                if (words.length <= MAX_SENTENCE_TOKENS) {
                    int end = last ? ends[words.length - 1] : sEnd; // a sentence cut by the budget ends at its last token
                    out.add(new Segment(sStart, end, text.substring(sStart, end), words, starts, ends));
                } else {
                    int from = 0;
                    int parts = 0;
                    for (int to : cuts(words, MAX_SENTENCE_TOKENS)) {
                        int a = starts[from];
                        int b = ends[to - 1];
                        out.add(new Segment(a, b, text.substring(a, b), java.util.Arrays.copyOfRange(words, from, to),
                                java.util.Arrays.copyOfRange(starts, from, to), java.util.Arrays.copyOfRange(ends, from, to)));
                        from = to;
                        parts++;
                    }
                    LOG.info("{}: the sentence at offset {} has {} tokens, more than {}: read as {} parts",
                            document.shown(), sStart, words.length, MAX_SENTENCE_TOKENS, parts);
                }
                if (last) {
                    break blocks;
                }
            }
        }
        if (skipped.count > 0) {
            LOG.warn("{}: {} run(s) of more than {} characters without a blank left out of the analysis, the first at "
                    + "offset {} ({} characters)", document.shown(), skipped.count, MAX_WORD_CHARS, skipped.first,
                    skipped.firstLength);
        }
        return out;
    }

    /**
     * Title abbreviations and initials that end no sentence before a capitalised word: "Mr . Erdogan", "Gen . Votel",
     * "U . S . forces", as pre-tokenized text writes them, which the sentence model splits. OpenNLP's sentence model
     * has no list of its own to extend at run time, so the breaks it makes there are joined again here.
     */
    /** The abbreviations of {@code abbreviations.txt}, read once. */
    private static final List<String> ABBREVIATION_LIST = abbreviationList();
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.copyOf(ABBREVIATION_LIST);
    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])(?:" + String.join("|", ABBREVIATION_LIST.stream().map(java.util.regex.Pattern::quote).toList())
                    + "|[A-HJ-Z])\\s*\\.$"); // not "I": "World War I."

    private static List<String> abbreviationList() {
        try (var in = Segmenter.class.getResourceAsStream("abbreviations.txt")) {
            if (in == null) {
                throw new IllegalStateException("abbreviations.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read abbreviations.txt", e);
        }
    }

    /**
     * Joins in place, as pre-tokenized text needs, a title abbreviation or a run of initials and the full stops the
     * text set apart: "Mr ." becomes the word "Mr." and "U . S ." the word "U.S.", each over the text it covers, so
     * that names and titles read as in ordinary text. Returns how many tokens are left at the front of the arrays.
     */
    static int joinSpacedAbbreviations(Span[] spans, String[] words) {
        int out = 0;
        for (int i = 0; i < spans.length; ) {
            int j = i;
            StringBuilder word = new StringBuilder();
            // initials: "U . S ." (a letter, its full stop, then maybe more)
            while (j + 1 < spans.length && words[j].length() == 1 && Character.isUpperCase(words[j].charAt(0))
                    && !words[j].equals("I") && words[j + 1].equals(".") && spans[j + 1].getStart() > spans[j].getEnd()
                    && (j > i || j + 2 < spans.length && (words[j + 2].length() == 1 || isCapitalised(words[j + 2])))) {
                word.append(words[j]).append('.');
                j += 2;
            }
            if (j == i && i + 1 < spans.length && words[i + 1].equals(".") && spans[i + 1].getStart() > spans[i].getEnd()
                    && ABBREVIATIONS.contains(words[i]) && i + 2 < spans.length && isCapitalised(words[i + 2])) {
                word.append(words[i]).append('.'); // "Mr . Erdogan"
                j = i + 2;
            }
            if (j > i) {
                spans[out] = new Span(spans[i].getStart(), spans[j - 1].getEnd());
                words[out] = word.toString();
                out++;
                i = j;
            } else {
                spans[out] = spans[i];
                words[out] = words[i];
                out++;
                i++;
            }
        }
        return out;
    }

    /**
     * The written form of token {@code i}: the text it covers, or, for an abbreviation joined over the blanks of
     * pre-tokenized text ("Mr ."), the word it reads as ("Mr.").
     */
    static String form(String text, Segment s, int i) {
        String covered = text.substring(s.starts()[i], s.ends()[i]);
        return covered.chars().anyMatch(Character::isWhitespace) ? s.words()[i] : covered;
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** The sentences, with a break after a title abbreviation or an initial joined to the capitalised sentence after it. */
    static Span[] joinAbbreviations(Span[] sentences, String text) {
        List<Span> out = new ArrayList<>();
        for (Span s : sentences) {
            if (!out.isEmpty()) {
                Span before = out.get(out.size() - 1);
                String tail = text.substring(before.getStart(), before.getEnd());
                String next = text.substring(s.getStart(), s.getEnd());
                if (!next.isEmpty() && Character.isUpperCase(next.charAt(0))
                        && ABBREVIATION_END.matcher(tail.length() > 12 ? tail.substring(tail.length() - 12) : tail).find()) {
                    out.set(out.size() - 1, new Span(before.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(new Span[0]);
    }

    /**
     * Where to cut a sentence of {@code words} into parts of at most {@code max} tokens: the exclusive end of each
     * part, the last one {@code words.length}. A part ends after the last semicolon in its second half, else the last
     * colon or dash, else the last comma, else after its {@code max}th token.
     */
    static int[] cuts(String[] words, int max) {
        List<Integer> out = new ArrayList<>();
        int n = words.length;
        int from = 0;
        while (n - from > max) {
            int best = from + max;
            int bestRank = 0;
            for (int k = from + max; k > from + max / 2; k--) {
                int rank = breakRank(words[k - 1]);
                if (rank > bestRank) {
                    best = k;
                    bestRank = rank;
                    if (rank == 3) {
                        break;
                    }
                }
            }
            out.add(best);
            from = best;
        }
        out.add(n);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How good a place to end a part the end of this word is: 3 a semicolon, 2 a colon or dash, 1 a comma. */
    private static int breakRank(String w) {
        return switch (w) {
            case ";" -> 3;
            case ":", "-", "--", "\u2014", "\u2013" -> 2;
            case "," -> 1;
            default -> 0;
        };
    }

    /** Runs of non-blank characters left out of a document's analysis. */
    private static final class Skipped {
        int count;
        int first = -1;
        int firstLength;
    }

    /**
     * The text with each run of more than {@value #MAX_WORD_CHARS} non-blank characters made blanks (the same
     * length: offsets stay valid); {@code offset} is where the text starts in the document.
     */
    static String withoutOverlongWords(String text, int offset, Skipped skipped) {
        char[] c = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(text.charAt(j)) && !Character.isSpaceChar(text.charAt(j))) {
                j++;
            }
            if (j - i > MAX_WORD_CHARS) {
                if (c == null) {
                    c = text.toCharArray();
                }
                java.util.Arrays.fill(c, i, j, ' ');
                if (skipped != null) {
                    if (skipped.count++ == 0) {
                        skipped.first = offset + i;
                        skipped.firstLength = j - i;
                    }
                }
            }
            i = j;
        }
        return c == null ? text : new String(c);
    }

    static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("''") || w.equals("``");
    }

    /**
     * The tokenizer keeps the full stop that ends a sentence on a last word it takes for an abbreviation ("joined
     * ISIS.", "backs the SDF."), which the tagger and the name finder then read as another word: split it off, unless
     * the word has full stops inside ("the U.S.") and so is an abbreviation whose stop ends the sentence too.
     */
    static Span[] splitFinalStop(Span[] spans, String text) {
        if (spans.length == 0) {
            return spans;
        }
        Span last = spans[spans.length - 1];
        String w = text.substring(last.getStart(), last.getEnd());
        if (w.length() < 3 || !w.endsWith(".") || w.substring(0, w.length() - 1).indexOf('.') >= 0
                || !Character.isLetterOrDigit(w.charAt(w.length() - 2))) {
            return spans;
        }
        Span[] out = java.util.Arrays.copyOf(spans, spans.length + 1);
        out[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        out[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
        return out;
    }

    /** The 1.5 tokenizer leaves a quote stuck to a word ("exchange): split it off. */
    private static Span[] splitQuotes(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span sp : spans) {
            int a = sp.getStart();
            int b = sp.getEnd();
            if (b - a > 1 && text.charAt(a) == '"') {
                out.add(new Span(a, a + 1));
                a++;
            }
            if (b - a > 1 && text.charAt(b - 1) == '"') {
                out.add(new Span(a, b - 1));
                out.add(new Span(b - 1, b));
            } else {
                out.add(new Span(a, b));
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The tokenizer reads an em dash (made a hyphen in the ASCII copy) between two words as a hyphen and keeps
     * "Soleimani—their" as one word: split it at the dash, which the original text still has.
     */
    private static Span[] splitDashes(Span[] spans, String original) {
        List<Span> out = new ArrayList<>(spans.length + 2);
        for (Span sp : spans) {
            int a = sp.getStart();
            for (int k = a + 1; k < sp.getEnd() - 1; k++) {
                if (original.charAt(k) == '\u2014') {
                    out.add(new Span(a, k));
                    out.add(new Span(k, k + 1));
                    a = k + 1;
                }
            }
            out.add(new Span(a, sp.getEnd()));
        }
        return out.toArray(new Span[0]);
    }

    /** Straight quotes and dashes for curly ones; the same length. */
    private static String asciiQuotes(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u201c', '\u201d', '\u201e' -> c[i] = '"';
                case '\u2018', '\u2019', '`' -> c[i] = '\'';
                case '\u2013', '\u2014' -> c[i] = '-';
                default -> { }
            }
        }
        return new String(c);
    }
}
