package org.conflictkg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command line: parsing and printing only; the work is done by {@link org.conflictkg.ConflictGraph}.
 * Not thread-safe: picocli fills in one instance per command line, which runs on the calling thread.
 */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a knowledge graph of who backs, attacks, cooperates with and criticizes whom from "
                + "English news about armed conflict, and answers SPARQL over it.",
        subcommands = {IngestCommand.class, ExtractCommand.class, QueryCommand.class, ServeCommand.class,
                ExportCommand.class, ValidateCommand.class, LoadCommand.class, PasswdCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code when the command worked but some input was skipped. */
    static final int SKIPPED = 3;
    /** Exit code for input or store errors. */
    static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing (ingest, extract, query, serve, export, validate, load, passwd)");
    }

    public static void main(String[] args) {
        // the application's own logging setup; the library only talks to SLF4J
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/conflictkg/cli/logback-cli.xml");
        }
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("kg " + cmd.getCommandName() + ": " + message(ex));
            err.flush();
            return FAILED;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("kg: " + ex.getMessage() + " (see: kg " + (ex.getCommandLine().getCommandName().equals("kg") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help)");
            err.flush();
            return 2;
        });
        return cl;
    }

    private static String message(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.io.UncheckedIOException)) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof org.conflictkg.graph.StoreInUseException) {
                return c.getMessage().replace('\n', ' '); // names the process that holds the store
            }
        }
        if (m.contains("Failed to get a lock") || m.contains("OverlappingFileLockException") || m.contains("already locked")) {
            m = "the store is in use by another process";
        }
        return m.replace('\n', ' ');
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"kg " + (v == null ? "(development build)" : v)};
        }
    }
}
