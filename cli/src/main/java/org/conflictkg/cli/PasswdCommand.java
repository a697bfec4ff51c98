package org.conflictkg.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.conflictkg.server.PasswordFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = "Prints a line for the password file of kg serve --update --users FILE: NAME: BCRYPT:HASH. "
                + "The password is asked twice on a terminal, or read from the first line of standard input.",
        footer = {"", "Example:", "  (umask 077; kg passwd alice >> writers.txt)"})
final class PasswdCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", arity = "1", description = "the user's name (letters, digits, . _ @ -)")
    String user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        char[] password = read();
        try {
            spec.commandLine().getOut().println(PasswordFile.entry(user, password));
            spec.commandLine().getOut().flush();
        } finally {
            Arrays.fill(password, '\0');
        }
        return 0;
    }

    private static char[] read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("password: ");
            char[] again = console.readPassword("again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            Arrays.fill(again, '\0');
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new IllegalArgumentException("no password on standard input");
        }
        return line.toCharArray();
    }
}
