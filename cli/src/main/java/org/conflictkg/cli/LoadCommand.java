package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conflictkg.ConflictGraph;
import org.conflictkg.graph.BulkLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads N-Quads written by the Spark extraction job (conflict-kg-spark) into a store, with "
                + "Apache Jena's TDB2 loaders.",
                "A new store (a missing or empty folder) is built with TDB2's xloader: fast, but not crash-safe (if "
                        + "it is stopped, delete the folder and load again). An existing store is extended in one "
                        + "write transaction: crash-safe, documents already stored are left as they are, a newer "
                        + "version of a stored file replaces the older one, and the actors graph is merged."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:loaded", "1:the store could not be used", "2:bad usage"})
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--nquads", paramLabel = "DIR", required = true, arity = "1..*",
            description = "N-Quads files (.nq, .nq.gz) or folders holding them: the job's output folder")
    List<Path> nquads;

    @Option(names = "--loader", paramLabel = "NAME",
            description = "xloader (a new store only) or transactional; default: xloader for a new store, else "
                    + "transactional")
    String loader;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BulkLoad.Loader chosen = null;
        if (loader != null) {
            try {
                chosen = BulkLoad.Loader.valueOf(loader.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--loader takes xloader or transactional, not '" + loader + "'");
            }
        }
        BulkLoad.Report r = ConflictGraph.load(nquads, store.path(), chosen);
        PrintWriter out = spec.commandLine().getOut();
        String how = r.loader() == BulkLoad.Loader.XLOADER ? "TDB2's xloader" : "one write transaction";
        out.printf(Locale.ROOT, "loaded %d files (%,d quads) into %s with %s in %.1f s: %d documents added, "
                        + "%d already stored, %d older versions replaced%n", r.files(), r.quadsRead(), store.path(),
                how, r.elapsed().toMillis() / 1000.0, r.documents(), r.unchanged(), r.replaced());
        out.flush();
        return 0;
    }
}
