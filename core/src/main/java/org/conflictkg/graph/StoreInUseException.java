package org.conflictkg.graph;

import java.nio.file.Path;

/**
 * The store is held by another process (TDB2 allows one process per store); the message names the holder.
 *
 * <p>Immutable once thrown; safe to share between threads.
 */
public final class StoreInUseException extends IllegalStateException {
    private final String holder;

    StoreInUseException(Path folder, String holder, Throwable cause) {
        super("the store " + folder + " is in use by " + holder + "; a store serves one process at a time: stop it, "
                + "or wait for it to finish", cause);
        this.holder = holder;
    }

    /** What holds the store, such as {@code kg serve (process 4242)} or {@code another process}. */
    public String holder() {
        return holder;
    }
}
