package org.conflictkg.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How ingest and extract show their progress on standard error. */
final class ProgressOptions {
    /** Where progress goes. */
    enum Mode {
        /** A bar when standard error is a terminal, log lines otherwise. */
        AUTO,
        /** Always the bar. */
        BAR,
        /** Always log lines. */
        LOG,
        /** Nothing but skipped files. */
        NONE;

        static Mode parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown progress mode '" + s + "' (use auto, bar, log or none)");
            }
        }
    }

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (default): a progress bar when standard error is a terminal, a log line every "
                    + "--progress-interval seconds otherwise; or bar, log, none")
    String mode = "auto";

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "seconds between progress log lines (default: 10; 0: one line per document)")
    double intervalSeconds = 10;

    /** Usage errors (exit code 2) before any work is done. */
    void check(CommandSpec spec) {
        mode(spec);
        intervalNanos(spec);
    }

    /** The mode asked for; a usage error (exit code 2) for an unknown one. */
    Mode mode(CommandSpec spec) {
        try {
            return Mode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The time between log lines; a usage error for a negative one. */
    long intervalNanos(CommandSpec spec) {
        if (!(intervalSeconds >= 0) || Double.isInfinite(intervalSeconds)) {
            throw new ParameterException(spec.commandLine(), "--progress-interval must be 0 or more seconds");
        }
        return (long) (intervalSeconds * 1e9);
    }
}
