package org.conflictkg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeExpressionsTest {
    /** A Thursday. */
    private static final LocalDate ARTICLE = LocalDate.of(2017, 1, 19);

    private static LocalDate day(String phrase) {
        return TimeExpressions.resolve(phrase, ARTICLE).orElseThrow().day().orElseThrow();
    }

    private static When period(String phrase) {
        return TimeExpressions.resolve(phrase, ARTICLE).orElseThrow();
    }

    @Test
    void weekdaysAreTheLatestSuchDayOnOrBeforeTheArticle() {
        assertEquals(LocalDate.of(2017, 1, 18), day("Wednesday"));
        assertEquals(LocalDate.of(2017, 1, 18), day("on Wednesday night"));
        assertEquals(ARTICLE, day("Thursday"));
        assertEquals(LocalDate.of(2017, 1, 12), day("last Thursday"));
        assertEquals(LocalDate.of(2017, 1, 13), day("last Friday"));
        assertEquals(LocalDate.of(2017, 1, 23), day("next Monday"));
        assertEquals(LocalDate.of(2017, 1, 14), day("Saturday's"));
    }

    @Test
    void yesterdayAndToday() {
        assertEquals(LocalDate.of(2017, 1, 18), day("yesterday"));
        assertEquals(LocalDate.of(2017, 1, 18), day("Yesterday"));
        assertEquals(LocalDate.of(2017, 1, 18), day("last night"));
        assertEquals(ARTICLE, day("today"));
        assertEquals(ARTICLE, day("this morning"));
        assertEquals(LocalDate.of(2017, 1, 17), day("two days ago"));
    }

    @Test
    void aMonthAndDayTakeTheArticlesYearUnlessThatIsOverSixMonthsAhead() {
        assertEquals(LocalDate.of(2017, 1, 23), day("Jan. 23"));
        assertEquals(LocalDate.of(2017, 1, 23), day("January 23rd"));
        assertEquals(LocalDate.of(2017, 1, 3), day("3 January"));
        assertEquals(LocalDate.of(2016, 12, 20), day("December 20"));
        assertEquals(LocalDate.of(2017, 6, 1), day("June 1"));
        assertEquals(LocalDate.of(2016, 9, 1), day("Sept. 1"));
    }

    @Test
    void fullDatesNeedNoArticle() {
        assertEquals(LocalDate.of(2016, 12, 26), TimeExpressions.resolve("Dec. 26, 2016", null).orElseThrow().day().orElseThrow());
        assertEquals(LocalDate.of(2016, 12, 26), day("26 December 2016"));
        assertEquals(LocalDate.of(2016, 12, 26), day("Monday, Dec. 26, 2016"));
        assertEquals(LocalDate.of(2016, 12, 26), day("the night of Dec. 26, 2016"));
        assertEquals(LocalDate.of(2016, 12, 26), day("2016-12-26"));
    }

    @Test
    void coarserPeriodsKeepTheirPrecisionAndInventNoDay() {
        When march2011 = TimeExpressions.resolve("March 2011", null).orElseThrow();
        assertEquals(new When(LocalDate.of(2011, 3, 1), LocalDate.of(2011, 3, 31), When.Precision.MONTH), march2011);
        assertTrue(march2011.day().isEmpty());
        assertEquals(new When(LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 31), When.Precision.MONTH), period("last month"));
        assertEquals(new When(LocalDate.of(2017, 1, 9), LocalDate.of(2017, 1, 15), When.Precision.WEEK), period("last week"));
        assertEquals(When.Precision.YEAR, period("last year").precision());
        assertEquals(LocalDate.of(2016, 1, 1), period("last year").first());
        assertEquals(When.Precision.YEAR, period("in 2006").precision());
        assertEquals(LocalDate.of(2017, 1, 1), period("earlier this month").first());
        assertEquals(LocalDate.of(2016, 8, 1), period("August").first()); // August 2017 would be over six months ahead
        assertEquals(LocalDate.of(2017, 3, 1), period("mid-March").first());
    }

    @Test
    void relativeExpressionsNeedTheArticlesDate() {
        assertTrue(TimeExpressions.resolve("Wednesday", null).isEmpty());
        assertTrue(TimeExpressions.resolve("last month", null).isEmpty());
        assertTrue(TimeExpressions.resolve("Jan. 23", null).isEmpty());
    }

    @Test
    void otherPhrasesAreNoTime() {
        assertTrue(TimeExpressions.resolve("Aleppo", ARTICLE).isEmpty());
        assertTrue(TimeExpressions.resolve("the march on Damascus", ARTICLE).isEmpty());
        assertTrue(TimeExpressions.resolve("may", ARTICLE).isEmpty());
        assertTrue(TimeExpressions.resolve("Sunni militias", ARTICLE).isEmpty());
        assertTrue(TimeExpressions.resolve("the past week", ARTICLE).isEmpty()); // a span up to now, not a date
    }
}
