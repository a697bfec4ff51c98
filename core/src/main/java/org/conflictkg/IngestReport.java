package org.conflictkg;

import java.time.Duration;
import java.util.List;
import org.conflictkg.relations.FamilyCounts;

/**
 * What an ingest did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param added      documents stored for the first time
 * @param replaced   documents whose earlier version (same source, other text) was replaced
 * @param unchanged  documents already stored with the same text, left alone
 * @param skipped    files that could not be read, each with a one-line reason that names the file
 * @param sentences  sentences read in added or replaced documents
 * @param assertions assertions stored
 * @param quads      RDF quads stored
 * @param elapsed    wall-clock time
 * @param families   the assertions stored, counted by CAMEO root family
 */
public record IngestReport(int added, int replaced, int unchanged, List<Problem> skipped, long sentences,
                           long assertions, long quads, Duration elapsed, FamilyCounts families) {
    public IngestReport {
        skipped = List.copyOf(skipped);
    }

    /** A file that was skipped, and why. */
    public record Problem(String file, String reason) {
        @Override
        public String toString() {
            return file + ": " + reason;
        }
    }

    public int documents() {
        return added + replaced + unchanged;
    }
}
