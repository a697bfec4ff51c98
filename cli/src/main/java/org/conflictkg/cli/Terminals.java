package org.conflictkg.cli;

import java.util.EnumMap;
import java.util.Map;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether standard output and standard error are terminals, as JLine (the progress bar's own terminal library) tells:
 * its exec provider asks {@code test -t 1} or {@code test -t 2} of the process's real descriptors, which Java cannot
 * ({@link System#console()} is null as soon as standard output is redirected, though standard error may still be a
 * terminal the bar can be drawn on). Where JLine cannot tell (Windows consoles outside Cygwin and MSYS), the answer is
 * no: plain log lines, which work everywhere.
 */
final class Terminals {
    private static final Map<SystemStream, Boolean> KNOWN = new EnumMap<>(SystemStream.class);

    private Terminals() {}

    static synchronized boolean isTerminal(SystemStream stream) {
        return KNOWN.computeIfAbsent(stream, s -> {
            try {
                return TerminalProvider.load("exec").isSystemStream(s);
            } catch (Exception | LinkageError e) {
                return false;
            }
        });
    }

    /** The width of standard error's terminal in columns; 80 when it cannot be told. */
    static int errorWidth() {
        int width = 0;
        try {
            width = TerminalProvider.load("exec").systemStreamWidth(SystemStream.Error);
        } catch (Exception | LinkageError e) {
            // below
        }
        if (width < 20) {
            try {
                width = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
            } catch (NumberFormatException e) {
                width = 0;
            }
        }
        return width < 20 ? 80 : width;
    }
}
