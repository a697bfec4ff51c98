package org.conflictkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ready queries of the project's {@code queries/} folder, bundled on the classpath as
 * {@code org/conflictkg/queries/NAME.rq}: run one with {@code graph.select(ReadyQuery.BACKERS, Map.of("target",
 * "Assad"))}. Each constant knows its resource and the parameters its header declares ({@code # @param NAME KIND}).
 *
 * <p>Immutable and thread-safe.
 */
public enum ReadyQuery {
    /** Who is allied with an actor: {@code actor}, optional {@code minConfidence}. */
    ALLIES("allies"),
    /** Who attacks an actor: {@code target}, optional {@code minConfidence}. */
    ATTACKERS("attackers"),
    /** Who backs an actor: {@code target}, optional {@code minConfidence}. */
    BACKERS("backers"),
    /** Who criticizes an actor: {@code target}, optional {@code minConfidence}. */
    CRITICS("critics"),
    /** The CAMEO events of an actor, a family or a period: all parameters optional. */
    EVENTS("events"),
    /** The sentences that state a relation between two actors: {@code subject}, {@code object}. */
    EVIDENCE("evidence"),
    /** Who leads a state or organization: {@code state}. */
    LEADERS("leaders"),
    /** Every relation of an actor, both ways: {@code actor}, optional {@code minConfidence}. */
    RELATIONS("relations"),
    /** The places an actor attacks: {@code actor}, optional {@code minConfidence}. */
    STRIKE_LOCATIONS("strike-locations"),
    /** Who talks with an actor: {@code actor}, optional {@code minConfidence}. */
    TALKS("talks");

    private static final Pattern PARAM = Pattern.compile("^#\\s*@param\\s+(\\S+)", Pattern.MULTILINE);

    private final String name;

    ReadyQuery(String name) {
        this.name = name;
    }

    /** The query's name, its file name without {@code .rq}: {@code strike-locations}. */
    public String queryName() {
        return name;
    }

    /** The file in the project's {@code queries/} folder: {@code backers.rq}. */
    public String fileName() {
        return name + ".rq";
    }

    /** The classpath resource: {@code org/conflictkg/queries/backers.rq}. */
    public String resource() {
        return ReadyQueries.RESOURCE_DIR + fileName();
    }

    /** The SPARQL text, read from the classpath. */
    public String sparql() {
        try (InputStream in = ReadyQuery.class.getClassLoader().getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException("the ready query " + resource() + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource(), e);
        }
    }

    /** The names of the parameters the query declares, in the order of its header ({@code target, minConfidence}). */
    public List<String> parameters() {
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(sparql());
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }
}
