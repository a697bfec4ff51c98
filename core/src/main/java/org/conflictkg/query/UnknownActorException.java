package org.conflictkg.query;

import java.util.List;

/**
 * A query parameter names no actor in the store or the gazetteer.
 *
 * <p>Immutable once thrown; safe to share between threads.
 */
public final class UnknownActorException extends QueryParameterException {
    private final String name;
    private final List<String> suggestions;

    public UnknownActorException(String parameter, String name, List<String> suggestions) {
        super(parameter, name, "no actor named '" + name + "' for ?" + parameter
                + (suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?"));
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    public String name() {
        return name;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
