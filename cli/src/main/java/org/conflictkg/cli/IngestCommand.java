package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads news files (.txt, .md, .html) and folders into the store: one named graph per document. "
                + "Unchanged files are left alone; a changed file replaces its own graph. Prints a summary and the "
                + "number of assertions stored per CAMEO family. Progress goes to standard error: a bar on a terminal, "
                + "log lines otherwise (documents, sentences and assertions so far, the rate, an ETA in characters).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all files stored", "1:the store could not be used", "2:bad usage", "3:some files were skipped"})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ProgressOptions progressOptions;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: one per core)")
    Integer threads;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files and folders to read")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        progressOptions.check(spec);
        ConflictGraph.Builder b = ConflictGraph.create().store(store.path());
        if (threads != null) {
            b.threads(threads);
        }
        try (ConflictGraph graph = b.build()) {
            IngestReport r;
            try (ProgressDisplay progress = ProgressDisplay.open("ingest", progressOptions, spec,
                    ConflictGraph.inputs(paths, problem -> {}), false)) {
                r = graph.ingest(paths, progress);
            }
            out.println(summary(r, store.path()));
            FamilySummary.lines(r.families()).forEach(out::println);
            out.flush();
            return r.skipped().isEmpty() ? 0 : Main.SKIPPED;
        }
    }

    /** The one-line summary of an ingest. */
    static String summary(IngestReport r, Path store) {
        return String.format("ingested %d documents into %s: %d new, %d replaced, %d unchanged, %d skipped; "
                        + "%d sentences, %d assertions, %d triples in %.1f s",
                r.documents(), store, r.added(), r.replaced(), r.unchanged(), r.skipped().size(),
                r.sentences(), r.assertions(), r.quads(), r.elapsed().toMillis() / 1000.0);
    }
}
