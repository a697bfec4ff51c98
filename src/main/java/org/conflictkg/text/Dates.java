package org.conflictkg.text;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's date in news text: the first full date near the top.
 */
public final class Dates {
    private static final String MONTHS = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTHS + " (\\d{1,2}),? ((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTHS + ",? ((?:19|20)\\d\\d)\\b");
    /** How far into the text the article's date may stand. */
    private static final int HEAD = 800;

    private Dates() {}

    /** The article's date: the first full date in its first lines, if any. */
    public static Optional<LocalDate> published(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        LocalDate best = null;
        int at = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(head);
        if (m.find()) {
            best = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            at = m.start();
        }
        m = MONTH_DAY_YEAR.matcher(head);
        if (m.find() && m.start() < at) {
            LocalDate d = date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(head);
        if (m.find() && m.start() < at) {
            LocalDate d = date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            if (d != null) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            if (mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return mo.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
