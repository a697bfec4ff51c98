package org.conflictkg;

/**
 * Hears about an ingest while it runs, for progress displays. Called from one thread.
 *
 * <p>Thread-safety: the graph calls a listener from one thread at a time (the thread that called {@code ingest}), so an
 * implementation needs no locking unless it shares state with other threads.
 */
public interface IngestListener {
    /** A document was read and stored (or found unchanged); {@code done} counts files handled so far. */
    default void stored(String file, int done, int total) {}

    /** A file was skipped. */
    default void skipped(IngestReport.Problem problem) {}

    IngestListener NONE = new IngestListener() {};
}
