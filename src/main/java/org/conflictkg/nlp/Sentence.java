package org.conflictkg.nlp;

import java.util.List;

/**
 * A sentence of a document with its tokens.
 *
 * @param index  position of the sentence in the document, from 0
 * @param start  character offset of the sentence in the document text
 * @param end    end offset (exclusive)
 * @param text   the sentence text
 * @param tokens the tokens, with their Penn tags
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The text covered by tokens {@code [from, to)}, as it stands in the sentence. */
    public String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }
}
