package org.conflictkg;

/**
 * Hears about an ingest while it runs, for progress displays. The library itself never prints: what to show, and
 * where, is the listener's choice.
 *
 * <p>Thread-safety: the graph calls a listener from one thread at a time (the thread that called {@code ingest}), so an
 * implementation needs no locking unless it shares state with other threads (a display that redraws on a timer of its
 * own does).
 *
 * <p>For each input file, in the order the files were found: {@link #stored} or {@link #skipped}, then
 * {@link #progress}. A path given to ingest that does not exist, or a folder with no text files, is reported to
 * {@link #skipped} before the first file, with no {@link #progress} (it is not one of the run's inputs).
 */
public interface IngestListener {
    /** A document was read and stored (or found unchanged); {@code done} counts files handled so far. */
    default void stored(String file, int done, int total) {}

    /** A file was skipped. */
    default void skipped(IngestReport.Problem problem) {}

    /**
     * One more input was handled, whatever became of it: the running counts of documents, characters, sentences and
     * assertions, from which a display shows a rate and an ETA measured in characters (see {@link IngestProgress}).
     * Called after {@link #stored} or {@link #skipped} for the same input.
     */
    default void progress(IngestProgress progress) {}

    IngestListener NONE = new IngestListener() {};
}
