package org.conflictkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conflictkg.ConflictGraph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the whole store as RDF: TriG, N-Quads or JSON-LD keep one named graph per document; "
                + "Turtle and RDF/XML write their union as an OWL ontology that imports the conflict ontology (for "
                + "Protégé); with --out, the ontology and its catalog-v001.xml are written beside the file.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig", description = "trig (default), nq, ttl, rdfxml or jsonld")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "file to write (default: standard output)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ConflictGraph.ExportFormat fmt;
        try {
            fmt = ConflictGraph.ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isDirectory(store.path())) {
            throw new IllegalArgumentException("no store at " + store.path() + " (run kg ingest first, or pass --store)");
        }
        try (ConflictGraph graph = ConflictGraph.open(store.path())) {
            if (out == null) {
                graph.export(System.out, fmt);
                System.out.flush();
            } else {
                java.util.List<Path> beside = graph.export(out, fmt);
                if (!beside.isEmpty()) {
                    spec.commandLine().getErr().println("kg export: wrote " + out + " and, beside it for Protégé, "
                            + String.join(" and ", beside.stream().map(p -> p.getFileName().toString()).toList()));
                }
            }
        }
        return 0;
    }
}
