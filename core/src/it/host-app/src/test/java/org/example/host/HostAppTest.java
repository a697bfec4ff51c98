package org.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictkg.IngestListener;
import org.conflictkg.IngestProgress;
import org.junit.jupiter.api.Test;

/** The host application runs on conflict-kg-core alone: no server or command-line classes, nothing on stdout. */
class HostAppTest {
    @Test
    void noServerCommandLineOrLoggingBindingOnTheClasspath() {
        for (String name : List.of("org.apache.jena.fuseki.main.FusekiServer", "org.eclipse.jetty.server.Server",
                "picocli.CommandLine", "ch.qos.logback.classic.Logger", "org.conflictkg.server.SparqlServer",
                "org.conflictkg.cli.Main")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name + " is on the classpath");
        }
        String classpath = System.getProperty("java.class.path");
        for (String jar : classpath.split(java.io.File.pathSeparator)) {
            String file = Path.of(jar).getFileName().toString();
            assertTrue(!file.matches("(?i).*(fuseki|jetty|picocli|logback|conflict-kg-(server|cli)).*"), jar);
        }
    }

    @Test
    void ingestsFromAStringAndFilesRunsAReadyQueryAndListensWithoutPrinting() {
        Path examples = Path.of(System.getProperty("examples"));
        List<String> progress = new ArrayList<>();
        List<IngestProgress> events = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void stored(String file, int done, int total) {
                progress.add(done + "/" + total);
            }

            @Override
            public void progress(IngestProgress p) {
                events.add(p);
            }
        };
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> backers;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            backers = HostApp.backersOfAssad(examples, listener);
        } finally {
            System.setOut(stdout);
        }
        assertEquals(List.of("Russia"), backers);
        assertEquals(List.of("1/5", "2/5", "3/5", "4/5", "5/5"), progress);
        IngestProgress last = events.get(events.size() - 1);
        assertEquals(5, events.size());
        assertEquals(last.charsTotal(), last.charsDone(), "the run's characters, counted from the start");
        assertTrue(last.sentencesDone() > 0 && last.assertionsDone() > 0, last.toString());
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "the library wrote to standard output");
    }
}
