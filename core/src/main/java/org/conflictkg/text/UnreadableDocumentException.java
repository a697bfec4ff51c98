package org.conflictkg.text;

/**
 * A file that cannot be read as an English news text: missing, empty, binary or not UTF-8.
 *
 * <p>Immutable once thrown; safe to share between threads.
 */
public final class UnreadableDocumentException extends Exception {
    private final String file;

    public UnreadableDocumentException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    /** The file, as the user named it. */
    public String file() {
        return file;
    }
}
