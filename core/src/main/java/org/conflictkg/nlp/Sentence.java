package org.conflictkg.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sentence of a document with its tokens and their dependency tree. Each token names its head by index
 * ({@link Token#head()}, -1 at the root); this record adds the walks that relation frames need: children, the
 * path between two tokens and the span a subtree covers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index  position of the sentence in the document, from 0
 * @param start  character offset of the sentence in the document text
 * @param end    end offset (exclusive)
 * @param text   the sentence text
 * @param tokens the tokens, with their tags, lemmas and heads
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

    /** The head of token {@code i}, or -1 when it is the root (or the sentence has no tree). */
    public int head(int i) {
        return tokens.get(i).head();
    }

    /** The dependency label of token {@code i}. */
    public String dep(int i) {
        return tokens.get(i).dep();
    }

    /** True when the sentence carries a dependency tree. */
    public boolean parsed() {
        for (Token t : tokens) {
            if (!t.dep().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The dependents of token {@code i}, in sentence order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>(4);
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).head() == i) {
                out.add(k);
            }
        }
        return out;
    }

    /** The dependents of token {@code i} with the given label, in sentence order. */
    public List<Integer> children(int i, String label) {
        List<Integer> out = new ArrayList<>(2);
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).head() == i && tokens.get(k).dep().equals(label)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The tokens from {@code i} up to the root, {@code i} first. Stops on a cycle (a malformed tree). */
    public List<Integer> ancestors(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = i; k >= 0 && out.size() <= tokens.size(); k = head(k)) {
            out.add(k);
        }
        return out;
    }

    /** True when {@code a} is {@code d} or one of its ancestors. */
    public boolean dominates(int a, int d) {
        return ancestors(d).contains(a);
    }

    /**
     * The tokens on the tree path from {@code a} to {@code b}, both included: up from {@code a} to the lowest
     * common ancestor, then down to {@code b}. Empty when they are not in one tree.
     */
    public List<Integer> path(int a, int b) {
        List<Integer> up = ancestors(a);
        List<Integer> down = ancestors(b);
        for (int i = 0; i < up.size(); i++) {
            int j = down.indexOf(up.get(i));
            if (j >= 0) {
                List<Integer> out = new ArrayList<>(up.subList(0, i + 1));
                List<Integer> rest = new ArrayList<>(down.subList(0, j));
                Collections.reverse(rest);
                out.addAll(rest);
                return out;
            }
        }
        return List.of();
    }

    /** The first token of the subtree of {@code i}. */
    public int subtreeStart(int i) {
        int lo = i;
        for (int k = 0; k < i; k++) {
            if (dominates(i, k)) {
                return k;
            }
        }
        return lo;
    }

    /** One past the last token of the subtree of {@code i}. */
    public int subtreeEnd(int i) {
        for (int k = tokens.size() - 1; k > i; k--) {
            if (dominates(i, k)) {
                return k + 1;
            }
        }
        return i + 1;
    }
}
