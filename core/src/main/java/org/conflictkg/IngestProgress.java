package org.conflictkg;

import java.time.Duration;
import java.util.Optional;

/**
 * Where an ingest stands after one more input was handled: what that input gave and the running totals, for progress
 * displays ({@link IngestListener#progress(IngestProgress)}).
 *
 * <p>Work is measured in characters rather than files, since extraction takes time in proportion to the text, and a
 * corpus's files differ in length by orders of magnitude. The size of every file is known before the first is read,
 * so the totals are known from the start: a file's size in characters is taken as its size in bytes (exact for ASCII
 * text in UTF-8, a little more than the characters for other text, and the markup included for HTML); a text given as
 * a String counts its length.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file           the file just handled (its path as found), or the name of a text given as a String
 * @param outcome        what became of it
 * @param done           inputs handled so far, this one included, whatever their outcome
 * @param total          inputs in the whole run
 * @param chars          this input's size in characters (see above)
 * @param charsDone      characters of the inputs handled so far, this one included
 * @param charsTotal     characters of all the run's inputs, known from the start
 * @param sentences      sentences read in this input (0 unless {@link Outcome#EXTRACTED})
 * @param sentencesDone  sentences read so far
 * @param assertions     assertions extracted from this input (0 unless {@link Outcome#EXTRACTED})
 * @param assertionsDone assertions extracted so far; the {@link IngestReport} at the end counts those stored, which
 *                       leaves out a document whose graph turned out to be stored already (the same text twice in one
 *                       run)
 * @param skippedDone    inputs skipped so far (unreadable), this one included
 * @param elapsed        wall-clock time since the ingest started
 */
public record IngestProgress(String file, Outcome outcome, int done, int total, long chars, long charsDone,
                             long charsTotal, int sentences, long sentencesDone, int assertions, long assertionsDone,
                             int skippedDone, Duration elapsed) {

    /** What became of one input. */
    public enum Outcome {
        /** Read and its assertions extracted; its graph is stored with its batch. */
        EXTRACTED,
        /** Already in the store with the same text: left alone, not extracted again. */
        UNCHANGED,
        /** Could not be read ({@link IngestListener#skipped} has the reason). */
        SKIPPED
    }

    /** The share of the run's characters handled so far, from 0 to 1 (1 for a run with nothing to read). */
    public double fractionDone() {
        return charsTotal <= 0 ? 1.0 : Math.min(1.0, (double) charsDone / charsTotal);
    }

    /**
     * The time the rest of the run should take at the rate so far, measured in characters: empty until some
     * characters are done.
     */
    public Optional<Duration> eta() {
        return eta(elapsed, charsDone, charsTotal);
    }

    /**
     * The time left for {@code total - done} characters at the rate of {@code done} characters in {@code elapsed}:
     * empty while nothing is done; zero once everything is.
     */
    public static Optional<Duration> eta(Duration elapsed, long done, long total) {
        if (done <= 0) {
            return Optional.empty();
        }
        if (done >= total) {
            return Optional.of(Duration.ZERO);
        }
        double nanosPerChar = (double) elapsed.toNanos() / done;
        return Optional.of(Duration.ofNanos(Math.round(nanosPerChar * (total - done))));
    }
}
