package org.conflictkg.actors;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** How names are compared: case, accents, dots, curly quotes and a leading "the" do not matter. */
public final class Names {
    private Names() {}

    private static final java.util.regex.Pattern SPACED_STOP = java.util.regex.Pattern.compile("(?<!\\p{L})(\\p{L})\\s+\\.");
    private static final java.util.regex.Pattern SPACED_INITIALS =
            java.util.regex.Pattern.compile("(?<!\\p{L})(\\p{L})\\.\\s+(?=\\p{L}\\.)");

    /** Initials as pre-tokenized text spaces them ("U . S . Army") written as initials ("U.S. Army"). */
    static String compactInitials(String name) {
        if (name.indexOf(" .") < 0) {
            return name;
        }
        return SPACED_INITIALS.matcher(SPACED_STOP.matcher(name).replaceAll("$1.")).replaceAll("$1.");
    }

    public static String key(String name) {
        if (isPlain(name)) {
            // the common case, ASCII letters and digits with single spaces: no accents, marks or dots to remove
            String s = name.toLowerCase(Locale.ROOT);
            return s.startsWith("the ") ? s.substring(4) : s;
        }
        // Accent folding by the JDK's Normalizer, not ICU4J (a 14 MB jar, more than the whole core jar with its
        // models) nor Lucene's ASCIIFoldingFilter (lucene-core and lucene-analysis-common, several MB, for one static
        // method, and it folds more than accents: ß to ss, æ to ae, which would change the keys the gazetteer and
        // the dev-set scores rest on). NFKD and dropping the combining marks is the accent folding; the letters
        // below are those NFKD does not decompose.
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replace('’', '\'').replace('‘', '\'').replace("–", "-").replace("—", "-").replace('ı', 'i')
                .replace('İ', 'I').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd');
        s = compactInitials(s);
        s = s.toLowerCase(Locale.ROOT).replace(".", "").trim().replaceAll("\\s+", " ");
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** ASCII letters, digits, hyphens and apostrophes, with single inner spaces. */
    private static boolean isPlain(String name) {
        if (name.isEmpty() || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '\''
                    || c == ' ' && prev != ' ';
            if (!ok) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    /** A slug for ids: lowercase ASCII letters, digits and dashes. */
    public static String slug(String name) {
        String s = key(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "unnamed" : s;
    }

    /** True when the written form is an acronym that must match case-sensitively (US, IS, UK), not a word. */
    static boolean isAcronym(String alias) {
        String letters = alias.replace(".", "");
        return letters.length() <= 5 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Edit distance (Levenshtein: insertions, deletions and substitutions of chars), for suggesting close names. */
    public static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
