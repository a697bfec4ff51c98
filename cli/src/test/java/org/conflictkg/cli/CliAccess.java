package org.conflictkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the {@code kg} command line in this JVM, for tests in this and other packages. */
public final class CliAccess {
    private CliAccess() {}

    /** What a run of kg gave: its exit code, standard output and standard error. */
    public record Run(int code, String out, String err) {}

    public static int execute(String... args) {
        return Main.commandLine().execute(args);
    }

    /** Runs kg with standard output and error captured (picocli binds them when the command line is built). */
    public static Run run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = execute(args);
            System.out.flush();
            System.err.flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
