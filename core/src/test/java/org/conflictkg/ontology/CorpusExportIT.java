package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Protégé check on a real corpus: 200 files of {@code ../shared/data/news/articles} (sorted by name, every 16th
 * from the first) ingested into a TDB2 store, exported as Turtle with {@code ConflictGraph.export(Path, TTL)}, and
 * opened with the OWL API as its own document, the import resolved through the catalog written beside it: OWL 2 DL
 * with no violation and consistent under HermiT. Skipped when the corpus is absent.
 */
class CorpusExportIT {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusExportIT.class);
    static final Path CORPUS = Path.of(System.getProperty("conflictkg.corpus", "../shared/data/news/articles"));
    static final int FILES = 200;
    static final int STEP = 16;

    @TempDir
    Path tmp;

    /** The corpus files sorted by name, every {@value #STEP}th from the first, at most {@value #FILES} of them. */
    static List<Path> sample() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            List<Path> sorted = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(txt|md|html?)"))
                    .sorted().toList();
            return java.util.stream.IntStream.range(0, sorted.size()).filter(i -> i % STEP == 0)
                    .mapToObj(sorted::get).limit(FILES).toList();
        }
    }

    @Test
    void corpusExportOpensThroughTheCatalogAsOwl2DlAndConsistent() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), CORPUS + " is absent");
        List<Path> files = sample();
        assumeTrue(files.size() == FILES, "the corpus has fewer than " + FILES * STEP + " files");
        Path export = tmp.resolve("corpus.ttl");
        try (ConflictGraph graph = ConflictGraph.open(tmp.resolve("store"))) {
            IngestReport report = graph.ingest(files);
            LOG.info("ingested {}", report);
            assertEquals(FILES, report.documents(), report.toString());
            graph.export(export, ConflictGraph.ExportFormat.TTL);
        }
        long t0 = System.nanoTime();
        Owl.ExportCheck c = Owl.checkExport(export, tmp.resolve("catalog-v001.xml"));
        LOG.info("{} files, {} bytes of Turtle, {} individuals: {} OWL 2 DL violations, HermiT consistent: {}, "
                        + "unsatisfiable classes: {} ({} s)", files.size(), Files.size(export), c.individuals(),
                c.violations().size(), c.consistent(), c.unsatisfiable().size(), (System.nanoTime() - t0) / 1_000_000_000);
        assertEquals(Owl.VERSION_IRI, c.importsDeclared().iterator().next());
        assertEquals(java.util.Set.of(org.semanticweb.owlapi.model.IRI.create(tmp.resolve("conflict.ttl").toFile())),
                c.importDocuments(), "the import resolved to the conflict.ttl written beside the export");
        assertEquals(List.of(), c.unparsed(), "exported triples the OWL API could not map to OWL");
        assertTrue(c.violations().isEmpty(), "OWL 2 DL: " + c.firstViolations(40));
        assertTrue(c.consistent(), "the corpus export with its import is inconsistent under HermiT");
        assertEquals(java.util.Set.of(), c.unsatisfiable(), "unsatisfiable classes");
    }
}
