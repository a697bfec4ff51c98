package org.conflictkg.tools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainer on a small corpus in the GMB format it reads: OpenNLP trains, writes and evaluates a model, evaluates
 * a written one, and cross-validates; the report has the overall, untyped and per-type scores.
 */
class TrainNameFinderTest {
    private static final String[] PEOPLE = {"John Kerry", "Sergei Lavrov", "Ban Ki-moon", "Hassan Rouhani"};
    private static final String[] PLACES = {"Aleppo", "Mosul", "Raqqa", "Kabul", "Sanaa"};
    private static final String[] NATIONS = {"Iranian", "Syrian", "Afghan", "British"};
    private static final String[] ORGS = {"NATO", "Hamas", "IAEA", "Hezbollah"};

    @TempDir
    Path tmp;

    private static List<String> corpus(Random r, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("<START:per> " + pick(r, PEOPLE) + " <END> met <START:gpe> " + pick(r, NATIONS)
                    + " <END> officials in <START:geo> " + pick(r, PLACES) + " <END> on <START:tim> Monday <END> , "
                    + "and <START:org> " + pick(r, ORGS) + " <END> said nothing .");
        }
        return out;
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    @Test
    void trainsEvaluatesAndCrossValidatesWithOpenNlp() throws Exception {
        Random r = new Random(7);
        Path train = Files.write(tmp.resolve("train.txt"), corpus(r, 60));
        Path test = Files.write(tmp.resolve("test.txt"), corpus(r, 15));
        Path model = tmp.resolve("model.bin");
        String[] common = {"--train", train.toString(), "--test", test.toString(), "--iterations", "10", "--cutoff",
            "1", "--doc-size", "5"};

        String trained = TrainNameFinder.run(TrainNameFinder.Options.parse(with(common, "--out", model.toString())));
        assertTrue(Files.size(model) > 0, "the model is written");
        for (String line : List.of("overall", "untyped", "geo+gpe merged", "person", "location", "gpe",
                "organization")) {
            assertTrue(trained.contains(line), line + " in\n" + trained);
        }
        assertTrue(!trained.contains(" tim"), "GMB's time expressions are dropped:\n" + trained);

        String evaluated = TrainNameFinder.run(TrainNameFinder.Options.parse(with(common, "--evaluate",
                model.toString())));
        assertTrue(evaluated.startsWith("test " + test + " (load "), evaluated);

        String crossValidated = TrainNameFinder.run(TrainNameFinder.Options.parse(with(common, "--cross-validate",
                "3", "--out", tmp.resolve("unused.bin").toString())));
        assertTrue(crossValidated.startsWith("3-fold cross-validation on " + train), crossValidated);
        assertTrue(crossValidated.contains("overall") && crossValidated.contains("person"), crossValidated);
        assertTrue(Files.notExists(tmp.resolve("unused.bin")), "cross-validation writes no model");
    }

    private static String[] with(String[] a, String... more) {
        String[] out = new String[a.length + more.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }
}
