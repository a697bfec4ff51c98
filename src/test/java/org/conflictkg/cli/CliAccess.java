package org.conflictkg.cli;

/** Runs the {@code kg} command line in this JVM, for tests in other packages. */
public final class CliAccess {
    private CliAccess() {}

    public static int execute(String... args) {
        return Main.commandLine().execute(args);
    }
}
