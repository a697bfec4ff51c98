package org.conflictkg.actors;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: case, accents, dots, curly quotes and a leading "the" do not matter. */
public final class Names {
    private Names() {}

    public static String key(String name) {
        if (isPlain(name)) {
            // the common case, ASCII letters and digits with single spaces: no accents, marks or dots to remove
            String s = name.toLowerCase(Locale.ROOT);
            return s.startsWith("the ") ? s.substring(4) : s;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replace('’', '\'').replace('‘', '\'').replace("–", "-").replace("—", "-").replace('ı', 'i')
                .replace('İ', 'I').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd');
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

    /** Edit distance, for suggesting close names. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
