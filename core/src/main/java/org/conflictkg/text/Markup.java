package org.conflictkg.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTML and Markdown into plain text with the line structure kept. HTML is converted (the result is shorter);
 * Markdown and the analysis copy keep the length of their input, so offsets into them are offsets into the input.
 */
final class Markup {
    // Every pattern here runs in time linear in its input: no repeated part may run past the character that would
    // start another match (a tag stops at '<', a link at '(' or '['), or an unclosed '<' or '[' repeated over a
    // megabyte would cost its square (issue 12).
    private static final String[] RAW_ELEMENTS = {"script", "style", "noscript", "template"};
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|figure|figcaption|title)\\b[^<>]*>");
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,9}|[a-zA-Z]{1,32});");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"));

    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\[\\]]*\\]\\([^()\\[\\]\\n]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\([^()\\[\\]\\n]*\\)");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]*");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
    private static final Pattern MD_QUOTE = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");
    private static final Pattern MD_BULLET = Pattern.compile("(?m)^[ \\t]*[-*+][ \\t]+");

    private Markup() {}

    static String stripHtml(String html) {
        String s = removeComments(html);
        s = removeRawElements(s);
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        return decodeEntities(s);
    }

    /**
     * Markdown without its markup, the same length as the input: markup characters (heading marks, emphasis,
     * link targets, images, quote and bullet marks) become spaces, so every other character stays where it stands
     * in the file. Line breaks are never blanked.
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

    /** HTML comments made one blank each; an unclosed comment runs to the end. */
    private static String removeComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (true) {
            int open = s.indexOf("<!--", i);
            if (open < 0) {
                return out.append(s, i, s.length()).toString();
            }
            out.append(s, i, open).append(' ');
            int close = s.indexOf("-->", open + 4);
            if (close < 0) {
                return out.toString();
            }
            i = close + 3;
        }
    }

    /** Script, style, noscript and template elements, with what they hold, made one blank each; unclosed, to the end. */
    private static String removeRawElements(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int from = 0;
        int n = s.length();
        while ((i = s.indexOf('<', i)) >= 0) {
            String element = rawElementAt(s, i + 1);
            if (element == null) {
                i++;
                continue;
            }
            out.append(s, from, i).append(' ');
            int end = n;
            for (int k = s.indexOf("</", i + 1); k >= 0; k = s.indexOf("</", k + 2)) {
                if (s.regionMatches(true, k + 2, element, 0, element.length())) {
                    int j = k + 2 + element.length();
                    while (j < n && Character.isWhitespace(s.charAt(j))) {
                        j++;
                    }
                    if (j < n && s.charAt(j) == '>') {
                        end = j + 1;
                        break;
                    }
                }
            }
            i = end;
            from = end;
        }
        return out.append(s, Math.min(from, n), n).toString();
    }

    /** The raw-text element whose name starts at {@code at} (after a '<'), or null. */
    private static String rawElementAt(String s, int at) {
        for (String e : RAW_ELEMENTS) {
            int after = at + e.length();
            if (s.regionMatches(true, at, e, 0, e.length())
                    && (after >= s.length() || !Character.isLetterOrDigit(s.charAt(after)) && s.charAt(after) != '_')) {
                return e;
            }
        }
        return null;
    }

    /**
     * A copy of the text for the analysis (page furniture, dates, sentences), the same length, so offsets into it
     * are offsets into the text: a CR before an LF becomes a space, a lone CR a line feed, no-break spaces and a
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

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String name = m.group(1);
            String value;
            try {
                if (name.startsWith("#x")) {
                    value = new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
                } else if (name.startsWith("#")) {
                    value = new String(Character.toChars(Integer.parseInt(name.substring(1))));
                } else {
                    value = ENTITIES.getOrDefault(name, m.group());
                }
            } catch (IllegalArgumentException e) {
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
