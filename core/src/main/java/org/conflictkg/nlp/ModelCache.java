package org.conflictkg.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * A copy of the parser's models on local disk, stored without compression, so that later processes load them
 * fast. NLP4J reads its models and lexica as XZ streams; decompressing them is most of its 40-100 s start-up. The
 * first process that loads the parser writes each model once more as an XZ stream of stored (uncompressed) chunks,
 * which NLP4J reads at disk speed, and points the decoder's configuration at those files.
 *
 * <p>Where: the system property {@code conflictkg.modelCache} or the environment variable {@code KG_MODEL_CACHE},
 * else {@code ~/.cache/conflict-kg/nlp4j-1.1.3}; about 1 GB. The value {@code off} keeps no copy. Files are written
 * under a temporary name and moved into place, so a process that stops half-way or two processes at once leave no
 * broken copy. Any failure to write means the models are read from the classpath, as without a cache.
 *
 * <p>Written by hand because NLP4J has no cache of its own; it only reads XZ, so the copy must stay XZ.
 */
final class ModelCache {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);
    static final String PROPERTY = "conflictkg.modelCache";
    static final String VARIABLE = "KG_MODEL_CACHE";
    private static final Pattern RESOURCE = Pattern.compile(">\\s*(edu/emory/mathcs/nlp/[^<\\s]+\\.xz)\\s*<");

    private ModelCache() {}

    /** The folder of the copy, or null when none is wanted. */
    static Path folder() {
        String where = System.getProperty(PROPERTY);
        if (where == null || where.isBlank()) {
            where = System.getenv(VARIABLE);
        }
        if (where != null && where.strip().equalsIgnoreCase("off")) {
            return null;
        }
        if (where != null && !where.isBlank()) {
            return Path.of(where.strip());
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".cache", "conflict-kg", "nlp4j-1.1.3");
    }

    /**
     * The decoder configuration to load: the bundled one with its model paths pointed at the local copy (made
     * first when missing), or the bundled one as it is when there is no copy.
     */
    static String configuration(String bundled) {
        Path dir = folder();
        if (dir == null) {
            return bundled;
        }
        try {
            StringBuilder out = new StringBuilder();
            Matcher m = RESOURCE.matcher(bundled);
            while (m.find()) {
                Path copy = dir.resolve(m.group(1));
                if (!Files.isRegularFile(copy)) {
                    write(m.group(1), copy);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(">" + copy.toAbsolutePath() + "<"));
            }
            m.appendTail(out);
            return out.toString();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot keep a local copy of the parser models in {} ({}); reading them from the classpath",
                    dir, e.getMessage());
            return bundled;
        }
    }

    private static void write(String resource, Path copy) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(copy.getParent());
        Path tmp = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".part");
        try (InputStream raw = ModelCache.class.getResourceAsStream("/" + resource)) {
            if (raw == null) {
                throw new IOException("model " + resource + " is not on the classpath");
            }
            LZMA2Options stored = new LZMA2Options();
            stored.setMode(LZMA2Options.MODE_UNCOMPRESSED);
            try (InputStream in = new XZInputStream(new BufferedInputStream(raw, 1 << 16));
                 OutputStream out = new XZOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16),
                         stored, XZ.CHECK_NONE)) {
                in.transferTo(out);
            }
            Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        LOG.info("parser model {} kept uncompressed in {} ({} s)", resource, copy.getParent(),
                (System.nanoTime() - t0) / 1_000_000_000);
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
