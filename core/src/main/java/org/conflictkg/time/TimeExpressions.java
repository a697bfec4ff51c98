package org.conflictkg.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the time expression a phrase begins with ("on Wednesday", "last month", "Jan. 23", "in March 2011",
 * "two days ago") to the period it names, against the article's date. News tells of the past: a bare weekday is the
 * latest such day on or before the article's date, a month and day without a year fall in the article's year
 * unless that would put them more than six months after it, in which case they fall in the year before.
 *
 * <p>Written by hand on purpose. The one permissively licensed English temporal parser on Maven Central,
 * prettytime-nlp (which embeds natty, unreleased since 2017), was tried: it reads a bare "on Wednesday" as the next
 * Wednesday, gives "in March 2011" and "last month" an invented day with no sign of the precision, reads "since 2011"
 * as a clock time, and its jar ships slf4j-api 1.7 classes unrelocated, which clash with the SLF4J 2 this project
 * logs through. SUTime and HeidelTime are GPL. What news needs is the small grammar below.
 *
 * <p>Stateless; thread-safe.
 */
public final class TimeExpressions {
    private static final String FULL_WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String PART_OF_DAY = "(?:\\s+(?:night|morning|evening|afternoon))?";
    /** Words that narrow a period without changing which one it is: "early in March", "earlier this month". */
    private static final Pattern HEDGE = Pattern.compile("(?i:(?:earlier|later|early|late|mid)\\b(?:\\s+on)?[\\s-]*(?:in\\s+|on\\s+)?)"
            + "|(?i:the\\s+(?:night|morning|evening|afternoon|day|weekend)\\s+of\\s+)|(?i:on\\s+|in\\s+|during\\s+)");
    private static final Pattern WEEKDAY_FIRST = Pattern.compile(FULL_WEEKDAY + ",?\\s+");
    private static final Pattern MONTH_DAY = Pattern.compile(DateText.MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\s*\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + DateText.MONTH + "(?![a-z])");
    private static final Pattern MONTH_YEAR = Pattern.compile(DateText.MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile(DateText.MONTH + "(?![a-z])(?!\\s*\\d)");
    private static final Pattern YEAR_ONLY = Pattern.compile(YEAR + "\\b(?!-\\d)");
    private static final Pattern WEEKDAY = Pattern.compile("(?:(?i:(last|this past|past|next|this coming|this))\\s+)?"
            + FULL_WEEKDAY + PART_OF_DAY + "\\b");
    private static final Pattern DEICTIC = Pattern.compile(
            "(?i:(the day before yesterday|yesterday|last night|today|tonight|this (?:morning|afternoon|evening)))\\b");
    private static final Pattern LAST_UNIT = Pattern.compile("(?i:(last|this)\\s+(week|month|year))\\b");
    private static final Pattern AGO = Pattern.compile(
            "(?i:(\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(day|week|month|year)s?\\s+ago)\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));
    /** How far ahead of the article a date without a year may fall before it is read as last year's. */
    private static final int MONTHS_AHEAD = 6;

    private TimeExpressions() {}

    /**
     * The period the time expression at the start of {@code phrase} names, resolved against {@code article} (the
     * article's date, or null when it is unknown; then only expressions with their own year resolve). Empty when
     * the phrase does not begin with a time expression.
     */
    public static Optional<When> resolve(String phrase, LocalDate article) {
        String r = phrase.strip().replaceAll("\\s+", " ");
        for (Matcher h = HEDGE.matcher(r); h.lookingAt() && h.end() > 0; h = HEDGE.matcher(r)) {
            r = r.substring(h.end());
        }
        Matcher w = WEEKDAY_FIRST.matcher(r);
        String dated = w.lookingAt() ? r.substring(w.end()) : r; // "Wednesday, Jan. 18, 2017"
        DateText.Dated full = DateText.fullDateAt(dated);
        if (full != null) {
            return Optional.of(When.day(full.date()));
        }
        Matcher m = MONTH_YEAR.matcher(r);
        if (m.lookingAt()) {
            return Optional.of(When.month(Integer.parseInt(m.group(2)), DateText.month(m.group(1))));
        }
        m = YEAR_ONLY.matcher(r);
        if (m.lookingAt()) {
            return Optional.of(When.year(Integer.parseInt(m.group(1))));
        }
        return article == null ? Optional.empty() : relative(r, dated, article);
    }

    /** The expressions that need the article's date: a day without a year, a weekday, "yesterday", "last month". */
    private static Optional<When> relative(String r, String dated, LocalDate article) {
        Matcher m = MONTH_DAY.matcher(dated);
        if (m.lookingAt()) {
            return inYearOf(article, DateText.month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH.matcher(dated);
        if (m.lookingAt()) {
            return inYearOf(article, DateText.month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_ONLY.matcher(r);
        if (m.lookingAt()) {
            int month = DateText.month(m.group(1));
            When w = When.month(article.getYear(), month);
            return Optional.of(w.first().isAfter(article.plusMonths(MONTHS_AHEAD)) ? When.month(article.getYear() - 1, month) : w);
        }
        m = WEEKDAY.matcher(r);
        if (m.lookingAt()) {
            return Optional.of(When.day(weekday(m.group(1), DateText.weekday(m.group(2)), article)));
        }
        m = DEICTIC.matcher(r);
        if (m.lookingAt()) {
            String d = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int back = d.startsWith("the day before") ? 2 : d.equals("yesterday") || d.equals("last night") ? 1 : 0;
            return Optional.of(When.day(article.minusDays(back)));
        }
        m = LAST_UNIT.matcher(r);
        if (m.lookingAt()) {
            boolean last = m.group(1).equalsIgnoreCase("last");
            return Optional.of(switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
                case "week" -> When.weekOf(last ? article.minusWeeks(1) : article);
                case "month" -> When.month(last ? article.minusMonths(1).getYear() : article.getYear(),
                        (last ? article.minusMonths(1) : article).getMonthValue());
                default -> When.year(last ? article.getYear() - 1 : article.getYear());
            });
        }
        m = AGO.matcher(r);
        if (m.lookingAt()) {
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int k = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.get(n);
            return Optional.of(switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
                case "day" -> When.day(article.minusDays(k));
                case "week" -> When.weekOf(article.minusWeeks(k));
                case "month" -> When.month(article.minusMonths(k).getYear(), article.minusMonths(k).getMonthValue());
                default -> When.year(article.getYear() - k);
            });
        }
        return Optional.empty();
    }

    /** A month and day in the article's year, or the year before when that would be over six months ahead. */
    private static Optional<When> inYearOf(LocalDate article, int month, int day) {
        LocalDate d = DateText.date(article.getYear(), month, day);
        if (d != null && d.isAfter(article.plusMonths(MONTHS_AHEAD))) {
            d = DateText.date(article.getYear() - 1, month, day);
        }
        return Optional.ofNullable(d).map(When::day);
    }

    /**
     * A weekday near the article's date: the latest such day on or before it; "last Friday" strictly before it;
     * "next Friday" and "this coming Friday" the first one after it.
     */
    private static LocalDate weekday(String modifier, int day, LocalDate article) {
        java.time.DayOfWeek dow = java.time.DayOfWeek.of(day);
        String mod = modifier == null ? "" : modifier.toLowerCase(java.util.Locale.ROOT);
        return switch (mod) {
            case "last", "past", "this past" -> article.with(TemporalAdjusters.previous(dow));
            case "next", "this coming" -> article.with(TemporalAdjusters.next(dow));
            default -> article.with(TemporalAdjusters.previousOrSame(dow));
        };
    }
}
