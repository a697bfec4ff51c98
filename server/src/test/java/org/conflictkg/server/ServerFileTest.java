package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerFileTest {
    @TempDir
    Path store;

    @Test
    void aLiveServerIsFoundAndItsFileRemoved() {
        ServerFile.write(store, "http://127.0.0.1:3030/conflict");
        var running = ServerFile.find(store).orElseThrow();
        assertEquals("http://127.0.0.1:3030/conflict", running.url());
        assertEquals(ProcessHandle.current().pid(), running.pid());
        ServerFile.remove(store);
        assertFalse(Files.exists(store.resolve(ServerFile.NAME)));
        assertTrue(ServerFile.find(store).isEmpty());
    }

    @Test
    void aFileLeftByAProcessThatIsGoneIsIgnoredAndNotRemovedByOthers() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long dead = p.pid();
        Files.writeString(store.resolve(ServerFile.NAME), "url=http\\://127.0.0.1\\:3030/conflict\npid=" + dead + "\n");
        assertTrue(ServerFile.find(store).isEmpty(), "the process " + dead + " is gone");
        ServerFile.remove(store); // not this process's file: left alone
        assertTrue(Files.exists(store.resolve(ServerFile.NAME)));
    }

    @Test
    void aBrokenFileIsIgnored() throws Exception {
        Files.writeString(store.resolve(ServerFile.NAME), "pid=not-a-number\nurl=ftp://x\n");
        assertTrue(ServerFile.find(store).isEmpty());
    }
}
