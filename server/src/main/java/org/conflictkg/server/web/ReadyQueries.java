package org.conflictkg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The ready queries of {@code queries/}, which the build copies onto the classpath as
 * {@code org/conflictkg/queries/NAME.rq}: the JSON endpoints run them rather than copies of their text.
 *
 * <p>Stateless; thread-safe.
 */
public final class ReadyQueries {
    private ReadyQueries() {}

    /** The text of a ready query ({@code "evidence"}). */
    public static String text(String name) {
        String path = "/org/conflictkg/queries/" + name + ".rq";
        try (InputStream in = ReadyQueries.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the ready query " + path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
