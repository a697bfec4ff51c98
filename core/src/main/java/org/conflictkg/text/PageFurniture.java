package org.conflictkg.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the prose of a news page: splits the text into lines and drops what is page furniture rather than
 * reporting — bylines and credits, photo captions, share/scroll prompts, related-headline lists, lines in
 * another script — and trims datelines such as {@code "CITY (Agency) - "} off paragraphs.
 *
 * <p>Scraped pages often glue furniture into a paragraph (a photo credit and its caption between two sentences,
 * a "Tags" list before the lead, a "Related" list of headlines, the headline repeated after the date). Such
 * furniture is cut out of the paragraph, which then yields several blocks; the rest of the paragraph is kept.
 * Blocks are always ranges of the original text, so offsets stay valid.
 */
final class PageFurniture {
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(" + String.join("|",
            "scroll to continue reading", "commercial break", "advertisement", "read mode", "top content trending",
            "all news", "share( this)?( article)?", "related( articles| stories| news)?:?", "read more:?.*",
            "blog comments powered by.*", "posted in:.*", "published:.*", "updated:.*", "source:.*",
            "\\d+% font size", "\\d+ min(ute)? read", "(additional )?reporting by .*", "editing by .*",
            "writing by .*", "compiled by .*", "(file )?photo:.*", "image:.*", "photo credit.*", "follow us.*",
            "click here.*", "sign up.*", "tags?:.*", "topics?:.*", "filed under:?.*", "subscribe.*", "copyright.*", "©.*", "all rights reserved.*",
            "print|email|comments?|tweet|whatsapp|facebook|twitter") + ")$");
    /** Something in a line that marks a photo credit. */
    static final Pattern CAPTION = Pattern.compile("(REUTERS/|AFP PHOTO|/AFP\\b|\\(Photo|Getty Images|AP Photo|/ ?EPA\\b)");

    /** A name in a credit: a capitalized word, maybe hyphenated or with an apostrophe. */
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*";
    /**
     * Photo credits: {@code REUTERS/First Last}, {@code AFP PHOTO / NAME}, {@code AP Photo/First Last},
     * {@code First Last/AFP}, {@code (AP photo)}, {@code (Photo AFP)}, {@code (Photo: ... by AFP)},
     * {@code (TV Channel and Agencies)}, {@code Getty Images}. Names after the agency are taken by
     * {@link #creditEnd} (at most two, and never a word that opens sentences).
     */
    private static final Pattern CREDIT = Pattern.compile(String.join("|",
            "(?<slash>\\bREUTERS/|\\bAP Photo\\s*/\\s*|\\bAP Photo(?= \\p{Lu})|(?<=^|[.!?\"”] )REUTERS(?= \\p{Lu}\\p{Ll}))",
            "\\bAFP PHOTO(\\s*/\\s*\\p{Lu}[\\p{Lu}'.-]*(\\s\\p{Lu}[\\p{Lu}'.-]+)*)*",
            "(" + NAME + " )?" + NAME + "\\s?/\\s?(AFP|EPA|AP|Getty Images)\\b",
            "(" + NAME + "\\s?/\\s?)?Getty Images\\b",
            "\\((?:[^()\\n]{0,40}\\s)?(?:[Pp]hotos?|PHOTO)\\b[^()\\n]{0,300}\\)",
            "\\([^()\\n]{1,40}\\band [Aa]gencies\\)"));
    /** "Related" markers; the headlines after them run to the end of the sentence, or of the line. */
    private static final Pattern RELATED = Pattern.compile(
            "(?<=^|[.!?\"”)]\\s|\\d\\s|\\.\\.\\.\\s)(?:(?<all>Related (?:News|Articles|Stories|Content|Coverage|Posts)"
                    + "|More (?:News|Stories) )|Related(?= [\\p{Lu}\\d])|Read [Mm]ore\\b:?|See [Aa]lso\\b:?)");
    private static final Pattern LINK_HERE = Pattern.compile("[^.!?\"“]{0,50}?\\bhere\\b:?");
    /** A "Tags" list, at the start of a line or of a sentence. */
    private static final Pattern TAGS = Pattern.compile("(?<=^|[.!?\"”)]\\s|\\d\\s)Tags:?\\s(?=\\S)");
    /** Share buttons and counters glued into a paragraph. */
    private static final Pattern INLINE = Pattern.compile(
            "\\b(?:Print Tweet(?: Views \\d+)?|Get short URL(?: \\d+)?)(?=\\s|$)");
    /** Datelines, at the start of a paragraph or sentence: {@code CITY, Country, 3 October 2016 (Agency) -}. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .,'’-]{1,40}(\\s*,\\s*\\p{Lu}[\\p{L} .]{1,30})?"
                    + "(\\s*,?\\s*(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\.?|\\p{Lu}\\p{Ll}{2,}\\.?\\s+\\d{1,2})(?:,?\\s+\\d{4})?)?"
                    + "\\s*(\\([\\p{L} .&]{2,30}\\))?\\s*[-–—]+\\s+(?=\\S)");
    /**
     * Datelines whose dash was lost: a city in capitals, maybe a country and a date, then the news agency in
     * brackets ({@code MOSCOW (Sputnik) The ...}), or nothing at all ({@code BEIRUT Air strikes ...}).
     */
    private static final Pattern BARE_DATELINE = Pattern.compile(
            "^(?<city>\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,2})(?:,? \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)??"
                    + "(?<date> (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*\\.? \\d{1,2})?"
                    + "(?<agency> \\([\\p{L} .&]{2,30}\\))?\\s+(?=\\p{Lu}(?:\\p{Ll}|\\s)|\"|“)");
    private static final Set<String> ACRONYMS = FurnitureWords.list("acronyms");
    private static final Set<String> OPENERS = FurnitureWords.list("openers");
    private static final Set<String> FUNCTION_WORDS = FurnitureWords.list("function-words");
    private static final Set<String> NAME_JOINERS = FurnitureWords.list("name-joiners");
    private static final Set<String> ABBREVIATIONS = FurnitureWords.list("abbreviations");
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*\\.?";
    /** A caption's last words: the day the photo was taken. */
    private static final Pattern PHOTO_DATE = Pattern.compile(
            "(?:" + MONTH + " \\d{1,2},? \\d{4}|\\d{1,2} " + MONTH + ",? \\d{4}|\\d{4}-\\d\\d-\\d\\d)[.!?]$");
    private static final Pattern TERMINAL = Pattern.compile("[.!?\"”’'…:)]\\s*$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern SENTENCE_END_AFTER_WORD = Pattern.compile("\\p{Ll}{2}[.!?]\\s");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’']?\\s+");
    private static final int HEADLINE_RUN = 3;
    /** How far back from a credit its caption may start; a longer caption keeps all but the credit. */
    private static final int CAPTION_REACH = 400;
    /** How far before a credit the photo's date may stand. */
    private static final int PHOTO_DATE_REACH = 40;
    /** How far into the paragraph after the headline the headline may be repeated. */
    private static final int REPEAT_REACH = 160;
    /** The most tags a "Tags" run may hold; a longer run is left alone. */
    private static final int MAX_TAGS = 40;

    List<Span> prose(String text) {
        List<Line> lines = lines(text);
        List<Span> blocks = new ArrayList<>();
        String headline = null;
        boolean afterHeadline = false;
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (line.blank()) {
                i++;
                continue;
            }
            // a run of consecutive short unpunctuated lines is a list of links or headlines, not the article
            int j = i;
            while (j < lines.size() && !lines.get(j).blank() && isHeadingLike(lines.get(j).text())) {
                j++;
            }
            if (j - i >= HEADLINE_RUN) {
                i = j;
                continue;
            }
            String s = line.text();
            if (!FURNITURE.matcher(s).matches() && isMostlyLatin(s) && !isCaptionLine(s)) {
                List<Cut> cuts = new ArrayList<>(furniture(s));
                if (afterHeadline) {
                    repeatedHeadline(s, headline, cuts);
                }
                datelines(s, cuts, text);
                List<Span> pieces = pieces(s, line.start(), cuts);
                if (headline == null && !pieces.isEmpty()) {
                    Span first = pieces.get(0);
                    headline = text.substring(first.start(), first.end());
                    afterHeadline = pieces.size() == 1 && isHeadingLike(headline);
                } else if (!pieces.isEmpty()) {
                    afterHeadline = false;
                }
                blocks.addAll(pieces);
            }
            i++;
        }
        return joinWrappedLines(text, blocks);
    }

    /**
     * The lines of a hard-wrapped paragraph are one block: "the U.S.-led" at a line's end, "coalition" on the next
     * line and " conducted five airstrikes" on the one after are one sentence. A line that ends without a mark that
     * could close a sentence, followed on the very next line by a lowercase word, goes on there. A headline is
     * capitalised or ends a line of its own before a blank one, so it stays apart.
     */
    static List<Span> joinWrappedLines(String text, List<Span> blocks) {
        List<Span> out = new ArrayList<>(blocks.size());
        for (Span b : blocks) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String gap = text.substring(prev.end(), b.start());
                if (gap.isBlank() && gap.indexOf('\n') >= 0 && gap.indexOf('\n') == gap.lastIndexOf('\n')
                        && continuesOnNextLine(text, prev, b)) {
                    out.set(out.size() - 1, new Span(prev.start(), b.end()));
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    private static boolean continuesOnNextLine(String text, Span line, Span next) {
        String a = text.substring(line.start(), line.end()).strip();
        String b = text.substring(next.start(), next.end()).strip();
        return !a.isEmpty() && !b.isEmpty() && ".!?:;\"'”’)]".indexOf(a.charAt(a.length() - 1)) < 0
                && Character.isLowerCase(b.charAt(0));
    }

    /** The photo captions and credits of the text, the parts whose dates are the photo's, not the article's. */
    List<Span> captions(String text) {
        List<Span> out = new ArrayList<>();
        for (Line line : lines(text)) {
            if (isCaptionLine(line.text())) {
                out.add(new Span(line.start(), line.end()));
                continue;
            }
            for (Cut c : captionCuts(line.text(), List.of())) {
                // the photo's day ends its caption; a long caption may open with the article's own date
                int start = Math.max(c.start(), c.credit() - PHOTO_DATE_REACH);
                out.add(new Span(line.start() + start, line.start() + c.end()));
            }
        }
        return out;
    }

    /** A line with a credit whose bounds are not known: all of it is taken for a caption. */
    private static boolean isCaptionLine(String s) {
        return CAPTION.matcher(s).find() && !CREDIT.matcher(s).find();
    }

    /** A cut-out range {@code [start, end)} of a line. */
    private record Cut(int start, int end, int credit) {
        Cut(int start, int end) {
            this(start, end, start);
        }
    }

    /** The furniture glued into a line: credits and captions, share buttons, related headlines, tag lists. */
    private static List<Cut> furniture(String s) {
        List<Cut> cuts = new ArrayList<>();
        Matcher m = INLINE.matcher(s);
        while (m.find()) {
            cuts.add(new Cut(m.start(), m.end()));
        }
        cuts.addAll(captionCuts(s, cuts));
        m = RELATED.matcher(s);
        while (m.find()) {
            if (inside(cuts, m.start())) {
                continue;
            }
            int end = m.group("all") != null ? s.length() : sentenceEnd(s, m.end());
            Matcher here = LINK_HERE.matcher(s).region(m.end(), Math.min(s.length(), m.end() + 60));
            if (m.group().startsWith("Read") && here.lookingAt()) {
                end = here.end(); // "Read more on the agency's site here": the link, not a headline
            }
            cuts.add(new Cut(m.start(), end));
        }
        m = TAGS.matcher(s);
        while (m.find()) {
            if (inside(cuts, m.start())) {
                continue;
            }
            int end = tagsEnd(s, m.end());
            if (end > m.end()) {
                cuts.add(new Cut(m.start(), end));
            }
        }
        return cuts;
    }

    /** Credits, each with the caption sentence before it when that is short enough to be a caption. */
    private static List<Cut> captionCuts(String s, List<Cut> before) {
        List<Cut> cuts = new ArrayList<>();
        Matcher m = CREDIT.matcher(s);
        int floor = 0;
        while (m.find()) {
            int end = m.group("slash") != null ? creditEnd(s, m.end()) : m.end();
            int start = m.start();
            int from = Math.max(floor, lastEnd(before, start));
            int captionStart = sentenceStart(s, start, from);
            if (start - captionStart <= CAPTION_REACH && isCaption(s.substring(captionStart, start))) {
                start = captionStart;
            }
            cuts.add(new Cut(start, end, m.start()));
            floor = end;
        }
        return cuts;
    }

    /**
     * True when the text before a credit is its caption: it runs into the credit with no full stop
     * ({@code "... in Aleppo (AP photo)"}), or it ends with the day the photo was taken
     * ({@code "... in Raqqa on May 2, 2016. REUTERS/..."}). A sentence that merely stands before a credit stays.
     */
    private static boolean isCaption(String before) {
        String b = before.strip();
        if (b.isEmpty()) {
            return false;
        }
        if (".!?\"”".indexOf(b.charAt(b.length() - 1)) < 0) {
            return true;
        }
        return PHOTO_DATE.matcher(b).find();
    }

    /** The end of a credit's names: at most two capitalized words, none that opens sentences. */
    private static int creditEnd(String s, int from) {
        int end = from;
        int pos = from;
        for (int names = 0; names < 2; names++) {
            int k = pos;
            if (names > 0 || !Character.isWhitespace(s.charAt(from - 1)) && s.charAt(from - 1) != '/') {
                if (k < s.length() && s.charAt(k) == ' ') {
                    k++;
                } else {
                    break;
                }
            }
            int e = k;
            while (e < s.length() && !Character.isWhitespace(s.charAt(e))) {
                e++;
            }
            String word = s.substring(k, e);
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
                    || OPENERS.contains(word.replaceAll("\\p{P}+$", ""))) {
                break;
            }
            end = e;
            pos = e;
            if (word.matches(".*[.!?]$")) {
                break;
            }
        }
        return end;
    }

    /**
     * The end of a run of tags that starts at {@code from}: tags are names and bare nouns, with no word a
     * sentence needs ("the", "of", "said"); the sentence glued after them starts at its last opening word, or at
     * the last capitalized word before the run meets a function word. The whole rest of the line when it is all
     * tags; {@code from} (nothing to cut) when no end can be told.
     */
    private static int tagsEnd(String s, int from) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        w.region(from, s.length());
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int stop = -1;
        for (int k = 0; k < words.size(); k++) {
            String word = s.substring(words.get(k)[0], words.get(k)[1]);
            if (!word.matches("[\\p{L}\\d(\\[][\\p{L}\\d'’.()\\[\\]&/-]*")) {
                stop = k;
                break;
            }
            String bare = word.toLowerCase(Locale.ROOT);
            if (Character.isLowerCase(word.charAt(0)) && NAME_JOINERS.contains(bare) && k > 0 && k + 1 < words.size()
                    && isCapitalized(s.substring(words.get(k - 1)[0], words.get(k - 1)[1]))
                    && isCapitalized(s.substring(words.get(k + 1)[0], words.get(k + 1)[1]))) {
                continue;
            }
            if (Character.isLowerCase(word.charAt(0)) && FUNCTION_WORDS.contains(bare)) {
                stop = k;
                break;
            }
        }
        if (stop < 0) {
            return words.size() <= MAX_TAGS ? s.length() : from;
        }
        if (stop > MAX_TAGS || stop < 2) {
            return from;
        }
        int start = -1;
        for (int k = stop - 1; k >= 1; k--) {
            if (OPENERS.contains(s.substring(words.get(k)[0], words.get(k)[1]))) {
                start = k;
                break;
            }
        }
        if (start < 0) {
            for (int k = stop - 1; k >= 1; k--) {
                if (isCapitalized(s.substring(words.get(k)[0], words.get(k)[1]))) {
                    start = k;
                    break;
                }
            }
        }
        return start < 1 ? from : words.get(start)[0];
    }

    private static boolean isCapitalized(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
                || word.matches("\\p{Ll}{1,3}-\\p{Lu}.*"));
    }

    /**
     * The first paragraph after the headline often repeats it after the date or dateline: that repeat (and what
     * stands before it) is cut, so its facts are not read twice.
     */
    private static void repeatedHeadline(String s, String headline, List<Cut> cuts) {
        if (headline == null) {
            return;
        }
        String h = headline.strip();
        int bar = h.lastIndexOf(" | ");
        if (bar > 0) {
            h = h.substring(0, bar).strip(); // "Headline | Site name"
        }
        h = h.replaceAll("[.!?:]+$", "");
        if (h.split("\\s+").length < 3) {
            return;
        }
        int at = s.toLowerCase(Locale.ROOT).indexOf(h.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return;
        }
        String before = s.substring(0, at);
        // what stands before the repeat is the date or dateline, not words of a sentence
        if (at < 0 || at > REPEAT_REACH || hasSentenceEnd(before) || !before.isBlank() && !before.matches(".*\\d.*")
                && !isDateline(before)) {
            return;
        }
        int end = at + h.length();
        if (end < s.length() && ".!?:".indexOf(s.charAt(end)) < 0
                && !(Character.isWhitespace(s.charAt(end)) && end + 1 < s.length()
                        && (Character.isUpperCase(s.charAt(end + 1)) || Character.isDigit(s.charAt(end + 1))))) {
            return; // the headline's words go on into a sentence ("The ... was ...")
        }
        while (end < s.length() && ".!?:".indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        cuts.add(new Cut(0, end));
    }

    /** True when the text is a dateline and nothing else. */
    private static boolean isDateline(String text) {
        String probe = text + "Xx"; // the dateline patterns look for the sentence that follows
        Matcher m = DATELINE.matcher(probe);
        if (m.lookingAt() && m.end() == text.length()) {
            return true;
        }
        m = BARE_DATELINE.matcher(probe);
        return m.lookingAt() && m.end() == text.length();
    }

    private static boolean hasSentenceEnd(String prefix) {
        return SENTENCE_END_AFTER_WORD.matcher(prefix).find();
    }

    /**
     * Datelines at the start of the line, right after a cut, or right after a sentence: the part of the
     * dateline before the sentence is cut.
     */
    private static void datelines(String s, List<Cut> cuts, String document) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (Cut c : cuts) {
            starts.add(c.end());
        }
        Matcher b = SENTENCE_BREAK.matcher(s);
        while (b.find()) {
            if (!isAbbreviation(s, b.start())) {
                starts.add(b.end());
            }
        }
        List<Cut> found = new ArrayList<>();
        for (int at : starts) {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
            if (at >= s.length() || inside(cuts, at)) {
                continue;
            }
            int end = datelineEnd(s.substring(at), document, at > 0);
            if (end > 0) {
                found.add(new Cut(at, at + end));
            }
        }
        cuts.addAll(found);
    }

    /** The length of the dateline that opens {@code s}, or 0 when it opens with none. */
    private static int datelineEnd(String s, String document, boolean inside) {
        Matcher m = DATELINE.matcher(s);
        if (m.find() && m.end() < s.length()) {
            // inside a paragraph, "NATO - the alliance ..." is a sentence, not a dateline
            String first = s.substring(0, m.end()).split("[^\\p{L}]+")[0];
            return inside && (ACRONYMS.contains(first) || isAcronym(first, document)) ? 0 : m.end();
        }
        m = BARE_DATELINE.matcher(s);
        if (m.find() && m.end() < s.length()) {
            String city = m.group("city");
            boolean marked = m.group("agency") != null || m.group("date") != null;
            if (ACRONYMS.contains(city) || city.length() < 4 || !marked && (city.length() < 5 || isAcronym(city, document))) {
                return 0;
            }
            return m.end();
        }
        return 0;
    }

    /** True when the document uses the capitalized word inside sentences too: then it is a name, not a dateline. */
    private static boolean isAcronym(String word, String document) {
        return Pattern.compile("\\p{Ll} (the )?" + Pattern.quote(word) + "\\b").matcher(document).find();
    }

    /** Where the sentence that holds position {@code at} starts, not before {@code floor}. */
    private static int sentenceStart(String s, int at, int floor) {
        int k = at;
        // a period right before the credit ends the caption: step over it
        while (k > floor && (Character.isWhitespace(s.charAt(k - 1)) || ".!?".indexOf(s.charAt(k - 1)) >= 0)) {
            k--;
        }
        for (; k > floor; k--) {
            char c = s.charAt(k - 1);
            if (".!?".indexOf(c) >= 0 && k < s.length() && Character.isWhitespace(s.charAt(k))
                    && !isAbbreviation(s, k - 1)) {
                int start = k;
                while (start < at && Character.isWhitespace(s.charAt(start))) {
                    start++;
                }
                return start;
            }
        }
        int start = floor;
        while (start < at && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        return start;
    }

    /** The end of the sentence that goes on at {@code from}: after its final stop, or the end of the line. */
    private static int sentenceEnd(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (".!?".indexOf(s.charAt(k)) >= 0 && !isAbbreviation(s, k)) {
                int e = k + 1;
                while (e < s.length() && "\"”’'".indexOf(s.charAt(e)) >= 0) {
                    e++;
                }
                if (e == s.length() || Character.isWhitespace(s.charAt(e))) {
                    return e;
                }
            }
        }
        return s.length();
    }

    /** True when the period at {@code dot} ends an abbreviation ("Gen.", "U.S.", "Oct."), not a sentence. */
    private static boolean isAbbreviation(String s, int dot) {
        if (s.charAt(dot) != '.') {
            return false;
        }
        int k = dot;
        while (k > 0 && !Character.isWhitespace(s.charAt(k - 1))) {
            k--;
        }
        String word = s.substring(k, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return word.contains(".") && word.length() <= 5 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean inside(List<Cut> cuts, int at) {
        for (Cut c : cuts) {
            if (at >= c.start() && at < c.end()) {
                return true;
            }
        }
        return false;
    }

    private static int lastEnd(List<Cut> cuts, int before) {
        int end = 0;
        for (Cut c : cuts) {
            if (c.end() <= before) {
                end = Math.max(end, c.end());
            }
        }
        return end;
    }

    /** What is left of the line at {@code offset} once the cuts are out, as blocks; bits without words go. */
    private static List<Span> pieces(String s, int offset, List<Cut> cuts) {
        if (cuts.isEmpty()) {
            return List.of(new Span(offset, offset + s.length()));
        }
        List<Cut> sorted = new ArrayList<>(cuts);
        sorted.sort(Comparator.comparingInt(Cut::start));
        List<Span> out = new ArrayList<>();
        int pos = 0;
        for (Cut c : sorted) {
            if (c.start() > pos) {
                piece(s, offset, pos, c.start(), out);
            }
            pos = Math.max(pos, c.end());
        }
        if (pos < s.length()) {
            piece(s, offset, pos, s.length(), out);
        }
        return out;
    }

    private static void piece(String s, int offset, int start, int end, List<Span> out) {
        while (start < end && (Character.isWhitespace(s.charAt(start)) || "-–—|,;:".indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        String text = s.substring(start, end);
        if (text.split("\\s+").length >= 2 && text.codePoints().anyMatch(Character::isLetter)) {
            out.add(new Span(offset + start, offset + end));
        }
    }

    private static boolean isHeadingLike(String s) {
        return !TERMINAL.matcher(s).find() && s.split("\\s+").length <= 20;
    }

    private static boolean isMostlyLatin(String s) {
        int letters = 0;
        int latin = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters == 0 || latin * 2 > letters;
    }

    private record Line(int start, int end, String text) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    /** Lines with their offsets, stripped of surrounding blanks (offsets follow the stripped text). */
    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int s = pos;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            out.add(new Line(s, e, text.substring(s, e)));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
    }
}
