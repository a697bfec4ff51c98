package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestReport;
import org.conflictkg.server.SparqlServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store read-only over SPARQL with embedded Apache Jena Fuseki, at "
                + "http://HOST:PORT/conflict/sparql. Stop it with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (default, this machine only) or 0.0.0.0 (every interface)")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "port (default 3030; 0 picks a free one)")
    int port;

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*", description = "files or folders to ingest before serving")
    List<Path> ingest = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConflictGraph graph = ConflictGraph.open(store.path());
        int skipped = 0;
        if (!ingest.isEmpty()) {
            IngestReport r = graph.ingest(ingest, new IngestCommand.Progress(err));
            IngestCommand.Progress.clear(err);
            skipped = r.skipped().size();
            out.println(IngestCommand.summary(r, store.path()));
        }
        SparqlServer server = SparqlServer.create(graph).host(host).port(port).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            graph.close();
        }));
        out.println("SPARQL endpoint (read-only): " + server.endpoint(host.equals("0.0.0.0") ? "localhost" : host));
        out.println("store: " + store.path().toAbsolutePath() + "; press Ctrl-C to stop");
        out.flush();
        server.join();
        return skipped == 0 ? 0 : Main.SKIPPED;
    }
}
