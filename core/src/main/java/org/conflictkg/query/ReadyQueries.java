package org.conflictkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ready queries, by name: {@code backers} is the text of {@code queries/backers.rq}. The bundled ones are the
 * project's {@code queries/} folder, packaged on the classpath as {@code org/conflictkg/queries/*.rq}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadyQueries {
    /** Where the bundled queries are on the classpath. */
    public static final String RESOURCE_DIR = "org/conflictkg/queries/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final Map<String, String> queries;

    private ReadyQueries(Map<String, String> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** The queries bundled with the library. */
    public static ReadyQueries bundled() {
        URL anchor = ReadyQueries.class.getClassLoader().getResource(RESOURCE_DIR + "backers.rq");
        if (anchor == null) {
            throw new IllegalStateException("the ready queries are missing from the classpath (" + RESOURCE_DIR + ")");
        }
        try {
            if (anchor.getProtocol().equals("jar")) {
                URI jar = anchor.toURI();
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(jar);
                } catch (FileSystemNotFoundException e) {
                    try {
                        fs = FileSystems.newFileSystem(jar, Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
                        fs = FileSystems.getFileSystem(jar);
                    }
                }
                return of(fs.getPath(RESOURCE_DIR));
            }
            return of(Path.of(anchor.toURI()).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the ready queries on the classpath: " + e.getMessage(), e);
        }
    }

    /** The {@code .rq} files of a folder, by file name without the extension. */
    public static ReadyQueries of(Path folder) {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                if (NAME.matcher(name).matches()) {
                    try (InputStream in = Files.newInputStream(f)) {
                        m.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ready queries in " + folder, e);
        }
        return new ReadyQueries(m);
    }

    /** The text of a query by name. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** The names, sorted. */
    public java.util.Set<String> names() {
        return queries.keySet();
    }
}
