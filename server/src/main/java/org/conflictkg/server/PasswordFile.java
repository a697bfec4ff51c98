package org.conflictkg.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;
import org.eclipse.jetty.util.security.Password;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users who may write through {@code kg serve --update}, read from a file in Jetty's realm format, one user a
 * line: {@code NAME: CREDENTIAL}, with {@code #} comments. The credential must be a hash:
 * <ul>
 *   <li>{@code BCRYPT:$2y$...}, a bcrypt hash (Bouncy Castle's {@link OpenBSDBCrypt}); {@link #entry} writes these,
 *       and so does {@code kg passwd NAME};</li>
 *   <li>Jetty's own {@code MD5:} and {@code CRYPT:} forms (from {@code java -cp jetty-util.jar
 *       org.eclipse.jetty.util.security.Password NAME PASSWORD}) are accepted too, with a warning: they are unsalted
 *       MD5 and 8-character DES crypt.</li>
 * </ul>
 * A plain or {@code OBF:} (obfuscated, not hashed) password is refused, and so is a file that is missing, has no
 * users, or that everyone may read. Each refusal is a {@link PasswordFileException} with a one-line message that
 * names the file.
 *
 * <p>Immutable and thread-safe once read.
 */
public final class PasswordFile {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordFile.class);
    /** The prefix of a bcrypt credential. */
    public static final String BCRYPT = "BCRYPT:";
    /** bcrypt's work factor for new entries: 2^10 rounds, about 50-100 ms a check. */
    static final int COST = 10;
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Map<String, Credential> users;

    private PasswordFile(Path file, Map<String, Credential> users) {
        this.file = file;
        this.users = Collections.unmodifiableMap(users);
    }

    /**
     * Reads and checks a password file.
     *
     * @throws PasswordFileException when the file is missing, unreadable, readable by everyone, has no users, or
     *                               holds a password that is not hashed
     */
    public static PasswordFile load(Path file) {
        if (!Files.exists(file)) {
            throw new PasswordFileException(file, "no such file (create it with kg passwd NAME >> " + file
                    + " and chmod 600 " + file + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new PasswordFileException(file, "not a regular file");
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new PasswordFileException(file, "everyone may read or write it; make it private first: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException e) {
            LOG.warn("{}: the file system has no POSIX permissions; cannot check who may read the password file", file);
        } catch (IOException e) {
            throw new PasswordFileException(file, "cannot read its permissions (" + e.getMessage() + ")");
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (NoSuchFileException e) {
            throw new PasswordFileException(file, "no such file");
        } catch (IOException | IllegalArgumentException e) {
            throw new PasswordFileException(file, "cannot read it (" + e.getMessage() + ")");
        }
        Map<String, Credential> users = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(toStrings(props)).entrySet()) {
            String name = e.getKey();
            if (!USER.matcher(name).matches()) {
                throw new PasswordFileException(file, "'" + name + "' is not a user name (letters, digits, . _ @ -)");
            }
            String value = e.getValue().strip();
            String credential = value.contains(",") ? value.substring(0, value.indexOf(',')).strip() : value;
            users.put(name, credential(file, name, credential));
        }
        if (users.isEmpty()) {
            throw new PasswordFileException(file, "has no users (add one with kg passwd NAME >> " + file + ")");
        }
        return new PasswordFile(file, users);
    }

    private static Map<String, String> toStrings(Properties props) {
        Map<String, String> m = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(n -> m.put(n, props.getProperty(n)));
        return m;
    }

    private static Credential credential(Path file, String user, String credential) {
        if (credential.startsWith(BCRYPT)) {
            String hash = credential.substring(BCRYPT.length());
            if (!hash.matches("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}")) {
                throw new PasswordFileException(file, "the bcrypt hash of user '" + user + "' is malformed");
            }
            return new Bcrypt(hash);
        }
        if (credential.startsWith("MD5:") || credential.startsWith("CRYPT:")) {
            LOG.warn("{}: user '{}' has a weak {} hash; kg passwd writes bcrypt ones", file, user,
                    credential.substring(0, credential.indexOf(':')));
            return Credential.getCredential(credential);
        }
        throw new PasswordFileException(file, "the password of user '" + user + "' is not hashed "
                + "(write the line with kg passwd " + user + "; BCRYPT:, MD5: and CRYPT: hashes are accepted)");
    }

    /** The file's path. */
    public Path file() {
        return file;
    }

    /** The user names, sorted. */
    public Set<String> users() {
        return users.keySet();
    }

    /** True when the user is in the file and the password matches its hash. */
    public boolean check(String user, String password) {
        Credential c = users.get(user);
        return c != null && c.check(password);
    }

    /** The users as a Jetty user store (no roles), for the server's login service. */
    UserStore userStore() {
        UserStore store = new UserStore();
        users.forEach((name, credential) -> store.addUser(name, credential, new String[0]));
        return store;
    }

    /**
     * One line of a password file for a user: {@code NAME: BCRYPT:$2y$10$...}, with a fresh random salt.
     *
     * @throws IllegalArgumentException for a bad user name, an empty password or one longer than bcrypt's 72 bytes
     */
    public static String entry(String user, char[] password) {
        if (!USER.matcher(user).matches()) {
            throw new IllegalArgumentException("'" + user + "' is not a user name (1-64 letters, digits, . _ @ -)");
        }
        if (password.length == 0) {
            throw new IllegalArgumentException("the password is empty");
        }
        byte[] utf8 = new String(password).getBytes(StandardCharsets.UTF_8);
        try {
            if (utf8.length > 72) {
                throw new IllegalArgumentException("the password is longer than bcrypt's 72 bytes");
            }
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            return user + ": " + BCRYPT + OpenBSDBCrypt.generate("2y", password, salt, COST);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    /** A bcrypt hash as a Jetty credential. */
    private static final class Bcrypt extends Credential {
        private static final long serialVersionUID = 1L;
        private final String hash;

        Bcrypt(String hash) {
            this.hash = hash;
        }

        @Override
        public boolean check(Object credentials) {
            char[] pw;
            if (credentials instanceof char[] c) {
                pw = c;
            } else if (credentials instanceof String s) {
                pw = s.toCharArray();
            } else if (credentials instanceof Password p) {
                pw = p.toString().toCharArray();
            } else {
                return false;
            }
            if (pw.length == 0 || new String(pw).getBytes(StandardCharsets.UTF_8).length > 72) {
                return false;
            }
            try {
                return OpenBSDBCrypt.checkPassword(hash, pw);
            } catch (RuntimeException e) {
                return false;
            }
        }
    }
}
