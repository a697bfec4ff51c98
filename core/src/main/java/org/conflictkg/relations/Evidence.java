package org.conflictkg.relations;

/**
 * Where an assertion was read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the document id
 * @param sentence index of the sentence in the document
 * @param start    character offset of the sentence in the document text
 * @param end      end offset (exclusive)
 * @param text     the sentence
 * @param trigger  index in the sentence of the token that triggered the frame (the verb or event noun), or -1
 *                 when the assertion has none (an office read from a title, "Turkish-backed")
 */
public record Evidence(String document, int sentence, int start, int end, String text, int trigger) {
    /** Evidence without a trigger token. */
    public Evidence(String document, int sentence, int start, int end, String text) {
        this(document, sentence, start, end, text, -1);
    }

    /** The same sentence, read at the given trigger token. */
    public Evidence at(int token) {
        return new Evidence(document, sentence, start, end, text, token);
    }
}
