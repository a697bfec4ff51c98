package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.conflictkg.ConflictGraph;
import org.conflictkg.cli.Main;
import org.conflictkg.graph.OntologyCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kg export --out FILE} in the formats Protégé opens: the ontology and its catalog are written beside the
 * file, and the file opens through them as OWL 2 DL, consistent; a catalog of other content there is left alone.
 */
class ExportCommandTest {

    private static int run(StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static Path sampleStore(Path dir) {
        Path store = dir.resolve("store");
        try (ConflictGraph graph = ConflictGraph.open(store)) {
            Dataset ds = graph.dataset();
            Dataset sample = Samples.validDataset();
            Txn.executeWrite(ds, () -> sample.asDatasetGraph().find().forEachRemaining(ds.asDatasetGraph()::add));
        }
        return store;
    }

    @Test
    void rdfXmlAndTurtleExportsOpenThroughTheCatalogWrittenBesideThem(@TempDir Path dir) throws Exception {
        Path store = sampleStore(dir);
        Path out = dir.resolve("protege");
        Files.createDirectories(out);
        for (String[] f : List.of(new String[] {"rdfxml", "graph.owl"}, new String[] {"ttl", "graph.ttl"})) {
            StringWriter err = new StringWriter();
            assertEquals(0, run(err, "export", "--store", store.toString(), "--format", f[0], "--out",
                    out.resolve(f[1]).toString()), err.toString());
            ExamplesGraphTest.assertOpensInProtege(out.resolve(f[1]), out.resolve("catalog-v001.xml"),
                    out.resolve("conflict.ttl"));
        }
        assertEquals(OntologyCatalog.xml("conflict.ttl"), Files.readString(out.resolve("catalog-v001.xml")));
        assertEquals(Files.readString(Owl.ONTOLOGY_FILE), Files.readString(out.resolve("conflict.ttl")));
    }

    @Test
    void anotherCatalogBesideTheExportIsLeftAlone(@TempDir Path dir) throws Exception {
        Path store = sampleStore(dir);
        Path catalog = dir.resolve("catalog-v001.xml");
        Files.writeString(catalog, "<catalog/>");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "export", "--store", store.toString(), "--format", "ttl", "--out",
                dir.resolve("graph.ttl").toString()), err.toString());
        assertEquals("<catalog/>", Files.readString(catalog));
        assertEquals(Set.of("catalog-v001.xml", "graph.ttl", "store"),
                Set.copyOf(Files.list(dir).map(p -> p.getFileName().toString()).toList()));
    }

    @Test
    void trigExportWritesNoCatalog(@TempDir Path dir) throws Exception {
        Path store = sampleStore(dir);
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "export", "--store", store.toString(), "--format", "trig", "--out",
                dir.resolve("graph.trig").toString()), err.toString());
        assertTrue(Files.notExists(dir.resolve("catalog-v001.xml")));
        assertEquals("", err.toString());
    }

    @Test
    void unknownFormatNamesRdfXml(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "export", "--store", sampleStore(dir).toString(), "--format", "owl"));
        assertTrue(err.toString().contains("rdfxml"), err.toString());
    }
}
