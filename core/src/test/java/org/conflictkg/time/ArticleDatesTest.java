package org.conflictkg.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleDatesTest {
    private static LocalDate of(String text) {
        return ArticleDates.of(text).orElseThrow();
    }

    @Test
    void aPublicationLine() {
        assertEquals(LocalDate.of(2016, 3, 12), of("Troops enter the old city\n\nPublished: 12 March 2016\n\nTroops entered ..."));
        assertEquals(LocalDate.of(2017, 1, 3), of("Talks stall\nUpdated 3 Jan 2017\nThe talks stalled ..."));
        assertEquals(LocalDate.of(2015, 10, 9), of("Headline\n\nSource: Agencies Published: 2015-10-9 0:33:01\n"));
        assertEquals(LocalDate.of(2017, 4, 19), of("Headline\n\nPublished April 19 2017 A monitor said ..."));
        assertEquals(LocalDate.of(2017, 4, 2), of("Headline\n\nPosted on April 2 2017 by A. Writer The strikes ..."));
        assertEquals(LocalDate.of(2016, 11, 20), of("Headline\n\nDate of publication 20 November 2016 Shells fell ..."));
        assertEquals(LocalDate.of(2017, 4, 23), of("Headline\n\nLast updated at Apr 232017 An attack ...")); // stripped comma
    }

    @Test
    void aLineThatOpensWithTheDate() {
        assertEquals(LocalDate.of(2016, 3, 5), of("Headline\n\nMarch 5, 2016 — The convoy reached the town ..."));
        assertEquals(LocalDate.of(2016, 9, 21), of("Headline\n\nWednesday 21 September 2016 21:51 Medics said ..."));
        assertEquals(LocalDate.of(2014, 8, 28), of("Headline\n\nThu Aug 28 2014 Fighters seized ..."));
        assertEquals(LocalDate.of(2016, 8, 28), of("Headline\n\n28-08-2016 Shelling killed ..."));
        assertEquals(LocalDate.of(2017, 4, 7), of("Headline\n\n07.04.2017(updated 11:21 07.04.2017) Missiles hit ..."));
        assertEquals(LocalDate.of(2016, 3, 5), of("2016-03-05\nHeadline\n\nThe convoy ..."));
    }

    @Test
    void aDateline() {
        assertEquals(LocalDate.of(2016, 3, 2), of("BEIRUT, 2 March 2016 - Jets struck ..."));
        assertEquals(LocalDate.of(2016, 3, 5), of("Headline\n\nKHAN SHEIKHUN, Syria, March 5, 2016 (Agency) - Jets struck ..."));
        // no year: the year would be a guess
        assertTrue(ArticleDates.of("Headline\n\nBEIRUT, March 5 (Agency) - Jets struck ...").isEmpty());
    }

    @Test
    void aHeadlineAndCreditRunIntoTheFirstParagraph() {
        assertEquals(LocalDate.of(2016, 7, 16), of("Air raids hit the old city\n\nAir raids hit the old city Monitor AFP "
                + "Saturday 16 Jul 2016 Air raids on the old city killed ..."));
        assertEquals(LocalDate.of(2013, 8, 23), of("Blast at a wedding\n\nA blast at a wedding kills six says a monitoring "
                + "group Reuters Friday 23 Aug 2013 A blast ..."));
        assertEquals(LocalDate.of(2016, 10, 6), of("Shells fall on the old city\n\nShells fall on the old city 6 October "
                + "2016 Shells fell on ..."));
        assertEquals(LocalDate.of(2016, 7, 19), of("Headline\n\nPrint this page Tuesday 19 July 2016 16:45 Jets struck ..."));
        assertEquals(LocalDate.of(2013, 8, 21), of("Headline\n\n21.08.2013Get short URL 0 0 Shells fell ..."));
        assertEquals(LocalDate.of(2017, 5, 18), of("Headline\n\nHeadline - Reports Agency Writer Middle East 2159 "
                + "18.05.2017(updated 2204 18.05.2017) Get short URL ..."));
        // a credit with no date after it gives none
        assertTrue(ArticleDates.of("Headline\n\nThe minister told Reuters that the talks of 5 May 2015 failed.").isEmpty());
    }

    @Test
    void aDateInTheProseIsNotTheArticles() {
        assertTrue(ArticleDates.of("Jane Doe\n\nJane Doe (born 5 May 1963) is a general who commanded ...").isEmpty());
        assertTrue(ArticleDates.of("Battle of the river\n\nThe battle began on 9 February 2019 and ended ...").isEmpty());
        assertTrue(ArticleDates.of("A headline\n\nThe minister, who was born on May 5, 1963, said ...").isEmpty());
        assertTrue(ArticleDates.of("No date in this text at all.").isEmpty());
    }

    @Test
    void onlyTheHeadOfThePageIsRead() {
        assertTrue(ArticleDates.of("Headline\n\nOne.\n\nTwo.\n\n12 March 2016 Three.").isEmpty());
        // an encyclopedia's timeline heading
        assertTrue(ArticleDates.of("Battle of the river\n\nThe battle began on May 3, 2022.\n\nTimeline\n\nMay 3, 2022\n").isEmpty());
    }
}
