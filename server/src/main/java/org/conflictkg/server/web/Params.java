package org.conflictkg.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.graph.Vocab;

/**
 * The query parameters of an API request: repeated or comma-separated lists, optional values, bounded numbers.
 * Not thread-safe: it wraps the map it is given, uncopied; each request makes its own, on the thread that serves it.
 */
public final class Params {
    private final Map<String, String[]> values;

    public Params(Map<String, String[]> values) {
        this.values = values;
    }

    public static Params of(HttpServletRequest request) {
        return new Params(request.getParameterMap());
    }

    /** Every value of a parameter, repeated ({@code family=a&family=b}) or comma-separated ({@code family=a,b}). */
    public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(name, new String[0])) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /** The parameter's value, when given and not blank. */
    public Optional<String> one(String name) {
        String[] v = values.get(name);
        return v == null || v.length == 0 || v[0].isBlank() ? Optional.empty() : Optional.of(v[0].trim());
    }

    /** The parameter's value, required. */
    public String required(String name) {
        return one(name).orElseThrow(() -> new IllegalArgumentException("the parameter '" + name + "' is missing"));
    }

    /** An integer between min and max, or the default. */
    public int integer(String name, int dflt, int min, int max) {
        Optional<String> v = one(name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + v.get() + " must be a whole number from " + min + " to " + max);
        }
    }

    /** An actor's IRI as the API takes it: an IRI in the actor namespace, with none of the characters IRIs exclude. */
    public static String actorIri(String v) {
        if (!v.startsWith(Vocab.ACTOR_NS) || !v.matches("[^\\s<>\"{}|\\\\^`]+")) {
            throw new IllegalArgumentException("not an actor IRI: " + v + " (they begin " + Vocab.ACTOR_NS + ")");
        }
        return v;
    }
}
