package org.conflictkg.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article was published, read only where a page states it: a publication line near the top
 * ("Published: 12 March 2016", "Updated 3 Jan 2017", "Posted on April 2 2017 by ..."), a line that opens with a date
 * ("March 5, 2016 — ...", "Wednesday 21 September 2016 21:51", "2016-03-05") or does so after repeating the
 * headline, an agency's credit ("AFP Saturday 16 Jul 2016"), a date stamped with a clock time ("Print this page
 * Tuesday 19 July 2016 16:45"), or a dateline ("BEIRUT, March 5, 2016 (Reuters) -").
 * Pages saved as plain text often run the headline, credit and date into the first paragraph. A date in the prose ("born on 5 May 1963") is not the article's: when the head of the page
 * states none, the date stays unknown rather than guessed. A dateline without a year ("BEIRUT, March 5
 * (Reuters)") gives no date either: its year would be a guess.
 *
 * <p>Stateless; thread-safe.
 */
public final class ArticleDates {
    /**
     * How many non-blank lines from the top a publication line may stand on: headline, byline or date, lead. An
     * encyclopedia's fourth line may already be a heading of its timeline ("February 24, 2022").
     */
    private static final int HEAD_LINES = 3;
    /** Words that announce the page's own date; capitalized, as page furniture writes them. */
    private static final Pattern CUE = Pattern.compile("\\b(?:(?:First |Last )?(?:Published|Updated|Posted|Modified)"
            + "|Last updated|Date of publication|Publication date|Date)(?: on| at)?:?\\s*");
    private static final Pattern WEEKDAY_FIRST = Pattern.compile(DateText.WEEKDAY + ",?\\s+");
    /** "28-08-2016", "07.04.2017": day first, as the agencies that write them do. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[.-](\\d{1,2})[.-]((?:19|20)\\d\\d)(?!\\d)");
    /** The same anywhere in a head line: prose writes its dates in words ("Middle East 2159 18.05.2017(updated"). */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.-])(?=\\d{1,2}[.-]\\d{1,2}[.-](?:19|20)\\d\\d(?!\\d))");
    /** A place in capitals, maybe with its country, before the date: "BEIRUT, ", "KHAN SHEIKHUN, Syria, ". */
    private static final Pattern DATELINE = Pattern.compile("[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?,? ");
    /** An agency's name as a credit before the date: "AFP Saturday 16 Jul 2016", "(Reuters) 3 May 2015". */
    private static final Pattern CREDIT = credits("agencies.txt");
    /** A date with a clock time is a page's stamp, not prose: "Print this page Tuesday 19 July 2016 16:45". */
    private static final Pattern STAMP = Pattern.compile("\\b(?=(?:" + DateText.WEEKDAY + ",? )?\\d{1,2} " + DateText.MONTH
            + ",? (?:19|20)\\d\\d,? \\d{1,2}:\\d\\d\\b)");

    private ArticleDates() {}

    /** The article's date, from the head of its text; empty when the page does not state one there. */
    public static Optional<LocalDate> of(String text) {
        int lines = 0;
        String headline = null;
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            LocalDate d = ofLine(l);
            if (d == null && headline != null && headline.length() > 10 && l.startsWith(headline)) {
                d = dateAt(l.substring(headline.length()).strip()); // "Headline\n\nHeadline 6 October 2016 ..."
            }
            if (d != null) {
                return Optional.of(d);
            }
            headline = headline == null ? l : headline;
            if (++lines >= HEAD_LINES) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The date a line of the page's head states as the page's own, or null. */
    static LocalDate ofLine(String line) {
        LocalDate d = dateAt(line);
        if (d != null) {
            return d; // "March 5, 2016 — ...", "Wednesday 21 September 2016"
        }
        Matcher c = CUE.matcher(line);
        while (c.find()) {
            d = dateAt(line.substring(c.end()));
            if (d != null) {
                return d; // "Published: 12 March 2016", "Source: Agencies Published: 2015-10-9 0:33:01"
            }
        }
        Matcher a = CREDIT.matcher(line);
        while (a.find()) {
            d = dateAt(line.substring(a.end()));
            if (d != null) {
                return d; // "... says monitoring group AFP Friday 23 Aug 2013 A suicide bombing ..."
            }
        }
        for (Pattern stamp : new Pattern[] {STAMP, NUMERIC}) {
            Matcher t = stamp.matcher(line);
            if (t.find() && (d = dateAt(line.substring(t.start()))) != null) {
                return d;
            }
        }
        Matcher p = DATELINE.matcher(line);
        if (p.lookingAt()) {
            return dateAt(line.substring(p.end())); // "BEIRUT, 2 March 2016 - Jets struck ..."
        }
        return null;
    }

    /** The full date {@code s} opens with, maybe after a weekday; null when it opens with none. */
    private static LocalDate dateAt(String s) {
        Matcher w = WEEKDAY_FIRST.matcher(s);
        String rest = w.lookingAt() ? s.substring(w.end()) : s;
        DateText.Dated full = DateText.fullDateAt(rest);
        if (full != null) {
            return full.date();
        }
        Matcher m = DAY_FIRST.matcher(rest);
        if (m.lookingAt()) {
            return DateText.date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return null;
    }

    /** A pattern for the agency names of a resource next to this class, one a line, as whole words. */
    private static Pattern credits(String resource) {
        List<String> names = new ArrayList<>();
        try (InputStream in = ArticleDates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("agency names " + resource + " are not on the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(Pattern.quote(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        names.sort((x, y) -> y.length() - x.length()); // "Anadolu Agency" before "Anadolu"
        return Pattern.compile("(?<![\\w-])\\(?(?:" + String.join("|", names) + ")\\b\\)?[ ,:-]*");
    }
}
