package org.conflictkg.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.conflictkg.InMemoryGraphTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the extractor reads from sentences written for these tests: one capability per test, with the relation,
 * the canonical actors and the modality it must give — and what it must not give.
 */
class ExtractionTest extends InMemoryGraphTest {
    static List<Assertion> read(String text) {
        return graph.extract("test.txt", text).assertions();
    }

    /** "subject relation object modality", with actor ids. */
    static List<String> facts(String text) {
        return read(text).stream()
                .map(a -> a.subject().actor().id() + " " + (a.relation() == null ? "-" : a.relation().localName()) + " "
                        + a.object().actor().id() + " " + a.modality().key())
                .collect(Collectors.toList());
    }

    static void assertFact(String text, String fact) {
        List<String> f = facts(text);
        assertTrue(f.contains(fact), "expected '" + fact + "' in " + f);
    }

    @Nested
    class Actors {
        @Test
        void aliasesAndAcronymsAreOneNode() {
            assertFact("ISIS fighters attacked Iraqi forces near Mosul.", "islamic-state attacks iraq-armed-forces asserted");
            assertFact("Russia bombed Daesh positions in Syria.", "russia attacks islamic-state asserted");
            assertFact("Jordanian jets struck ISIL targets on Sunday.", "jordan-armed-forces attacks islamic-state asserted");
        }

        @Test
        void capitalsAndSeatsOfGovernmentStandForTheirState() {
            assertFact("Moscow backs Damascus in the war.", "russia backs syria asserted");
            assertFact("The Kremlin criticized Washington on Friday.", "russia criticizes united-states asserted");
        }

        @Test
        void demonymsWithForceNounsAreTheStatesForces() {
            List<Assertion> a = read("Russian warplanes bombed Islamic State positions near Palmyra.");
            assertEquals("russia-armed-forces", a.get(0).subject().actor().id());
            assertEquals("russia", a.get(0).subject().actor().country());
        }

        @Test
        void titlesMakeLeadersAndNameVariantsAreOnePerson() {
            List<String> f = facts("Turkish President Tayyip Erdogan met Russian President Vladimir Putin in Sochi. "
                    + "Erdogan said the talks went well.");
            assertTrue(f.contains("recep-tayyip-erdogan leaderOf turkey asserted"), f.toString());
            assertTrue(f.contains("vladimir-putin leaderOf russia asserted"), f.toString());
            assertTrue(f.contains("recep-tayyip-erdogan talksWith vladimir-putin asserted"), f.toString());
        }

        @Test
        void peopleOfANationAreNotItsState() {
            List<String> f = facts("A Turkish police officer shot and killed the Russian ambassador in Ankara.");
            assertFalse(f.stream().anyMatch(s -> s.startsWith("turkey attacks")), f.toString());
        }
    }

    @Nested
    class Relations {
        @Test
        void passiveVoice() {
            assertFact("A Syrian army helicopter was shot down by Turkish forces near Idlib.",
                    "turkey-armed-forces attacks syria-armed-forces asserted");
        }

        @Test
        void nominalizationWithBy() {
            assertFact("The shooting-down of a Russian jet by Turkish air forces angered Moscow.",
                    "turkey-armed-forces attacks russia-armed-forces asserted");
        }

        @Test
        void compoundModifiers() {
            assertFact("Turkish-backed Syrian rebels advanced on the town.", "turkey backs syrian-rebels asserted");
        }

        @Test
        void coordinationGivesOneFactPerActor() {
            List<String> f = facts("Iran and Russia support the Syrian government.");
            assertTrue(f.contains("iran backs syria asserted"), f.toString());
            assertTrue(f.contains("russia backs syria asserted"), f.toString());
        }

        @Test
        void symmetricNounsBetweenTwoActors() {
            assertFact("The deal deepened cooperation between Moscow and Ankara.", "russia cooperatesWith turkey asserted");
        }

        @Test
        void agentNounsAfterACopula() {
            assertFact("Iran and Russia are the main backers of the Assad government.", "iran backs syria asserted");
        }

        @Test
        void reportedSpeechKeepsWhoSaidIt() {
            Assertion a = read("NATO said Russian jets struck targets in Aleppo.").stream()
                    .filter(x -> x.relation() == Relation.ATTACKS_IN).findFirst().orElseThrow();
            assertEquals("russia-armed-forces", a.subject().actor().id());
            assertEquals("nato", a.claimedBy().id());
        }

        @Test
        void strikeLocations() {
            List<String> places = read("Russian jets struck targets in the provinces of Homs, Hama and Raqqa.").stream()
                    .filter(a -> a.relation() == Relation.ATTACKS_IN && a.subject().actor().id().equals("russia-armed-forces"))
                    .flatMap(a -> a.places().stream()).map(p -> p.actor().id()).distinct().toList();
            assertEquals(List.of("homs", "hama", "raqqa"), places); // the targets are unnamed, the places are not
        }

        @Test
        void whoCondemnsAnAttackDidNotMakeIt() {
            List<String> f = facts("The United Nations condemned the bombardment of Aleppo by Syrian jets.");
            assertTrue(f.contains("syria-armed-forces attacks aleppo asserted"), f.toString());
            assertFalse(f.stream().anyMatch(s -> s.startsWith("united-nations attacks")), f.toString());
        }

        @Test
        void aPlaceNamedAsALandmarkWasNotTheTarget() {
            List<String> f = facts("Government troops captured four villages to the east of Raqqa on Monday. "
                    + "Israeli jets attacked a military airport outside Homs overnight.");
            assertFalse(f.stream().anyMatch(s -> s.contains(" attacks raqqa ")), f.toString());
            assertFalse(f.stream().anyMatch(s -> s.contains(" attacks homs ")), f.toString());
            assertFalse(facts("Turkish war planes bombed Kurdish positions near Afrin.").stream()
                    .anyMatch(s -> s.contains(" attacks afrin ")), "near a place is not in it");
            assertFact("Russian warplanes struck Idlib.", "russia-armed-forces attacks idlib asserted");
        }

        @Test
        void anAttackOnSomethingUnnamedInAPlaceIsAnAttackInThePlace() {
            List<String> f = facts("Syrian rebels captured three villages in the Aleppo Governorate. Islamic State "
                    + "militants shelled the Salhiya district of Hasakah. A US-led coalition airstrike in Raqqa killed 20 civilians.");
            assertFalse(f.stream().anyMatch(s -> s.contains(" attacks ")), f.toString());
            assertTrue(f.stream().anyMatch(s -> s.startsWith("syrian-rebels attacksIn aleppo")), f.toString());
            assertTrue(f.stream().anyMatch(s -> s.endsWith("attacksIn hasakah asserted")), f.toString());
            assertTrue(f.contains("us-led-coalition attacksIn raqqa asserted"), f.toString());
            assertFact("Islamic State fighters captured the mosque in Mosul.", "islamic-state attacksIn mosul asserted");
            assertFact("Russian jets hit a market in the northwestern Syrian city of Idlib.",
                    "russia-armed-forces attacksIn idlib asserted");
            // the place a site is named by was hit itself
            List<String> g = facts("Syrian rebels seized the town of Tadef.");
            assertTrue(g.stream().anyMatch(s -> s.contains(" attacks ") && s.endsWith("tadef asserted")), g.toString());
        }

        @Test
        void agentNounsNeedToBeSaidOfTheirSubject() {
            List<String> f = facts("Turkish forces killed five members of the Kurdish YPG militia.");
            assertFalse(f.stream().anyMatch(s -> s.contains(" memberOf ")), f.toString());
            assertFact("Turkey, a member of NATO, shot down a Russian jet.", "turkey memberOf nato asserted");
            assertFact("The deal was brokered by Assad ally Russia.", "russia alliedWith bashar-al-assad asserted");
        }

        @Test
        void aBackedGroupIsNotThePlaceItEnters() {
            List<String> f = facts("Turkish-backed rebels entered Jarablus on Sunday.");
            assertFalse(f.stream().anyMatch(s -> s.startsWith("turkey backs jarablus")), f.toString());
        }

        @Test
        void whoCondemnsAnAttackCriticizesItsAgent() {
            assertFact("The Turkish foreign ministry condemned the air strikes by Russian forces on Idlib.",
                    "turkey-ministry-of-foreign-affairs criticizes russia-armed-forces asserted");
        }

        @Test
        void possessorsAreNotTheActorsOfTheirNoun() {
            List<String> f = facts("Two of Bashar al-Assad's relatives were killed by Syrian rebels in Latakia.");
            assertFalse(f.stream().anyMatch(s -> s.contains(" attacks bashar-al-assad")), f.toString());
            assertFact("The monitor reported new air raids on Idlib by the regime and its Russian ally.",
                    "russia attacks idlib asserted");
        }

        @Test
        void victimsOfAnAttackAreNotItsAgents() {
            List<String> f = facts("A senior Hezbollah commander was killed in an air strike on Qusayr.");
            assertFalse(f.stream().anyMatch(s -> s.startsWith("hezbollah attacks")), f.toString());
            assertFact("Russian jets killed 20 people in strikes on Idlib.", "russia-armed-forces attacks idlib asserted");
        }

        @Test
        void whoTheVerbActsOnIsNotTheAgentOfALaterNoun() {
            List<String> f = facts("The coalition is battling Islamic State in Syria and Iraq with air strikes "
                    + "and backing for the Kurdish YPG.");
            assertFalse(f.stream().anyMatch(s -> s.contains(" backs ypg") && !s.startsWith("us-led-coalition")), f.toString());
        }

        @Test
        void whoReportsAnAttackDidNotMakeIt() {
            List<String> f = facts("The United Nations continues to receive reports of aerial bombardment in Aleppo.");
            assertFalse(f.stream().anyMatch(s -> s.startsWith("united-nations attacks")), f.toString());
        }

        @Test
        void aListIsNoTitle() {
            List<String> f = facts("The Russian and Assad regime forces shelled Aleppo.");
            assertFalse(f.stream().anyMatch(s -> s.contains(" memberOf ")), f.toString());
            assertTrue(f.contains("russia attacks aleppo asserted"), f.toString());
        }

        @Test
        void partnersNamedThroughAPossessive() {
            List<String> f = facts("Syrian forces and their Russian ally bombed Idlib.");
            assertTrue(f.contains("syria-armed-forces attacks idlib asserted"), f.toString());
            assertTrue(f.contains("russia attacks idlib asserted"), f.toString());
        }

        @Test
        void aPlaceAfterToIsNoAgent() {
            assertEquals(List.of(), facts("She returned to Afghanistan to assist General David Petraeus."));
        }

        @Test
        void eitherOrSaysNotWhich() {
            assertEquals(List.of(), facts("Russian or Syrian jets bombed the market in Idlib."));
        }

        @Test
        void aPlaceBeforeAnAttackNounIsItsTarget() {
            assertFact("Russian forces launched the Kyiv offensive in February.", "russia-armed-forces attacks kyiv asserted");
        }

        @Test
        void inSupportOf() {
            assertFact("Russia launched air strikes in support of the Syrian government.", "russia backs syria asserted");
        }

        @Test
        void aParticipleWithoutAuxiliaryOrByIsAPastTense() {
            assertFact("Russian troops captured Kherson.", "russia-armed-forces attacks kherson asserted");
        }

        @Test
        void aDeniedJudgmentIsNoCriticism() {
            List<String> f = facts("The spokesman said neither Russia nor the United States wanted a dangerous escalation.");
            assertFalse(f.stream().anyMatch(s -> s.contains(" criticizes ")), f.toString());
        }

        @Test
        void reportedFactsAreNotJudgments() {
            List<String> f = facts("Lavrov claimed Ukraine was sending more troops, making the situation very difficult.");
            assertFalse(f.stream().anyMatch(s -> s.contains(" criticizes ")), f.toString());
        }

        @Test
        void quotedJudgmentIsCriticism() {
            assertFact("\"Russia is making the situation far more dangerous,\" the British defence minister said.",
                    "united-kingdom criticizes russia asserted");
        }
    }

    @Nested
    class Modality {
        @Test
        void negated() {
            assertFact("Washington refused to confirm any cooperation with Moscow.", "united-states cooperatesWith russia negated");
            assertFact("Turkey did not attack the Islamic State.", "turkey attacks islamic-state negated");
        }

        @Test
        void conditional() {
            assertFact("The United States would welcome Turkish-Russian cooperation if it targeted ISIS.",
                    "turkey cooperatesWith russia conditional");
        }

        @Test
        void proposedOrRequested() {
            assertFact("Germany called on Russia to carry out strikes against ISIS.", "russia attacks islamic-state proposed");
            assertFact("France urged Iran to hold talks with Saudi Arabia.",
                    "iran talksWith saudi-arabia proposed");
        }

        @Test
        void predictedOrIntended() {
            assertFact("Russia and the United States are close to joining forces in Syria.",
                    "russia cooperatesWith united-states predicted");
            assertFact("Israel plans to strike Hezbollah in Lebanon.", "israel attacks hezbollah predicted");
        }

        @Test
        void attemptedIsNotDone() {
            assertFact("The YPG advanced in an attempt to capture Manbij.", "ypg attacks manbij predicted");
        }

        @Test
        void allegedAndAccused() {
            List<String> f = facts("The opposition accused the Syrian army of shelling Douma.");
            assertTrue(f.contains("syria-armed-forces attacks douma alleged"), f.toString());
            assertFact("Alleged Israeli air strikes hit Hezbollah positions in Lebanon.", "israel attacks hezbollah alleged");
        }

        @Test
        void claimsAreAllegations() {
            assertFact("Rebels claimed that the Syrian army shelled Douma.", "syria-armed-forces attacks douma alleged");
            assertFact("Rebels said the Syrian army shelled Douma.", "syria-armed-forces attacks douma asserted");
        }

        @Test
        void warningAgainstAnAttackIsNoAttack() {
            assertFact("Moscow warns against new US missile strikes on Syria.", "united-states attacks syria predicted");
        }

        @Test
        void aDeniedClauseIsNegated() {
            assertFact("A Ukrainian official denied Ukraine was targeting Gerasimov.", "ukraine attacks valery-gerasimov negated");
        }

        @Test
        void reportedlyIsNotVouchedFor() {
            assertFact("Russian jets reportedly struck Idlib.", "russia-armed-forces attacks idlib alleged");
        }

        @Test
        void wasAbleToIsDone() {
            assertFact("The YPG was able to capture Manbij.", "ypg attacks manbij asserted");
        }

        @Test
        void thwartedAttacksDidNotHappen() {
            List<String> f = facts("The Iraqi army thwarted an attack by Islamic State militants in Anbar.");
            assertTrue(f.contains("islamic-state attacksIn anbar negated"), f.toString());
            assertFalse(f.stream().anyMatch(s -> s.startsWith("iraq-armed-forces attacks")), f.toString());
        }

        @Test
        void accidental() {
            assertFact("Two Iraqi soldiers were accidentally killed by a Turkish air strike.",
                    "turkey attacks iraq-armed-forces accidental");
        }
    }

    @Nested
    class Coreference {
        @Test
        void pronounsResolveToTheLastPerson() {
            assertFact("Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday. He met Turkish Foreign "
                    + "Minister Mevlut Cavusoglu.", "sergei-lavrov talksWith mevlut-cavusoglu asserted");
        }

        @Test
        void definiteDescriptionsResolveToTheLeaderNamedBefore() {
            assertFact("Syrian President Bashar al-Assad thanked Moscow. Iran has backed the Syrian leader since 2011.",
                    "iran backs bashar-al-assad asserted");
        }

        @Test
        void unsurePronounsGiveNoFact() {
            List<String> f = facts("It attacked the convoy near Mosul.");
            assertTrue(f.isEmpty(), f.toString());
        }
    }

    @Nested
    class Furniture {
        @Test
        void bylinesCaptionsAndLinkListsGiveNothing() {
            String page = """
                    Russia backs Assad, Turkey says

                    MOSCOW (Example Wire) - Turkey said Russia backs Syrian President Bashar al-Assad.

                    SCROLL TO CONTINUE READING
                    Russian jets strike ISIS targets near Palmyra, Syria, May 3, 2016. REUTERS/Someone
                    Additional reporting by A. Reporter; Editing by B. Editor

                    Iran attacks Saudi Arabia in new report
                    Turkey backs Qatar in Gulf dispute
                    NATO criticizes Russia over airspace
                    Related: Sudan talks stall
                    """;
            List<Assertion> all = read(page);
            for (Assertion a : all) {
                String s = a.evidence().text();
                assertFalse(s.contains("REUTERS") || s.contains("Gulf dispute") || s.contains("airspace")
                        || s.contains("new report") || s.contains("Editing"), "furniture gave: " + s);
            }
            assertTrue(all.stream().anyMatch(a -> a.relation() == Relation.BACKS && a.evidence().text().startsWith("Turkey said")),
                    "the dateline is trimmed and the paragraph read: " + facts(page));
        }
    }

    @Test
    void datesAreResolvedAgainstTheArticleDate() {
        Assertion a = graph.extract("dated.txt", "Published: 2017-01-19\n\nRussian jets struck Islamic State targets near al-Bab on Wednesday.\n")
                .assertions().stream().filter(x -> x.relation() == Relation.ATTACKS).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2017, 1, 18), a.date());
    }

    @Test
    void confidenceRanksNamesAbovePronouns() {
        List<Assertion> named = read("Russia attacked the Islamic State near Palmyra.");
        List<Assertion> viaPronoun = read("Russia deployed jets in Syria. Its warplanes attacked the Islamic State near Palmyra.");
        double n = named.stream().filter(a -> a.relation() == Relation.ATTACKS).mapToDouble(Assertion::confidence).max().orElseThrow();
        double p = viaPronoun.stream().filter(a -> a.relation() == Relation.ATTACKS).mapToDouble(Assertion::confidence).max().orElseThrow();
        assertTrue(n > p, n + " > " + p);
        assertTrue(n <= 1 && p >= 0);
    }
}
