package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.conflictkg.ConflictGraph;
import org.conflictkg.graph.ShapesValidator.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the store against the SHACL shapes of the ontology (ontology/shapes.ttl) and prints "
                + "the report: one line per problem, with the node, the property and what is wrong.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the data conforms", "1:the store could not be used", "2:bad usage",
                "4:the data does not conform"})
final class ValidateCommand implements Callable<Integer> {
    /** Exit code when the store was read but its data does not conform to the shapes. */
    static final int NOT_CONFORMING = 4;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.path())) {
            throw new IllegalArgumentException("no store at " + store.path() + " (run kg ingest first, or pass --store)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ConflictGraph graph = ConflictGraph.open(store.path())) {
            ValidationResult result = graph.validate();
            out.print(result.report());
            out.flush();
            return result.conforms() ? 0 : NOT_CONFORMING;
        }
    }
}
