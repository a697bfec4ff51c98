package org.conflictkg.nlp;

/**
 * One token of a sentence, with its place in the sentence's dependency tree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text   the token as written
 * @param start  character offset in the document text (inclusive)
 * @param end    character offset in the document text (exclusive)
 * @param tag    Penn Treebank part-of-speech tag (NNP, VBZ, ...)
 * @param lemma  the dictionary form, lower-cased ("strike" for "struck")
 * @param head   index in the sentence of the token this one depends on, or -1 for the root of the tree
 * @param dep    the dependency label to the head, in the style of Stanford dependencies (nsubj, dobj, pobj,
 *               conj, ...); "root" for the root
 * @param entity the named-entity tag with its BILOU prefix ({@code U-GPE}, {@code B-ORG}), or {@code O}
 */
public record Token(String text, int start, int end, String tag, String lemma, int head, String dep, String entity) {
    public Token {
        lemma = lemma == null || lemma.isEmpty() ? text.toLowerCase(java.util.Locale.ROOT) : lemma;
        dep = dep == null ? "" : dep;
        entity = entity == null || entity.isEmpty() ? "O" : entity;
    }

    /** A token with a tag and no tree (head -1, no label, no entity). */
    public Token(String text, int start, int end, String tag) {
        this(text, start, end, tag, null, -1, "", "O");
    }

    public boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    /** The entity type without its BILOU prefix ({@code GPE}), or empty when the token is in no entity. */
    public String entityType() {
        int dash = entity.indexOf('-');
        return dash < 0 ? "" : entity.substring(dash + 1);
    }

    /** True when this token begins an entity ({@code B-} or {@code U-}). */
    public boolean beginsEntity() {
        return entity.startsWith("B-") || entity.startsWith("U-");
    }

    /** True when this token ends an entity ({@code L-} or {@code U-}). */
    public boolean endsEntity() {
        return entity.startsWith("L-") || entity.startsWith("U-");
    }
}
