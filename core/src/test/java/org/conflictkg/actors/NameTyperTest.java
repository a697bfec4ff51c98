package org.conflictkg.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bundled name finder on made-up sentences: names it cannot have seen, typed by their context. */
class NameTyperTest {

    private final NameTyper typer = NameTyper.load();

    @AfterEach
    void clear() {
        typer.clearAdaptiveData();
    }

    private static String[] tokens(String sentence) {
        return sentence.trim().split("\\s+");
    }

    /** The names as "type:text" strings, for readable failures. */
    private static List<String> describe(List<TypedName> names, String[] tokens) {
        return names.stream().map(n -> n.type() + ":" + n.text(tokens)).collect(Collectors.toList());
    }

    private static void assertName(List<TypedName> names, String[] tokens, String type, String text) {
        List<String> found = describe(names, tokens);
        assertTrue(found.contains(type + ":" + text), () -> "expected " + type + ":" + text + " in " + found);
    }

    @Test
    void loadsTheBundledModelOnce() {
        assertSame(NameTyper.load(), NameTyper.load());
    }

    @Test
    void typesAnInventedPersonOrganizationAndTown() {
        String[] t = tokens("Colonel Dmitri Varkanov of the Eastern Frontier Liberation Movement said his fighters"
                + " had captured the town of Zelenorsk .");
        List<TypedName> names = typer.find(t);
        // the title is not part of the person's name
        assertName(names, t, NameTyper.PERSON, "Dmitri Varkanov");
        assertName(names, t, NameTyper.ORGANIZATION, "Eastern Frontier Liberation Movement");
        assertName(names, t, NameTyper.LOCATION, "Zelenorsk");
        assertEquals(3, names.size(), () -> describe(names, t).toString());
    }

    @Test
    void typesPeopleAfterAndBeforeTheirTitles() {
        String[] t = tokens("Jordanian Foreign Minister Ayman Safadi met Mariela Dostanova , the head of the"
                + " Balkan Mediation Institute , on Sunday .");
        List<TypedName> names = typer.find(t);
        assertName(names, t, NameTyper.PERSON, "Ayman Safadi");
        assertName(names, t, NameTyper.PERSON, "Mariela Dostanova");
        assertName(names, t, NameTyper.ORGANIZATION, "Balkan Mediation Institute");
        // "Sunday" is a time expression, dropped from the training data
        assertFalse(describe(names, t).stream().anyMatch(s -> s.endsWith(":Sunday")), () -> describe(names, t).toString());
    }

    @Test
    void typesNationalitiesAndPlaces() {
        String[] t = tokens("Afghan and Pakistani troops exchanged fire near Kandahar , officials said .");
        List<TypedName> names = typer.find(t);
        assertName(names, t, NameTyper.GPE, "Afghan");
        assertName(names, t, NameTyper.GPE, "Pakistani");
        assertName(names, t, NameTyper.LOCATION, "Kandahar");
    }

    @Test
    void typesAnInternationalOrganization() {
        String[] t = tokens("The United Nations Security Council condemned the attack in Mogadishu .");
        List<TypedName> names = typer.find(t);
        assertName(names, t, NameTyper.ORGANIZATION, "United Nations Security Council");
        assertName(names, t, NameTyper.LOCATION, "Mogadishu");
    }

    @Test
    void findsNothingInASentenceWithoutNames() {
        String[] t = tokens("the shelling continued through the night and several houses were destroyed .");
        assertEquals(List.of(), typer.find(t));
        assertEquals(List.of(), typer.find(new String[0]));
    }

    @Test
    void spansAreInTextOrderWithinTheSentenceWithProbabilities() {
        String[] t = tokens("Defense Minister Tavrin Okonkwe told reporters in Kharkiv that the Northern Relief"
                + " Agency would resume deliveries .");
        List<TypedName> names = typer.find(t);
        assertFalse(names.isEmpty());
        int previousEnd = 0;
        for (TypedName n : names) {
            assertTrue(n.start() >= previousEnd && n.end() <= t.length, n::toString);
            assertTrue(n.probability() > 0 && n.probability() <= 1, n::toString);
            previousEnd = n.end();
        }
        assertName(names, t, NameTyper.PERSON, "Tavrin Okonkwe");
        assertName(names, t, NameTyper.ORGANIZATION, "Northern Relief Agency");
    }

    @Test
    void typedNameRejectsEmptySpans() {
        assertThrows(IllegalArgumentException.class, () -> new TypedName(3, 3, NameTyper.PERSON, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new TypedName(0, 1, " ", 0.5));
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String[]> sentences = List.of(
                tokens("Colonel Dmitri Varkanov said the Eastern Frontier Liberation Movement would fight on ."),
                tokens("Afghan officials met Pakistani envoys in Kandahar on Monday ."),
                tokens("The United Nations Security Council met in New York ."));
        List<List<TypedName>> expected = new ArrayList<>();
        for (String[] s : sentences) {
            typer.clearAdaptiveData();
            expected.add(typer.find(s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 16; task++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 10; round++) {
                        for (int i = 0; i < sentences.size(); i++) {
                            typer.clearAdaptiveData(); // one "document" per sentence
                            if (!expected.get(i).equals(typer.find(sentences.get(i)))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
