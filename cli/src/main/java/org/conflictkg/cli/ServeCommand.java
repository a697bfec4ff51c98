package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestReport;
import org.conflictkg.server.PasswordFile;
import org.conflictkg.server.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over SPARQL with embedded Apache Jena Fuseki, at "
                + "http://HOST:PORT/conflict/sparql: read-only, unless --update --users FILE lets the users of FILE "
                + "write (HTTP Basic authentication). Stop it with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (default, this machine only) or 0.0.0.0 (every interface)")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "port (default 3030; 0 picks a free one)")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + SparqlServer.DEFAULT_TIMEOUT_SECONDS,
            description = "a query still running after this is cancelled and answered with HTTP 503 (default 30)")
    int timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + SparqlServer.DEFAULT_MAX_ROWS,
            description = "the most rows one query returns; a missing or larger LIMIT is lowered to it (default 100000)")
    int maxRows;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "the most queries served at once; more wait for a slot (default twice the cores)")
    Integer maxConcurrent;

    @Option(names = "--queue-wait", paramLabel = "SECONDS", defaultValue = "" + SparqlServer.DEFAULT_QUEUE_WAIT_SECONDS,
            description = "how long a request waits for a slot when --max-concurrent queries run; then HTTP 503 "
                    + "(default 10; 0 refuses at once)")
    int queueWait;

    @Option(names = "--update", description = "also take SPARQL Update at /conflict/update and Graph Store Protocol "
            + "writes at /conflict/data, from the users of --users FILE only; reads stay open")
    boolean update;

    @Option(names = "--users", paramLabel = "FILE", description = "the writers' password file (NAME: BCRYPT:HASH lines, "
            + "written by kg passwd NAME); not readable by everyone")
    Path users;

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*", description = "files or folders to ingest before serving")
    List<Path> ingest = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        positive("--timeout", timeout);
        positive("--max-rows", maxRows);
        int concurrent = maxConcurrent == null ? SparqlServer.defaultMaxConcurrent() : maxConcurrent;
        positive("--max-concurrent", concurrent);
        if (queueWait < 0) {
            throw new ParameterException(spec.commandLine(), "--queue-wait must be 0 or more: " + queueWait);
        }
        if (update && users == null) {
            throw new ParameterException(spec.commandLine(), "--update needs --users FILE, the writers' password file");
        }
        if (users != null && !update) {
            throw new ParameterException(spec.commandLine(), "--users is only read with --update");
        }
        PasswordFile writers = update ? PasswordFile.load(users) : null; // checked before the store is opened
        if (writers != null && !host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            err.println("kg serve: warning: HTTP Basic authentication sends passwords in the clear; with --update on "
                    + host + ", put an HTTPS proxy in front of the server");
        }
        ConflictGraph graph = ConflictGraph.open(store.path());
        int skipped = 0;
        if (!ingest.isEmpty()) {
            IngestReport r;
            try (ProgressDisplay progress = ProgressDisplay.open("ingest", new ProgressOptions(), spec,
                    ConflictGraph.inputs(ingest, problem -> {}), false)) {
                r = graph.ingest(ingest, progress);
            }
            skipped = r.skipped().size();
            out.println(IngestCommand.summary(r, store.path()));
        }
        SparqlServer.Builder builder = SparqlServer.create(graph).host(host).port(port).announceIn(store.path())
                .timeout(Duration.ofSeconds(timeout)).maxRows(maxRows).maxConcurrent(concurrent)
                .queueWait(Duration.ofSeconds(queueWait)).webPage(true);
        if (writers != null) {
            builder.update(writers);
        }
        SparqlServer server = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            graph.close();
        }));
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        if (writers == null) {
            out.println("SPARQL endpoint (read-only): " + server.endpoint(shown));
        } else {
            out.println("SPARQL endpoint: " + server.endpoint(shown));
            out.println("updates: " + server.base(shown) + "/" + SparqlServer.UPDATE + " and " + server.base(shown) + "/"
                    + SparqlServer.DATA + ", for the " + writers.users().size() + " user(s) of " + users
                    + " (HTTP Basic authentication)");
        }
        out.println("ready queries: " + server.base(shown) + "/query/NAME?PARAM=VALUE (NAME: a file of queries/ without .rq)");
        out.println("web page: http://" + shown + ":" + server.port() + "/");
        out.println("limits: " + timeout + " s per query, " + maxRows + " rows, " + concurrent + " queries at once");
        out.println("store: " + store.path().toAbsolutePath() + "; press Ctrl-C to stop");
        out.flush();
        server.join();
        return skipped == 0 ? 0 : Main.SKIPPED;
    }

    private void positive(String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + " must be at least 1, not " + value);
        }
    }
}
