package org.conflictkg.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of English calendar dates that both the article's date and the event's date are written with: month
 * and weekday names, and a full date in its usual orders ("Dec. 26, 2016", "26 December 2016", "2016-12-26").
 */
final class DateText {
    /** A month's name, full or abbreviated, capitalized as in dates ("may" is a verb, "march" a walk). */
    static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    static final String WEEKDAY = "(Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
            + "|Sat(?:urday)?|Sun(?:day)?)\\.?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    /** "Dec. 26, 2016", "December 26 2016"; the year may be glued to the day where punctuation was stripped. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + " ?(\\d{1,2})(?:st|nd|rd|th)?,? ?" + YEAR + "\\b");
    /** "26 December 2016", "26 Dec, 2016". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? " + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile(YEAR + "-(\\d{1,2})-(\\d{1,2})\\b");

    private DateText() {}

    /** The calendar date that {@code text} begins with, written in full (with its year). */
    static Dated fullDateAt(CharSequence text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.lookingAt()) {
            return Dated.of(date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))), m.end());
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.lookingAt()) {
            return Dated.of(date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))), m.end());
        }
        m = ISO.matcher(text);
        if (m.lookingAt()) {
            return Dated.of(date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                    m.end());
        }
        return null;
    }

    /** A date and where its text ends; null stands for no date. */
    record Dated(LocalDate date, int end) {
        static Dated of(LocalDate date, int end) {
            return date == null ? null : new Dated(date, end);
        }
    }

    /** The number of the month a name or abbreviation stands for, 1 to 12. */
    static int month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (n) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The day of the week a name or abbreviation stands for, 1 (Monday) to 7. */
    static int weekday(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (n) {
            case "mon" -> 1;
            case "tue" -> 2;
            case "wed" -> 3;
            case "thu" -> 4;
            case "fri" -> 5;
            case "sat" -> 6;
            case "sun" -> 7;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The date, or null when there is no such day (February 30). */
    static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
