package org.conflictkg.nlp;

/**
 * One token of a sentence.
 *
 * @param text  the token as written
 * @param start character offset in the document text (inclusive)
 * @param end   character offset in the document text (exclusive)
 * @param tag   Penn Treebank part-of-speech tag (NNP, VBZ, ...)
 */
public record Token(String text, int start, int end, String tag) {
    public boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }
}
