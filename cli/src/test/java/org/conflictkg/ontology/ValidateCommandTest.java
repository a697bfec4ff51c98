package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.conflictkg.ConflictGraph;
import org.conflictkg.cli.Main;
import org.conflictkg.graph.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kg validate}: prints the SHACL report; exit code 0 when the store conforms, 4 when it does not. */
class ValidateCommandTest {

    private static int run(StringWriter out, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void conformingAndBrokenStore(@TempDir Path dir) {
        Path store = dir.resolve("store");
        try (ConflictGraph graph = ConflictGraph.open(store)) {
            Dataset ds = graph.dataset();
            Dataset sample = Samples.validDataset();
            Txn.executeWrite(ds, () -> sample.asDatasetGraph().find().forEachRemaining(ds.asDatasetGraph()::add));
            assertTrue(graph.validate().conforms(), graph.validate().report());
        }
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "validate", "--store", store.toString()), out.toString());
        assertTrue(out.toString().contains("conforms"), out.toString());

        // a second modality on one assertion breaks the shapes
        try (ConflictGraph graph = ConflictGraph.open(store)) {
            Dataset ds = graph.dataset();
            Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(Quad.create(
                    NodeFactory.createURI(Vocab.GRAPH_NS + Samples.HASH),
                    NodeFactory.createURI(Samples.DOC + "/assertion/0"),
                    Vocab.modality.asNode(), Vocab.negated.asNode())));
        }
        out = new StringWriter();
        assertEquals(4, run(out, "validate", "--store", store.toString()), out.toString());
        assertFalse(out.toString().contains("the data conforms"), out.toString());
        assertTrue(out.toString().contains("id:doc/" + Samples.HASH + "/assertion/0 ckg:modality"), out.toString());
    }

    @Test
    void missingStoreIsAnError(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        assertEquals(1, run(out, "validate", "--store", dir.resolve("none").toString()));
    }
}
