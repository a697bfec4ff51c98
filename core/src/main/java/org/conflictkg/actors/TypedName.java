package org.conflictkg.actors;

/**
 * A name found by {@link NameTyper} in a tokenized sentence.
 *
 * @param start       index of the first token (inclusive)
 * @param end         index after the last token (exclusive)
 * @param type        {@link NameTyper#PERSON}, {@link NameTyper#ORGANIZATION}, {@link NameTyper#LOCATION} or
 *                    {@link NameTyper#GPE} (a nationality or state adjective such as "Afghan")
 * @param probability the model's probability for the span (mean of its token outcomes), from 0 to 1
 */
public record TypedName(int start, int end, String type, double probability) {

    public TypedName {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("type is required");
        }
    }

    /** The number of tokens. */
    public int length() {
        return end - start;
    }

    /** The tokens of the span joined by single spaces. */
    public String text(String[] tokens) {
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, start, end));
    }
}
