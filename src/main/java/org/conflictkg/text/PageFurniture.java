package org.conflictkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the prose of a news page: splits the text into lines and drops what is page furniture rather than
 * reporting — bylines and credits, photo captions, share/scroll prompts, related-headline lists, lines in
 * another script — and trims datelines such as {@code "CITY (Agency) - "} off the first paragraph.
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
    static final Pattern CAPTION = Pattern.compile("(REUTERS/|AFP PHOTO|/AFP\\b|\\(Photo|Getty Images|AP Photo|/ ?EPA\\b)");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .,'’-]{1,40}(\\s*,\\s*\\p{Lu}[\\p{L} .]{1,30})?\\s*(\\([\\p{L} .&]{2,30}\\))?\\s*[-–—]+\\s+");
    private static final Pattern TERMINAL = Pattern.compile("[.!?\"”’'…:)]\\s*$");
    private static final int HEADLINE_RUN = 3;

    List<Span> prose(String text) {
        List<Line> lines = lines(text);
        List<Span> blocks = new ArrayList<>();
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
            if (!FURNITURE.matcher(s).matches() && !CAPTION.matcher(s).find() && isMostlyLatin(s)) {
                int start = line.start();
                Matcher m = DATELINE.matcher(s);
                if (m.find() && m.end() < s.length()) {
                    start += m.end();
                }
                blocks.add(new Span(start, line.end()));
            }
            i++;
        }
        return blocks;
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
