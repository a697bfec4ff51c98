package org.conflictkg.server.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.actors.ActorType;
import org.conflictkg.relations.Modality;
import org.conflictkg.relations.Relation;

/**
 * What the network shows: the relations (by family), the modalities (asserted only unless others are asked for),
 * a date range, a minimum confidence, the actor types on both ends, optionally one actor's neighbourhood, and a page
 * of edges (the most documented first).
 *
 * <p>Not thread-safe: it keeps the mutable sets it is given, uncopied; each request builds its own, on one thread.
 */
public record NetworkFilter(Set<Relation> relations, Set<Modality> modalities, Optional<LocalDate> from,
        Optional<LocalDate> to, Optional<BigDecimal> minConfidence, Set<ActorType> types, Optional<String> actor,
        int offset, int limit) {
    /** The default page size, and the most edges one page holds. */
    public static final int DEFAULT_LIMIT = 300;
    public static final int MAX_LIMIT = 2000;

    /** Reads a filter from request parameters; every one is optional. */
    public static NetworkFilter parse(Params p) {
        Set<Relation> relations = RelationFamilies.relations(p.list("family"));
        Set<Modality> modalities = EnumSet.of(Modality.ASSERTED);
        for (String m : p.list("modality")) {
            modalities.add(parseModality(m));
        }
        Set<ActorType> types = new LinkedHashSet<>();
        for (String t : p.list("type")) {
            try {
                types.add(ActorType.parse(t));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("no actor type '" + t + "'; use one of "
                        + String.join(", ", Arrays.stream(ActorType.values()).map(ActorType::className).toList()));
            }
        }
        return new NetworkFilter(relations, modalities, p.one("from").map(v -> date("from", v)),
                p.one("to").map(v -> date("to", v)), p.one("minConfidence").map(NetworkFilter::confidence), types,
                p.one("actor").map(Params::actorIri), p.integer("offset", 0, 0, Integer.MAX_VALUE),
                p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    static Modality parseModality(String m) {
        try {
            return Modality.valueOf(m.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no modality '" + m + "'; use one of "
                    + String.join(", ", Arrays.stream(Modality.values()).map(Modality::key).toList()));
        }
    }

    private static LocalDate date(String name, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + "=" + v + " is not an ISO date (2016-10-01)");
        }
    }

    static BigDecimal confidence(String v) {
        try {
            BigDecimal c = new BigDecimal(v);
            if (c.signum() < 0 || c.compareTo(BigDecimal.ONE) > 0) {
                throw new NumberFormatException();
            }
            return c;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("minConfidence=" + v + " is not a number between 0 and 1");
        }
    }

    /** The relations, in a stable order. */
    public List<Relation> relationList() {
        return relations.stream().sorted().toList();
    }
}
