package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store held by another process: the refusal names what holds it (issue 12). */
class StoreInUseTest {
    @TempDir
    Path tmp;

    @Test
    void theMessageNamesTheCommandThatHoldsTheStore() throws Exception {
        Path store = tmp.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.conflictkg.cli.Main", "serve", "--store", store.toString(), "--port", "0"))
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.contains("SPARQL endpoint")) {
                // wait until the server holds the store
            }
            assertTrue(line != null, "kg serve did not start");
            // without the server's file kg query does not find the server and opens the store itself
            Files.delete(store.resolve(org.conflictkg.server.ServerFile.NAME));
            PrintStream stderr = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = Main.commandLine().execute("query", "--store", store.toString(), "SELECT * { ?s ?p ?o } LIMIT 1");
            } finally {
                System.setErr(stderr);
            }
            String message = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals(1, code);
            assertEquals("kg query: the store " + store + " is in use by kg serve (process " + serve.pid()
                    + "); a store serves one process at a time: stop it, or wait for it to finish", message);
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLockLeftByAProcessThatEndedSaysSo() throws Exception {
        Path store = Files.createDirectories(tmp.resolve("old"));
        Process done = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        done.getInputStream().readAllBytes();
        done.waitFor();
        Files.writeString(store.resolve("tdb.lock"), Long.toString(done.pid()));
        assertTrue(org.conflictkg.graph.Store.holder(store).contains("which has ended"));
    }
}
