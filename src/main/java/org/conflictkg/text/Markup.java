package org.conflictkg.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns HTML and Markdown into plain text with the line structure kept. */
final class Markup {
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style|noscript|template)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|figure|figcaption|title)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"));

    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s*");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
    private static final Pattern MD_QUOTE = Pattern.compile("(?m)^\\s*>\\s?");
    private static final Pattern MD_BULLET = Pattern.compile("(?m)^\\s*[-*+]\\s+");

    private Markup() {}

    static String stripHtml(String html) {
        String s = COMMENT.matcher(html).replaceAll(" ");
        s = SCRIPT.matcher(s).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        return decodeEntities(s);
    }

    static String stripMarkdown(String md) {
        String s = MD_IMAGE.matcher(md).replaceAll("");
        s = MD_LINK.matcher(s).replaceAll("$1");
        s = MD_HEADING.matcher(s).replaceAll("");
        s = MD_QUOTE.matcher(s).replaceAll("");
        s = MD_BULLET.matcher(s).replaceAll("");
        return MD_EMPHASIS.matcher(s).replaceAll("");
    }

    /** Unifies line ends and removes trailing blanks; keeps offsets meaningful for the result. */
    static String normalizeWhitespace(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replaceAll("[ \\t]+\n", "\n");
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
