package org.conflictkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress an ingest reports to its listener (issue 11): one event per input after stored or skipped, with the
 * running counts of documents, characters (the files' sizes, known from the start), sentences and assertions.
 */
class IngestProgressTest extends InMemoryGraphTest {

    @Test
    void eachFileGivesOneEventWithRunningCountsInCharacters(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        long charsTotal = 0;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path f : s.sorted().toList()) {
                charsTotal += Files.size(Files.copy(f, in.resolve(f.getFileName())));
            }
        }
        Files.write(in.resolve("06-binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 0}); // unreadable: skipped

        List<String> calls = new ArrayList<>();
        List<IngestProgress> events = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void stored(String file, int done, int total) {
                calls.add("stored " + done);
            }

            @Override
            public void skipped(IngestReport.Problem problem) {
                calls.add("skipped");
            }

            @Override
            public void progress(IngestProgress p) {
                calls.add("progress " + p.done());
                events.add(p);
            }
        };
        IngestReport report = graph.ingest(List.of(in), listener);
        assertEquals(5, report.added(), report.toString());
        assertEquals(1, report.skipped().size(), report.toString());
        assertEquals(List.of("stored 1", "progress 1", "stored 2", "progress 2", "stored 3", "progress 3", "stored 4",
                "progress 4", "stored 5", "progress 5", "skipped", "progress 6"), calls, "progress after each file's call");

        long charsDone = 0;
        long sentences = 0;
        long assertions = 0;
        for (int i = 0; i < events.size(); i++) {
            IngestProgress p = events.get(i);
            assertEquals(i + 1, p.done());
            assertEquals(6, p.total());
            assertEquals(charsTotal + 8, p.charsTotal(), "the files' sizes, known from the first event on");
            assertEquals(Files.size(Path.of(p.file())), p.chars(), p.file());
            charsDone += p.chars();
            sentences += p.sentences();
            assertions += p.assertions();
            assertEquals(charsDone, p.charsDone());
            assertEquals(sentences, p.sentencesDone());
            assertEquals(assertions, p.assertionsDone());
            assertEquals(i < 5 ? IngestProgress.Outcome.EXTRACTED : IngestProgress.Outcome.SKIPPED, p.outcome(), p.file());
            assertEquals(i < 5 ? 0 : 1, p.skippedDone());
            assertTrue(i == 5 || p.sentences() > 0, p.toString());
        }
        IngestProgress last = events.get(events.size() - 1);
        assertEquals(report.sentences(), last.sentencesDone());
        assertEquals(report.assertions(), last.assertionsDone());
        assertEquals(1.0, last.fractionDone());
        assertEquals(Optional.of(Duration.ZERO), last.eta());

        events.clear();
        graph.ingest(List.of(in), new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                events.add(p);
            }
        });
        assertEquals(6, events.size());
        assertTrue(events.subList(0, 5).stream().allMatch(p -> p.outcome() == IngestProgress.Outcome.UNCHANGED
                && p.sentences() == 0 && p.assertions() == 0), events.toString());
        assertEquals(charsTotal + 8, events.get(5).charsDone());
    }

    @Test
    void aTextFromAStringCountsItsLength() {
        List<IngestProgress> events = new ArrayList<>();
        String text = "Moscow backs Assad.\n";
        graph.ingest("notes/progress.txt", text, new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                events.add(p);
            }
        });
        assertEquals(1, events.size());
        IngestProgress p = events.get(0);
        assertEquals("notes/progress.txt", p.file());
        assertEquals(text.length(), p.chars());
        assertEquals(text.length(), p.charsTotal());
        assertEquals(1, p.sentences());
        assertTrue(p.assertions() > 0, p.toString());
    }

    @Test
    void theEtaIsTheRestOfTheCharactersAtTheRateSoFar() {
        assertEquals(Optional.empty(), IngestProgress.eta(Duration.ofSeconds(5), 0, 1000));
        assertEquals(Optional.of(Duration.ofSeconds(15)), IngestProgress.eta(Duration.ofSeconds(5), 250, 1000));
        assertEquals(Optional.of(Duration.ZERO), IngestProgress.eta(Duration.ofSeconds(5), 1000, 1000));
    }
}
