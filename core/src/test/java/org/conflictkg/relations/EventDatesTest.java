package org.conflictkg.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.conflictkg.InMemoryGraphTest;
import org.junit.jupiter.api.Test;

/**
 * The date of an event from the time expression attached to its trigger, resolved against the article's date, on
 * articles written for this test with the real parser: "subject relation object date".
 */
class EventDatesTest extends InMemoryGraphTest {
    /** A Thursday. */
    private static final String PUBLISHED = "Published: 19 January 2017\n\n";
    static List<String> facts(String text) {
        return graph.extract("dates.txt", text).assertions().stream()
                .map(a -> a.subject().actor().id() + " " + a.relation().localName() + " " + a.object().actor().id()
                        + " " + a.date())
                .collect(Collectors.toList());
    }

    static void assertFact(String text, String fact) {
        List<String> f = facts(text);
        assertTrue(f.contains(fact), "expected '" + fact + "' in " + f);
    }

    @Test
    void theArticleDateComesFromItsPublicationLine() {
        assertEquals(java.time.LocalDate.of(2017, 1, 19), graph.extract("dates.txt", PUBLISHED
                + "Russia attacked Aleppo.\n").document().date());
    }

    @Test
    void aWeekdayIsTheLatestSuchDayOnOrBeforeTheArticle() {
        assertFact(PUBLISHED + "Russia bombed Aleppo on Wednesday.\n", "russia attacks aleppo 2017-01-18");
        assertFact(PUBLISHED + "Russia bombed Aleppo on Thursday.\n", "russia attacks aleppo 2017-01-19");
    }

    @Test
    void yesterdayAndDaysAgo() {
        assertFact(PUBLISHED + "Israel bombed Gaza yesterday.\n", "israel attacks gaza-strip 2017-01-18");
        assertFact(PUBLISHED + "Two days ago, Israel bombed Gaza.\n", "israel attacks gaza-strip 2017-01-17");
    }

    @Test
    void aMonthAndDayInTheArticlesYear() {
        assertFact(PUBLISHED + "Hezbollah attacked Israel on Jan. 3.\n", "hezbollah attacks israel 2017-01-03");
        assertFact(PUBLISHED + "Hezbollah attacked Israel on December 30.\n", "hezbollah attacks israel 2016-12-30");
    }

    @Test
    void aFullDate() {
        assertFact(PUBLISHED + "Russia and Turkey met in Ankara on Dec. 26, 2016.\n", "russia talksWith turkey 2016-12-26");
        assertFact(PUBLISHED + "Hezbollah attacked Israel on Jan. 23, 2016.\n", "hezbollah attacks israel 2016-01-23");
    }

    @Test
    void anEventNounTakesItsOwnDateOrItsClauses() {
        assertFact(PUBLISHED + "Wednesday's attack by Hezbollah on Israel killed five soldiers.\n",
                "hezbollah attacks israel 2017-01-18");
        assertFact(PUBLISHED + "Turkey launched an offensive against the Kurdistan Workers' Party on Monday.\n",
                "turkey attacks pkk 2017-01-16");
    }

    @Test
    void aTimeTheParserHangsFromTheSubjectOrObjectIsTheVerbs() {
        assertFact(PUBLISHED + "Human Rights Watch on Monday accused Syria of war crimes.\n",
                "human-rights-watch criticizes syria 2017-01-16");
        assertFact(PUBLISHED + "Israel conducted 18 strikes on Monday and destroyed Hamas positions.\n",
                "israel attacks hamas 2017-01-16");
    }

    @Test
    void whatAVerbSaysCausedItHappenedWhenItDid() {
        assertFact(PUBLISHED + "Ten people were killed on Saturday in Israeli air strikes on Gaza.\n",
                "israel attacks gaza-strip 2017-01-14");
    }

    @Test
    void aCoarserPeriodGivesNoDay() {
        assertFact(PUBLISHED + "Iran attacked Iraq last month.\n", "iran attacks iraq null");
        assertFact(PUBLISHED + "Syria attacked Israel in March 2011.\n", "syria attacks israel null");
        assertFact(PUBLISHED + "Russia bombed Aleppo last week.\n", "russia attacks aleppo null");
    }

    @Test
    void aDateOfAnotherClauseIsNotTheEventsDate() {
        assertFact(PUBLISHED + "Turkey said on Tuesday that Russia had bombed Idlib.\n", "russia attacks idlib null");
        assertFact(PUBLISHED + "Russia bombed Aleppo on Monday, and Turkey attacked Afrin on Wednesday.\n",
                "russia attacks aleppo 2017-01-16");
        assertFact(PUBLISHED + "Russia bombed Aleppo on Monday, and Turkey attacked Afrin on Wednesday.\n",
                "turkey attacks afrin 2017-01-18");
        assertFact(PUBLISHED + "Russia bombed Aleppo on Monday, and Turkey attacked Afrin.\n", "turkey attacks afrin null");
    }

    @Test
    void withoutAnArticleDateARelativeDayStaysUnknown() {
        assertFact("Russia bombed Aleppo on Wednesday.\n", "russia attacks aleppo null");
        assertFact("Jane Doe\n\nJane Doe was born on 5 May 1963. Russia bombed Aleppo on Wednesday.\n",
                "russia attacks aleppo null");
    }
}
