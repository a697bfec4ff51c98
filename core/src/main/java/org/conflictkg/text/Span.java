package org.conflictkg.text;

/**
 * A half-open character range {@code [start, end)} in a document's text.
 *
 * <p>Immutable and thread-safe.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
