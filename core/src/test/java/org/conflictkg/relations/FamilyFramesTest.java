package org.conflictkg.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictkg.InMemoryGraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two frames of every CAMEO root family, each on a sentence written for this test in an article published on
 * Wednesday 9 March 2016: "subject family object modality day", the family by the two digits of its code and the
 * day resolved from the time expression on the trigger ("on Monday" is 7 March).
 */
class FamilyFramesTest extends InMemoryGraphTest {
    static List<String> events(String sentence) {
        return graph.extract("families.txt", "Published: 2016-03-09\n\n" + sentence + "\n").assertions().stream()
                .filter(a -> a.cameo() != null)
                .map(a -> a.subject().actor().id() + " " + a.cameo().substring(0, 2) + " " + a.object().actor().id()
                        + " " + a.modality().key() + " " + a.date())
                .collect(Collectors.toList());
    }

    /** Sentence | expected event, one per line. */
    static final String CASES = """
            Jordan offered condolences to Egypt on Monday.                     | jordan 01 egypt asserted 2016-03-07
            Iran did not comment on Saudi Arabia on Monday.                    | iran 01 saudi-arabia negated 2016-03-07
            Turkey urged Russia on Monday to halt the bombing.                 | turkey 02 russia asserted 2016-03-07
            France appealed to Iran on Monday for restraint.                   | france 02 iran asserted 2016-03-07
            Qatar pledged support to Sudan on Monday.                          | qatar 03 sudan asserted 2016-03-07
            Russia promised Syria new loans on Monday.                         | russia 03 syria asserted 2016-03-07
            The Iraqi prime minister met the Iranian president on Monday.      | iraq 04 iran asserted 2016-03-07
            Egypt will meet Israel on March 20, 2016.                          | egypt 04 israel predicted 2016-03-20
            Germany praised Tunisia on Monday.                                 | germany 05 tunisia asserted 2016-03-07
            Russia congratulated Iran on Monday on the nuclear deal.           | russia 05 iran asserted 2016-03-07
            Morocco established diplomatic relations with Chad on Monday.      | morocco 05 chad asserted 2016-03-07
            Canada defended Israel's right to self-defence on Monday.          | canada 05 israel asserted 2016-03-07
            Britain trained the Peshmerga on Monday.                           | united-kingdom 06 peshmerga asserted 2016-03-07
            Jordan cooperated with Egypt on Monday in the search for the crew. | jordan 06 egypt asserted 2016-03-07
            Iran supplied weapons to Hezbollah on Monday.                      | iran 07 hezbollah asserted 2016-03-07
            Qatar will fund the Free Syrian Army on March 20, 2016.            | qatar 07 free-syrian-army predicted 2016-03-20
            Japan and Canada sent medical supplies to Nepal on Monday.         | canada 07 nepal asserted 2016-03-07
            Russia withdrew its forces from Syria on Monday.                   | russia 08 syria asserted 2016-03-07
            Israel released Palestinian prisoners on Monday.                   | israel 08 palestinian-prisoners asserted 2016-03-07
            The United Nations will investigate Russia on March 20, 2016.      | united-nations 09 russia predicted 2016-03-20
            The European Union launched an inquiry into Hungary on Monday.     | european-union 09 hungary asserted 2016-03-07
            Iraq demanded the withdrawal of Turkish troops on Monday.          | iraq 10 turkey-armed-forces asserted 2016-03-07
            Egypt demanded on Monday that Ethiopia halt the dam.               | egypt 10 ethiopia asserted 2016-03-07
            Egypt condemned Israel on Monday.                                  | egypt 11 israel asserted 2016-03-07
            Qatar sued the United Arab Emirates on Monday.                     | qatar 11 united-arab-emirates asserted 2016-03-07
            Kenya launched legal action against Uganda on Monday.              | kenya 11 uganda asserted 2016-03-07
            Russia accused the United States on Monday of arming the rebels.   | russia 11 united-states asserted 2016-03-07
            Egypt summoned a senior Israeli diplomat on Monday.                | egypt 11 israel asserted 2016-03-07
            Israel rejected the Egyptian proposal on Monday.                   | israel 12 egypt asserted 2016-03-07
            Hamas rejected Egypt's offer on Monday.                            | hamas 12 egypt asserted 2016-03-07
            Turkey threatened the Kurdish militia on Monday.                   | turkey 13 ypg asserted 2016-03-07
            Iran vowed on Monday to retaliate against Israel.                  | iran 13 israel asserted 2016-03-07
            Turkey will launch an offensive against the YPG on March 20, 2016.  | turkey 13 ypg asserted 2016-03-20
            Turkey refused on Monday to cooperate with Greece.                 | turkey 12 greece asserted 2016-03-07
            China rejected the call of the European Parliament on Monday.      | china 12 european-parliament asserted 2016-03-07
            Egypt welcomed the decision of Sudan on Monday.                    | egypt 05 sudan asserted 2016-03-07
            Iranian students protested against Britain on Monday.              | iranian-students 14 united-kingdom asserted 2016-03-07
            Egyptian activists demonstrated against Israel on Monday.          | egyptian-activists 14 israel asserted 2016-03-07
            Turkey deployed troops against the Kurdish militia on Monday.      | turkey 15 ypg asserted 2016-03-07
            Russia deployed warships against Ukraine on Monday.                | russia 15 ukraine asserted 2016-03-07
            Saudi Arabia cut ties with Iran on Monday.                         | saudi-arabia 16 iran asserted 2016-03-07
            The European Union imposed sanctions on Russia on Monday.          | european-union 16 russia asserted 2016-03-07
            Ghana closed its border with Togo on Monday.                       | ghana 16 togo asserted 2016-03-07
            Bahrain severed diplomatic relations with Qatar on Monday.         | bahrain 16 qatar asserted 2016-03-07
            Denmark announced a suspension of aid to Egypt on Monday.          | denmark 16 egypt asserted 2016-03-07
            Iraq imposed a curfew in Kirkuk on Monday.                         | iraq 17 kirkuk asserted 2016-03-07
            Turkey arrested members of the Islamic State on Monday.            | turkey 17 islamic-state asserted 2016-03-07
            Egypt detained members of Hamas on Monday.                         | egypt 17 hamas asserted 2016-03-07
            Egypt outlawed the Muslim Brotherhood on Monday.                   | egypt 17 muslim-brotherhood asserted 2016-03-07
            The Islamic State executed a Jordanian pilot on Monday.            | islamic-state 18 jordan-armed-forces asserted 2016-03-07
            Al-Shabaab gunmen kidnapped a Kenyan official on Monday.           | al-shabaab 18 kenya asserted 2016-03-07
            Russian jets bombed Aleppo on Monday.                              | russia-armed-forces 19 aleppo asserted 2016-03-07
            Rockets fired by Hamas hit Israeli towns on Monday.                | hamas 19 israel asserted 2016-03-07
            Turkey did not attack the YPG on Monday.                           | turkey 19 ypg negated 2016-03-07
            Boko Haram massacred Nigerian villagers on Monday.                 | boko-haram 20 nigerian-villagers asserted 2016-03-07
            The Syrian army massacred Kurdish civilians in Afrin on Monday.    | syria-armed-forces 20 kurdish-civilians asserted 2016-03-07
            """;

    static Stream<Arguments> cases() {
        return CASES.lines().filter(l -> !l.isBlank()).map(l -> l.split("\\|"))
                .map(p -> Arguments.of(p[0].strip(), p[1].strip()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFamilyHasItsFrames(String sentence, String expected) {
        List<String> found = events(sentence.strip());
        assertTrue(found.contains(expected.strip()), () -> "expected '" + expected.strip() + "' in " + found);
    }

    @Test
    void theCasesCoverEveryFamilyTwice() {
        // a guard on the table: a family whose sentences were dropped would otherwise pass unnoticed
        Map<String, Long> perFamily = cases().map(a -> ((String) a.get()[1]).split(" ")[1])
                .collect(Collectors.groupingBy(code -> code, Collectors.counting()));
        for (Relation r : Relation.values()) {
            if (r.cameoRoot() != null) {
                assertTrue(perFamily.getOrDefault(r.cameoRoot(), 0L) >= 2, r + " " + perFamily);
            }
        }
    }
}
