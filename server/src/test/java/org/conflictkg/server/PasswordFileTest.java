package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.eclipse.jetty.util.security.Credential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {
    @TempDir
    Path dir;

    private Path file(String text, String perms) throws Exception {
        Path f = dir.resolve("writers.txt");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    @Test
    void anEntryIsABcryptHashThatChecksItsPasswordOnly() throws Exception {
        String line = PasswordFile.entry("alice", "correct horse".toCharArray());
        assertTrue(line.startsWith("alice: BCRYPT:$2y$10$"), line);
        assertFalse(line.contains("correct horse"));
        assertTrue(!line.equals(PasswordFile.entry("alice", "correct horse".toCharArray())), "a fresh salt each time");
        PasswordFile pf = PasswordFile.load(file("# writers\n" + line + "\n", "rw-------"));
        assertEquals(Set.of("alice"), pf.users());
        assertTrue(pf.check("alice", "correct horse"));
        assertFalse(pf.check("alice", "correct hors"));
        assertFalse(pf.check("alice", ""));
        assertFalse(pf.check("bob", "correct horse"));
    }

    @Test
    void jettysOwnHashesAreAccepted() throws Exception {
        String md5 = Credential.MD5.digest("pw1"); // "MD5:..." as Jetty's Password tool prints it
        PasswordFile pf = PasswordFile.load(file("bob: " + md5 + "\n", "rw-r-----"));
        assertTrue(pf.check("bob", "pw1"));
        assertFalse(pf.check("bob", "pw2"));
    }

    @Test
    void refusesAMissingEmptyWorldReadableOrUnhashedFile() throws Exception {
        Path missing = dir.resolve("nope.txt");
        PasswordFileException e = assertThrows(PasswordFileException.class, () -> PasswordFile.load(missing));
        assertTrue(e.getMessage().startsWith("password file " + missing + ": no such file"), e.getMessage());

        String entry = PasswordFile.entry("alice", "pw".toCharArray());
        e = assertThrows(PasswordFileException.class, () -> PasswordFile.load(file(entry + "\n", "rw-r--r--")));
        assertTrue(e.getMessage().contains("everyone may read") && e.getMessage().contains("chmod 600"), e.getMessage());

        e = assertThrows(PasswordFileException.class, () -> PasswordFile.load(file("# nobody yet\n\n", "rw-------")));
        assertTrue(e.getMessage().contains("has no users"), e.getMessage());

        e = assertThrows(PasswordFileException.class, () -> PasswordFile.load(file("alice: hunter2\n", "rw-------")));
        assertTrue(e.getMessage().contains("password of user 'alice' is not hashed"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), "the message does not repeat the password");

        e = assertThrows(PasswordFileException.class, () -> PasswordFile.load(file("alice: OBF:1v2j1uum1xtv\n", "rw-------")));
        assertTrue(e.getMessage().contains("not hashed"), e.getMessage());

        e = assertThrows(PasswordFileException.class, () -> PasswordFile.load(file("alice: BCRYPT:$2y$10$short\n", "rw-------")));
        assertTrue(e.getMessage().contains("malformed"), e.getMessage());

        for (PasswordFileException x : new PasswordFileException[] {e}) {
            assertEquals(1, x.getMessage().lines().count());
        }
    }

    @Test
    void refusesBadEntries() {
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.entry("alice", new char[0]));
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.entry("al ice", "pw".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> PasswordFile.entry("alice", "x".repeat(73).toCharArray()));
    }
}
