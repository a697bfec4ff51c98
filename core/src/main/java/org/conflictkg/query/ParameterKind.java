package org.conflictkg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a query parameter's value is read as. A query declares the kind of each parameter in its header comment
 * ({@code # @param from date}; see {@link QueryParameters}); an undeclared variable of a query that declares none is
 * read by the value's shape: {@code <iri>}, an ISO date, a number, else an actor's name.
 *
 * <p>Immutable and thread-safe.
 */
public enum ParameterKind {
    /** An actor by name or alias, or words the extractor reads as one actor; binds the actor's IRI. */
    ACTOR("actor", "an actor"),
    /** A CAMEO root family by code ("19") or name ("fight"); binds the family property ({@code ckg:fights}). */
    CAMEO_FAMILY("cameo-family", "a CAMEO family"),
    /** An ISO calendar date (YYYY-MM-DD); binds an {@code xsd:date}. */
    DATE("date", "an ISO date"),
    /** A decimal number; binds an {@code xsd:decimal}. */
    NUMBER("number", "a number"),
    /** One of the seven modalities ("asserted", "alleged", ...); binds the {@code ckg:Modality} individual. */
    MODALITY("modality", "a modality");

    private final String keyword;
    private final String description;

    ParameterKind(String keyword, String description) {
        this.keyword = keyword;
        this.description = description;
    }

    /** The word a query's header uses for the kind ({@code cameo-family}). */
    public String keyword() {
        return keyword;
    }

    /** The kind in a sentence ("an ISO date"). */
    public String description() {
        return description;
    }

    static Optional<ParameterKind> of(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.keyword.equals(k)).findFirst();
    }

    static String keywords() {
        return Arrays.stream(values()).map(ParameterKind::keyword).collect(Collectors.joining(", "));
    }
}
