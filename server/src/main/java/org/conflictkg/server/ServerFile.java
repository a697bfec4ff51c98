package org.conflictkg.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small file a running server leaves in its store's folder, {@value #NAME}, so that {@code kg query} on the same
 * store, which the server holds locked, can query the server instead: the server's base URL and its process id. It
 * is written when the server starts and removed when it stops; a file left by a process that is gone is ignored.
 *
 * <p>Stateless; thread-safe.
 */
public final class ServerFile {
    private static final Logger LOG = LoggerFactory.getLogger(ServerFile.class);
    /** The file's name in the store's folder. */
    public static final String NAME = "kg-serve.properties";

    /** A running server: its dataset's base URL ({@code http://127.0.0.1:3030/conflict}) and its process id. */
    public record Running(String url, long pid) {}

    private ServerFile() {}

    /** Writes the file for a server of this process; replaces an older one. */
    static Path write(Path storeFolder, String url) {
        Path file = storeFolder.resolve(NAME);
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        try {
            Path tmp = Files.createTempFile(storeFolder, ".kg-serve", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "written by kg serve while it runs; removed when it stops");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Removes the file if it is this process's. */
    static void remove(Path storeFolder) {
        Path file = storeFolder.resolve(NAME);
        read(file).filter(r -> r.pid() == ProcessHandle.current().pid()).ifPresent(r -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("cannot remove {}: {}", file, e.getMessage());
            }
        });
    }

    /** The server running on this store, if the file names a live process. */
    public static Optional<Running> find(Path storeFolder) {
        return read(storeFolder.resolve(NAME)).filter(r -> ProcessHandle.of(r.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    private static Optional<Running> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            String url = p.getProperty("url");
            long pid = Long.parseLong(p.getProperty("pid", "-1").strip());
            return url == null || !url.startsWith("http") ? Optional.empty() : Optional.of(new Running(url.strip(), pid));
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("ignoring {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
