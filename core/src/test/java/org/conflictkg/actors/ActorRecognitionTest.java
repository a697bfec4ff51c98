package org.conflictkg.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.conflictkg.InMemoryGraphTest;
import org.junit.jupiter.api.Test;

/** Which canonical actor each mention of sentences written for these tests ends on: "text=id:Type". */
class ActorRecognitionTest extends InMemoryGraphTest {
    static List<String> mentions(String text) {
        return graph.extract("test.txt", text).mentions().stream().flatMap(List::stream)
                .map(m -> m.text() + "=" + m.actor().id() + ":" + m.actor().type().className())
                .collect(Collectors.toList());
    }

    static void assertMention(String text, String expected) {
        List<String> found = mentions(text);
        assertTrue(found.contains(expected), () -> "expected " + expected + " in " + found);
    }

    static void assertNoActor(String text, String id) {
        List<String> found = mentions(text);
        assertFalse(found.stream().anyMatch(m -> m.contains("=" + id + ":")), () -> "unexpected " + id + " in " + found);
    }

    @Test
    void theCoalitionNamedByNoNameIsTheOneAtWarInTheCountryTheArticleIsAbout() {
        assertMention("Iraqi forces advanced on Mosul. The Coalition supported the Iraqi army with air strikes near Mosul.",
                "Coalition=us-led-coalition:Coalition");
        assertMention("Houthi rebels fired missiles from Yemen. The Coalition struck Houthi positions in Yemen.",
                "Coalition=saudi-led-coalition:Coalition");
    }

    @Test
    void agenciesOfAStateAreItsBodiesAndALongerNameIsNotThem() {
        assertMention("Immigration and Customs Enforcement returned the stolen paintings.",
                "Immigration and Customs Enforcement=us-immigration-and-customs-enforcement:GovernmentBody");
        assertNoActor("Nigeria's Department of State Services arrested him.", "united-states-department-of-state");
    }

    @Test
    void aDemonymOfTwoWordsNamesTheState() {
        assertMention("The North threatened to shell South Korean border posts.", "South Korean=south-korea:State");
        assertMention("Sri Lankan troops arrested the two men.", "Sri Lankan troops=sri-lanka-armed-forces:ArmedForces");
    }

    @Test
    void aNationsPoliceIsItsStateButAPoliceOfficerIsAPerson() {
        assertMention("Armenian police detained the protest leaders.", "Armenian=armenia:State");
        assertNoActor("A Turkish police officer shot the ambassador.", "turkey");
    }

    @Test
    void anEmDashEndsAName() {
        assertMention("Iran sent Qassem Soleimani\u2014its top commander\u2014to Damascus.",
                "Qassem Soleimani=qassem-soleimani:Person");
    }

    @Test
    void aMiddleInitialIsPartOfTheName() {
        assertMention("The envoy, US General Thomas K. Whitfield, said the talks would go on.",
                "Thomas K. Whitfield=thomas-k-whitfield:Person");
    }

    @Test
    void aPersonKeepsTheGivenNamesBeforeTheTaggedOnes() {
        assertMention("A drone strike killed senior Hamas member Yusuf Nabil Samir al-Ramadi.",
                "Yusuf Nabil Samir al-Ramadi=yusuf-nabil-samir-al-ramadi:Person");
        assertMention("Rebels captured senior commander Yusuf 'Adil Samir al-Ramadi near the border.",
                "Yusuf 'Adil Samir al-Ramadi=yusuf-adil-samir-al-ramadi:Person");
    }

    @Test
    void aKnownNameAtTheEndOfALongerOneIsNotThatActor() {
        assertNoActor("Officials of Iran's Supreme National Security Council met Russian envoys.", "united-nations");
        assertMention("The Security Council met on Monday.", "Security Council=united-nations:InternationalOrganization");
    }

    @Test
    void aMachineNamedByItsModelIsNoActorAndAPossessiveWithoutApostropheIsItsOwner() {
        List<String> found = mentions("Rebels shot down a Syrian Air Force Sukhoi Su-22 near Hama.");
        assertFalse(found.stream().anyMatch(m -> m.contains("sukhoi")), found.toString());
        assertMention("Bashar al-Assads forces shelled Daraa.", "Bashar al-Assads=bashar-al-assad:Person");
    }

    @Test
    void aCapitalizedNameOfAnAttackIsNoActor() {
        assertNoActor("The Hilltop Rocket Attack killed four soldiers near Hama, the army said.",
                "organization/hilltop-rocket-attack");
        assertFalse(mentions("The Hilltop Rocket Attack killed four soldiers near Hama, the army said.").stream()
                .anyMatch(m -> m.startsWith("Hilltop")));
    }

    @Test
    void aTitleCaseHeadlineMintsNoActorFromItsCapitals() {
        List<String> found = mentions("Iraqi Army Advances in Mosul Kills 40 Fighters in Tal Afar.");
        assertTrue(found.contains("Iraqi Army=iraq-armed-forces:ArmedForces"), found.toString());
        assertFalse(found.stream().anyMatch(m -> m.contains("advances")), found.toString());
    }

    @Test
    void theNationNamedByItsPeopleIsTheState() {
        assertMention("The Americans backed the Iraqi government.", "Americans=united-states:State");
        assertMention("Talks with the Iraqis resumed on Monday.", "Iraqis=iraq:State");
        assertNoActor("Two Americans were hurt in the blast.", "united-states");
    }

    @Test
    void aNameTheTextGivesAsAnAliasIsTheSameActor() {
        var x = graph.extract("alias.txt", "The rebels said the Omar Division, or the Omar Army, had attacked Afrin.");
        List<Actor> actors = x.mentions().stream().flatMap(List::stream).map(Mention::actor)
                .filter(a -> a.label().startsWith("Omar")).toList();
        assertTrue(actors.size() == 2, actors.toString());
        assertTrue(actors.stream().map(Actor::id).distinct().count() == 1, actors.toString());
        assertTrue(actors.get(0).aliases().contains("Omar Army"), actors.toString());
        List<String> list = mentions("The rebels said Russia, Iran, or the Omar Division had attacked Afrin.");
        assertTrue(list.stream().noneMatch(m -> m.startsWith("Omar") && m.contains("=iran:")), list.toString());
    }

    @Test
    void nationalAirForcesAreTheStatesForces() {
        assertMention("The Russian Air Force bombed targets near Idlib.", "Russian Air Force=russia-armed-forces:ArmedForces");
        assertMention("Later the Syrian air force struck the town.", "Syrian air force=syria-armed-forces:ArmedForces");
        assertMention("Officials said the Turkish Air Force hit positions overnight.",
                "Turkish Air Force=turkey-armed-forces:ArmedForces");
        assertMention("Soldiers of the Ukrainian National Guard held the bridge.",
                "Ukrainian National Guard=ukraine-armed-forces:ArmedForces");
        assertNoActor("The Air Force said the jets returned safely.", "air-force");
        assertNoActor("The National Guard was deployed on Monday.", "national-guard");
    }

    @Test
    void capitalIsTheCityWhereThingsHappenAndTheStateWhenItActs() {
        assertMention("A car bomb exploded in Damascus on Sunday.", "Damascus=damascus:Place");
        assertMention("Jets struck Damascus airport before dawn.", "Damascus=damascus:Place");
        assertMention("Shelling hit the outskirts of Kyiv overnight.", "Kyiv=kyiv:Place");
        assertMention("Prices rose, and Damascus shopkeepers closed early.", "Damascus=damascus:Place");
        assertMention("Troops prepared for an assault on Kyiv.", "Kyiv=kyiv:Place");
        assertMention("Moscow backs the government in the war.", "Moscow=russia:State");
        assertMention("Talks on cooperation between Moscow and Ankara resumed.", "Ankara=turkey:State");
        assertMention("The foreign minister accused Damascus of lying.", "Damascus=syria:State");
        assertMention("The defence ministry in Moscow said the strikes were over.", "Moscow=russia:State");
    }

    @Test
    void organizationNamesWithAStateInsideAreTheOrganization() {
        assertMention("The Popular Front for the Liberation of Palestine rejected the plan.",
                "Popular Front for the Liberation of Palestine=pflp:ArmedGroup");
        assertNoActor("The Popular Front for the Liberation of Palestine rejected the plan.", "palestine");
        assertMention("Volunteers of the Syrian Arab Red Crescent delivered food.",
                "Syrian Arab Red Crescent=syrian-arab-red-crescent:Organization");
        assertMention("The Syrian Democratic Council met in the city.",
                "Syrian Democratic Council=syrian-democratic-council:Organization");
    }

    @Test
    void secretaryGeneralLeadsNoCountry() {
        List<String> facts = graph.extract("test.txt",
                "On Monday, UN Secretary-General Ban Ki-moon urged restraint.").assertions().stream()
                .map(a -> a.subject().actor().id() + " " + a.relation().localName() + " " + a.object().actor().id())
                .collect(Collectors.toList());
        assertFalse(facts.contains("ban-ki-moon leaderOf south-korea"), facts::toString);
    }

    @Test
    void groupsDescribedByTheirBackerAreNotTheBacker() {
        assertMention("Iranian-backed militias attacked the village.", "militias=iran-backed-militias:ArmedGroup");
        assertMention("Iran-backed fighters withdrew from the area.", "fighters=iran-backed-militias:ArmedGroup");
        assertNoActor("Pro-Russian forces shelled the town.", "russia-armed-forces");
        assertNoActor("The army and allied Palestinian groups began an offensive.", "palestine");
        assertMention("The Syrian National Army attacked the town.", "Syrian National Army=syrian-national-army:ArmedGroup");
        assertNoActor("The SNA attacked the town.", "free-syrian-army");
    }

    @Test
    void genericWordsNeedTheRightCountry() {
        String iraq = "Iraq said its army retook the town. Iraqi officials said Iraqi insurgents fled. "
                + "The Iraqi government thanked Iran. Syria closed its border.";
        assertNoActor(iraq, "syrian-rebels");
        assertNoActor("Syria was discussed. The US criticized the vetoes and opposition by Russia and China.",
                "syrian-rebels");
    }

    @Test
    void heldPlacesAreThePlace() {
        assertNoActor("In Syria, jets struck rebel-held Aleppo on Monday.", "syrian-rebels");
    }

    @Test
    void spellingsAndForcesAreOneNode() {
        assertMention("Sergey Shoygu visited the troops.", "Sergey Shoygu=sergei-shoigu:Person");
        assertMention("Benyamin Netanyahu spoke on Monday.", "Benyamin Netanyahu=benjamin-netanyahu:Person");
        assertMention("The Revolutionary Guards fired missiles.", "Revolutionary Guards=irgc:ArmedForces");
        assertMention("The IDF said it struck a depot.", "IDF=israel-armed-forces:ArmedForces");
        assertMention("The SAA captured a hill.", "SAA=syria-armed-forces:ArmedForces");
        assertMention("In 1914 Austria-Hungary declared war on Serbia.", "Austria-Hungary=austria-hungary:State");
        assertNoActor("In 1914 Austria-Hungary declared war on Serbia.", "hungary");
    }

    @Test
    void surnameBeforeTheFullNameJoinsIt() {
        List<String> found = mentions("Deputy Prime Minister Kaltepe denied the reports. "
                + "On Monday, Orhan Kaltepe said talks would go on.");
        assertFalse(found.stream().anyMatch(m -> m.endsWith("=kaltepe:Person")), found::toString);
    }

    @Test
    void fragmentsAreNoActors() {
        assertNoActor("Jets struck near the city of Homs in Northern Syria.", "northern");
        List<String> found = mentions("Ukrainian Gen. Valery Zaluzhny warned of the danger.");
        assertTrue(found.contains("Valery Zaluzhny=valerii-zaluzhnyi:Person"), found::toString);
        assertMention("Israel attacked the Tiyas Military Airbase near Homs.",
                "Tiyas Military Airbase=tiyas-military-airbase:Place");
    }

    @Test
    void textWithoutApostrophesStillNamesThePossessor() {
        assertMention("Syrias army shelled Deraa.", "Syrias army=syria-armed-forces:ArmedForces");
        assertMention("Assads forces attacked Homs.", "Assads=bashar-al-assad:Person");
    }

    @Test
    void aCapitalListedAfterAPlaceIsThePlace() {
        assertMention("Kurds in Afrin and Damascus welcomed the news.", "Damascus=damascus:Place");
    }

    @Test
    void aPersonTheGazetteerDoesNotKnowTakesHeFromTheOneItKnows() {
        String text = "Vladimir Putin visited Damascus on Monday. In Kabul, Abdullah said his country condemns the Taliban.";
        assertFalse(mentions(text).contains("his=vladimir-putin:Person"), () -> mentions(text).toString());
        assertMention("Vladimir Putin visited Damascus on Monday. In Moscow, he said his country condemns the Taliban.",
                "his=vladimir-putin:Person");
    }

    @Test
    void aDescribedArmedGroupIsTheOneNamedLast() {
        assertMention("Al-Shabaab claimed the bombing. Kenya vowed to defeat the militant group.",
                "the militant group=al-shabaab:ArmedGroup");
        String text = "Al-Shabaab claimed the bombing. Police arrested the armed group of five men behind it.";
        assertFalse(mentions(text).stream().anyMatch(m -> m.startsWith("the armed group")), () -> mentions(text).toString());
    }

    @Test
    void anAcronymOfANameGivenInFullIsThatActor() {
        assertMention("Iraqi Security Forces retook the town on Monday. The ISF then cleared the last streets.",
                "ISF=iraq-armed-forces:ArmedForces");
    }

    @Test
    void everyNameInAListAfterAPluralPlaceNounIsAPlace() {
        assertMention("Government troops captured the villages of Umm Rasheed, Khirbat Jabr and Hazm in southern Aleppo.",
                "Umm Rasheed=place/umm-rasheed:Place");
    }

    @Test
    void aModelOrAMachineIsNoActor() {
        String text = "Air defences shot down a Karadeniz Falcon T5 combat drone over the border.";
        assertFalse(mentions(text).stream().anyMatch(m -> m.startsWith("Karadeniz")), () -> mentions(text).toString());
        assertMention("RAF jets struck targets near Mosul.", "RAF jets=united-kingdom-armed-forces:ArmedForces");
    }

    @Test
    void aNameShelledOrRetakenIsGroundNotAPerson() {
        assertMention("Rebels stormed Hayan Kurdi on Friday.", "Hayan Kurdi=place/hayan-kurdi:Place");
        assertMention("Police arrested Ahmad Karimi in Damascus.", "Ahmad Karimi=ahmad-karimi:Person");
    }
}
