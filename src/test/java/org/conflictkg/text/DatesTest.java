package org.conflictkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate THURSDAY = LocalDate.of(2017, 1, 19);

    @Test
    void articleDateFromAPublicationLineOrDateline() {
        assertEquals(LocalDate.of(2015, 10, 9), Dates.published("Headline\n\nSource: Agencies Published: 2015-10-9 0:33:01\n").orElseThrow());
        assertEquals(LocalDate.of(2017, 4, 19), Dates.published("Published April 19 2017 A monitor said ...").orElseThrow());
        assertEquals(LocalDate.of(2016, 3, 2), Dates.published("BEIRUT, 2 March 2016 - Jets struck ...").orElseThrow());
        assertTrue(Dates.published("No date in this text at all.").isEmpty());
    }

    @Test
    void weekdaysAreTheLatestSuchDayOnOrBeforeTheArticle() {
        assertEquals(LocalDate.of(2017, 1, 18), Dates.mentioned("Jets struck the town on Wednesday.", THURSDAY).orElseThrow());
        assertEquals(THURSDAY, Dates.mentioned("Talks began on Thursday.", THURSDAY).orElseThrow());
        assertEquals(LocalDate.of(2017, 1, 13), Dates.mentioned("The convoy was hit last Friday.", THURSDAY).orElseThrow());
    }

    @Test
    void relativeWordsAndMonthDays() {
        assertEquals(LocalDate.of(2017, 1, 18), Dates.mentioned("Officials said yesterday that ...", THURSDAY).orElseThrow());
        assertEquals(LocalDate.of(2017, 1, 23), Dates.mentioned("Talks are due on Jan. 23 in Astana.", THURSDAY).orElseThrow());
        assertEquals(LocalDate.of(2016, 12, 20), Dates.mentioned("The ambassador was killed on December 20.", THURSDAY).orElseThrow());
        assertTrue(Dates.mentioned("Jets struck the town.", THURSDAY).isEmpty());
    }
}
