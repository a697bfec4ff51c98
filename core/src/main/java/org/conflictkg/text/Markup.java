package org.conflictkg.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns HTML and Markdown into plain text with the line structure kept. HTML is converted by jsoup (the result is
 * shorter, and its offsets are offsets into the converted text, as {@link Document} says); Markdown and the analysis
 * copy keep the length of their input, so offsets into them are offsets into the input.
 */
final class Markup {
    /** Elements whose content is no prose: left out with all they hold. */
    private static final Set<String> RAW_ELEMENTS = Set.of("script", "style", "noscript", "template");
    /** Elements whose text keeps its blanks and line breaks. */
    private static final Set<String> PREFORMATTED = Set.of("pre", "textarea", "listing", "plaintext");

    // Markdown: every pattern here runs in time linear in its input: no repeated part may run past the character that
    // would start another match (a link stops at '(' or '['), or an unclosed '[' repeated over a megabyte would cost
    // its square (issue 12).
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\[\\]]*\\]\\([^()\\[\\]\\n]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\([^()\\[\\]\\n]*\\)");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]*");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
    private static final Pattern MD_QUOTE = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");
    private static final Pattern MD_BULLET = Pattern.compile("(?m)^[ \\t]*[-*+][ \\t]+");

    private Markup() {}

    /**
     * The text of an HTML page, as jsoup parses it (as a browser would: every named and numeric entity decoded,
     * comments, scripts and styles left out, unclosed and misnested tags repaired). Each block element (a paragraph,
     * heading, list item, table cell, the title, ...) is a paragraph of its own, with a blank line before the next;
     * {@code <br>} breaks the line. Within a paragraph blanks and line breaks collapse to one space, as a browser
     * shows them, except in {@code <pre>}.
     */
    static String stripHtml(String html) {
        HtmlText text = new HtmlText();
        NodeTraversor.filter(text, Jsoup.parse(html));
        return text.out.toString();
    }

    /** Collects the text of the nodes jsoup visits, with a line break or a blank line where the blocks end. */
    private static final class HtmlText implements NodeFilter {
        final StringBuilder out = new StringBuilder();
        /** Line breaks owed before the next text: 0, 1 (a {@code <br>}) or 2 (a block's edge: a blank line). */
        private int breaks;
        /** How many preformatted elements the visit is inside. */
        private int preformatted;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(preformatted > 0 ? t.getWholeText() : t.text());
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (RAW_ELEMENTS.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("br")) {
                    owe(1);
                } else if (e.isBlock()) {
                    owe(2);
                }
                if (PREFORMATTED.contains(name)) {
                    preformatted++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && !RAW_ELEMENTS.contains(e.normalName())) {
                if (PREFORMATTED.contains(e.normalName())) {
                    preformatted--;
                }
                if (e.isBlock()) {
                    owe(2);
                }
            }
            return FilterResult.CONTINUE;
        }

        private void owe(int n) {
            if (out.length() > 0) {
                breaks = Math.max(breaks, n);
            }
        }

        private void text(String s) {
            String t = s;
            if (preformatted == 0 && (breaks > 0 || out.length() == 0 || out.charAt(out.length() - 1) == '\n')) {
                t = t.stripLeading(); // a line does not start with the blank that collapsed whitespace left
            }
            if (t.isEmpty()) {
                return;
            }
            out.append("\n".repeat(breaks)).append(t);
            breaks = 0;
        }
    }

    /**
     * Markdown without its markup, the same length as the input: markup characters (heading marks, emphasis,
     * link targets, images, quote and bullet marks) become spaces, so every other character stays where it stands
     * in the file. Line breaks are never blanked.
     *
     * <p>Hand-written on purpose: the analysis copy must keep every character at its offset in the file, since the
     * graph's offsets of Markdown are offsets into the file. A Markdown library gives a tree of what the text means,
     * not the file with its markup blanked in place; even a parser that reports source spans (commonmark-java) would
     * leave the blanking between those spans to code like this.
     */
    static String blankMarkdown(String md) {
        StringBuilder s = new StringBuilder(md);
        blank(s, MD_IMAGE, 0);
        blank(s, MD_LINK, 1);
        blank(s, MD_HEADING, 0);
        blank(s, MD_QUOTE, 0);
        blank(s, MD_BULLET, 0);
        blank(s, MD_EMPHASIS, 0);
        return s.toString();
    }

    /** Blanks each match of {@code p} in {@code s}, all but its group {@code keep} (0: keep nothing). */
    private static void blank(StringBuilder s, Pattern p, int keep) {
        Matcher m = p.matcher(s.toString());
        while (m.find()) {
            int keepStart = keep > 0 ? m.start(keep) : m.end();
            int keepEnd = keep > 0 ? m.end(keep) : m.end();
            for (int k = m.start(); k < m.end(); k++) {
                if ((k < keepStart || k >= keepEnd) && s.charAt(k) != '\n' && s.charAt(k) != '\r') {
                    s.setCharAt(k, ' ');
                }
            }
        }
    }

    /**
     * Unifies line ends and removes trailing blanks and a byte-order mark. Changes the length: only for converted
     * text (HTML), the document id and the date search, never for text whose offsets are kept.
     */
    static String normalizeWhitespace(String s) {
        String t = s.startsWith("\ufeff") ? s.substring(1) : s; // byte-order mark
        t = t.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        // blanks before a line break go; by hand, since the regex [ \t]+\n tries again at each blank of a long run
        StringBuilder out = new StringBuilder(t.length());
        int blanks = 0; // blanks seen and not yet written
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t') {
                blanks++;
                continue;
            }
            if (c != '\n') {
                out.append(t, i - blanks, i);
            }
            blanks = 0;
            out.append(c);
        }
        out.append(t, t.length() - blanks, t.length());
        return out.toString();
    }

    /**
     * A copy of the text for the analysis (page furniture, dates, sentences), the same length, so offsets into it
     * are offsets into the text (hand-written for that reason, as {@link #blankMarkdown} is): a CR before an LF becomes a space, a lone CR a line feed, no-break spaces and a
     * byte-order mark spaces. Trailing blanks are left in place (the line splitter strips them).
     */
    static String analysisCopy(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\r' -> c[i] = i + 1 < c.length && c[i + 1] == '\n' ? ' ' : '\n';
                case '\u00a0', '\ufeff' -> c[i] = ' ';
                default -> { }
            }
        }
        return new String(c);
    }
}
