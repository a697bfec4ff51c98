package org.conflictkg.server;

import java.nio.file.Path;

/**
 * A password file that the server refuses to start with; the message is one line that names the file.
 *
 * <p>Immutable once thrown; safe to share between threads.
 */
public final class PasswordFileException extends IllegalArgumentException {
    private final transient Path file;

    public PasswordFileException(Path file, String reason) {
        super("password file " + file + ": " + reason);
        this.file = file;
    }

    /** The file, as given. */
    public Path file() {
        return file;
    }
}
