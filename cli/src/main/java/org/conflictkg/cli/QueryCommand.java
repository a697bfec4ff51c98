package org.conflictkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conflictkg.ConflictGraph;
import org.conflictkg.query.Answers;
import org.conflictkg.query.ResultFormat;
import org.conflictkg.server.ServerFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL SELECT query (a .rq file or the query text) over the store, or over a running "
                + "kg serve: the one given with --endpoint, or the one that holds the store.",
        footer = {"", "Examples:", "  kg query --format csv --param target=Assad queries/backers.rq",
                "  kg query --endpoint http://127.0.0.1:3030/conflict --param target=Assad queries/backers.rq"})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), csv, tsv or json")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "binds ?NAME, as the kind the query declares for it (# @param NAME KIND): an actor's name or "
                    + "alias (Assad, Daesh, 'Iraqi government'), a CAMEO family (19, fight), an ISO date (2016-10-01), a "
                    + "number, a modality, or <iri>; repeatable")
    List<String> params = List.of();

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "query a running kg serve instead of the store: its dataset URL, such as "
                    + "http://127.0.0.1:3030/conflict (the server binds the parameters against its own store)")
    String endpoint;

    @Parameters(paramLabel = "QUERY", arity = "1", description = "a .rq file, or the SPARQL text itself")
    String query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ResultFormat fmt;
        try {
            fmt = ResultFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Map<String, String> bindings = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--param takes NAME=VALUE, not '" + p + "'");
            }
            String name = p.substring(0, eq).replaceFirst("^[?$]", "");
            if (bindings.put(name, p.substring(eq + 1)) != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--param " + name + " is given twice");
            }
        }
        String sparql = sparqlText(query);
        String remote = endpoint;
        if (remote == null) {
            var running = ServerFile.find(store.path());
            if (running.isPresent()) {
                remote = running.get().url();
                PrintWriter err = spec.commandLine().getErr();
                err.println("kg query: the store " + store.path() + " is held by kg serve (pid " + running.get().pid()
                        + "); querying that server at " + remote);
                err.flush();
            }
        }
        if (remote != null) {
            OutputStream out = System.out;
            try {
                ConflictGraph.selectAt(remote, sparql, bindings, fmt, out);
                out.flush();
                return 0;
            } catch (IllegalStateException e) {
                if (endpoint != null || !(e.getCause() instanceof java.net.ConnectException)) {
                    throw e;
                }
                // the server file's process id now belongs to another process: the store is not held after all
                PrintWriter err = spec.commandLine().getErr();
                err.println("kg query: nothing answers at " + remote + "; querying the store itself");
                err.flush();
            }
        }
        if (!Files.isDirectory(store.path())) {
            throw new IllegalArgumentException("no store at " + store.path() + " (run kg ingest first, or pass --store)");
        }
        try (ConflictGraph graph = ConflictGraph.open(store.path())) {
            if (!bindings.isEmpty()) {
                // what each --param was read as, and why: an actor, a date, a CAMEO family ... (standard error)
                PrintWriter err = spec.commandLine().getErr();
                graph.explainParameters(sparql, bindings).forEach(b -> err.println("kg query: " + b));
                err.flush();
            }
            Answers answers = graph.select(sparql, bindings);
            OutputStream out = System.out;
            answers.write(out, fmt);
            out.flush();
        }
        return 0;
    }

    private static String sparqlText(String arg) throws IOException {
        Path p = Path.of(arg.length() < 4096 && !arg.contains("\n") ? arg : "/nonexistent/query");
        if (Files.isRegularFile(p)) {
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        if (arg.endsWith(".rq") || arg.endsWith(".sparql")) {
            throw new IllegalArgumentException(arg + ": no such query file");
        }
        return arg;
    }
}
