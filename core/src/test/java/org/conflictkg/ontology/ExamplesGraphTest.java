package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestReport;
import org.conflictkg.graph.ShapesValidator;
import org.conflictkg.graph.ShapesValidator.ValidationResult;
import org.conflictkg.graph.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The graph the pipeline extracts from {@code examples/}, exported as Turtle (as {@code kg export --format ttl}
 * does), against the ontology and the shapes: OWL 2 DL and consistent with the ontology under HermiT, every term
 * declared, SHACL conformant.
 */
class ExamplesGraphTest {
    private static final Path EXAMPLES = Path.of("examples");

    private static Model exported;
    private static ValidationResult shacl;
    private static ValidationResult shaclViaValidator;
    private static IngestReport report;
    private static Path exportDir;
    private static List<Path> besideExport;

    @org.junit.jupiter.api.io.TempDir
    static Path tmp;

    @BeforeAll
    static void extractExamples() throws IOException {
        assumeTrue(hasDocuments(EXAMPLES), "examples/ holds no documents yet");
        try (ConflictGraph graph = ConflictGraph.inMemory()) {
            report = graph.ingest(List.of(EXAMPLES));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            graph.export(out, ConflictGraph.ExportFormat.TTL);
            exported = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE).parse(exported);
            exportDir = tmp.resolve("export");
            Files.createDirectories(exportDir);
            besideExport = graph.export(exportDir.resolve("examples.ttl"), ConflictGraph.ExportFormat.TTL);
            graph.export(exportDir.resolve("examples.rdf"), ConflictGraph.ExportFormat.RDFXML);
            shacl = graph.validate();
            shaclViaValidator = ShapesValidator.fromClasspath().validate(graph.dataset());
        }
    }

    private static boolean hasDocuments(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.anyMatch(p -> Files.isRegularFile(p) && p.getFileName().toString().matches(".*\\.(txt|md|html?)"));
        }
    }

    @Test
    void examplesYieldAssertions() {
        assertTrue(report.documents() > 0, "no documents ingested: " + report);
        assertTrue(exported.contains(null, RDF.type, Vocab.Assertion), "no assertions extracted from examples/");
    }

    @Test
    void examplesGraphWithOntologyIsDlAndConsistent() throws Exception {
        OWLOntology ont = Owl.loadWithData(Owl.manager(), exported);
        assertEquals(List.of(), Owl.unparsedTriples(ont), "exported triples the OWL API could not map to OWL");
        assertEquals(List.of(), Owl.dlViolations(ont), "ontology + examples graph: OWL 2 DL violations");
        OWLReasoner r = Owl.hermit(ont);
        try {
            assertTrue(r.isConsistent(), "ontology + examples graph is inconsistent under HermiT");
            assertEquals(Set.of(), Owl.unsatisfiable(r), "unsatisfiable classes with the examples graph");
        } finally {
            r.dispose();
        }
    }

    /**
     * The Turtle export opened as its own document, as Protégé opens a file: its owl:Ontology header imports the
     * ontology's version IRI, the catalog written beside it resolves that import to the local conflict.ttl (offline),
     * and the whole is OWL 2 DL with no violation and consistent under HermiT.
     */
    @Test
    void turtleExportOpensThroughTheCatalogBesideItAsOwl2DlAndConsistent() throws Exception {
        assertEquals(List.of(exportDir.resolve("conflict.ttl").toAbsolutePath(),
                exportDir.resolve("catalog-v001.xml").toAbsolutePath()), besideExport);
        assertOpensInProtege(exportDir.resolve("examples.ttl"), exportDir.resolve("catalog-v001.xml"),
                exportDir.resolve("conflict.ttl"));
    }

    @Test
    void rdfXmlExportOpensThroughTheCatalogAsOwl2DlAndConsistent() throws Exception {
        assertOpensInProtege(exportDir.resolve("examples.rdf"), exportDir.resolve("catalog-v001.xml"),
                exportDir.resolve("conflict.ttl"));
    }

    /** ontology/catalog-v001.xml resolves the export's import to ontology/conflict.ttl, wherever the export is. */
    @Test
    void ontologyFolderCatalogResolvesTheImportToConflictTtl() throws Exception {
        assertEquals(org.conflictkg.graph.OntologyCatalog.xml("conflict.ttl"), Files.readString(Owl.CATALOG_FILE),
                "ontology/catalog-v001.xml is what OntologyCatalog writes beside an export");
        assertOpensInProtege(exportDir.resolve("examples.ttl"), Owl.CATALOG_FILE, Owl.ONTOLOGY_FILE);
        // the unversioned ontology IRI resolves too
        var m = Owl.managerWithCatalog(Owl.CATALOG_FILE);
        var ont = m.loadOntology(Owl.ONTOLOGY_IRI);
        assertEquals(Owl.VERSION_IRI, ont.getOntologyID().getVersionIRI().orNull());
    }

    /** The IRIs the export names are the ontology's own. */
    @Test
    void exportImportsTheVersionIriOfConflictTtl() {
        assertEquals(Owl.ONTOLOGY_IRI.toString(), Vocab.ONTOLOGY);
        assertEquals(Owl.VERSION_IRI.toString(), Vocab.ONTOLOGY_VERSION);
        Model ont = Owl.ontologyModel();
        assertTrue(ont.contains(ont.createResource(Vocab.ONTOLOGY), OWL2.versionIRI, ont.createResource(Vocab.ONTOLOGY_VERSION)),
                "conflict.ttl's owl:versionIRI is " + Vocab.ONTOLOGY_VERSION);
        Resource header = exported.createResource(Vocab.EXPORT);
        assertTrue(exported.contains(header, RDF.type, OWL2.Ontology), "the export is an owl:Ontology");
        assertEquals(List.of(exported.createResource(Vocab.ONTOLOGY_VERSION)),
                exported.listObjectsOfProperty(header, OWL2.imports).toList());
    }

    static void assertOpensInProtege(Path export, Path catalog, Path ontologyFile) throws Exception {
        Owl.ExportCheck c = Owl.checkExport(export, catalog);
        assertEquals(org.semanticweb.owlapi.model.IRI.create(Vocab.EXPORT), c.ontologyIri());
        assertEquals(Set.of(Owl.VERSION_IRI), c.importsDeclared());
        assertEquals(Set.of(org.semanticweb.owlapi.model.IRI.create(ontologyFile.toAbsolutePath().normalize().toFile())),
                c.importDocuments(), "the import resolved to the local ontology file");
        assertEquals(List.of(), c.unparsed(), "exported triples the OWL API could not map to OWL");
        assertTrue(c.violations().isEmpty(), "OWL 2 DL, " + c.firstViolations(40));
        assertTrue(c.consistent(), export + " with its import is inconsistent under HermiT");
        assertEquals(Set.of(), c.unsatisfiable(), "unsatisfiable classes");
        assertTrue(c.individuals() > 0, "individuals in the export");
    }

    /** Every class, property and individual term of the ontology's namespace used in the export is declared. */
    @Test
    void everyTermUsedIsDeclared() {
        Model ont = Owl.ontologyModel();
        Set<String> undeclared = new TreeSet<>();
        for (Statement st : Owl.withoutExportHeader(exported).listStatements().toList()) {
            Resource p = st.getPredicate();
            RDFNode o = st.getObject();
            if (p.equals(RDF.type)) {
                if (!o.isURIResource() || !ont.contains(o.asResource(), RDF.type, OWL2.Class)) {
                    undeclared.add("class " + o);
                }
                continue;
            }
            if (!p.equals(OWL2.sameAs) && !isDeclaredProperty(ont, p)) {
                undeclared.add("property " + p);
            }
            if (o.isURIResource() && o.asResource().getURI().startsWith(Vocab.NS)
                    && !ont.contains(o.asResource(), RDF.type)) {
                undeclared.add("term " + o);
            }
        }
        assertEquals(Set.of(), undeclared, "terms used in the exported graph but not declared in ontology/conflict.ttl");
    }

    private static boolean isDeclaredProperty(Model ont, Resource p) {
        return ont.contains(p, RDF.type, OWL2.ObjectProperty) || ont.contains(p, RDF.type, OWL2.DatatypeProperty)
                || ont.contains(p, RDF.type, OWL2.AnnotationProperty);
    }

    @Test
    void examplesGraphConformsToShapes() {
        assertTrue(shacl.conforms(), shacl.report());
        assertEquals(shacl, shaclViaValidator);
    }

    /** Assertions read under a CAMEO code link the family property of its root, as the ontology's notation gives it. */
    @Test
    void assertionsLinkTheFamilyOfTheirCameoCode() {
        Model ont = Owl.ontologyModel();
        org.apache.jena.rdf.model.Property notation = ont.createProperty(Vocab.SKOS + "notation");
        int coded = 0;
        Set<String> wrong = new TreeSet<>();
        for (Statement st : exported.listStatements(null, Vocab.cameoCode, (RDFNode) null).toList()) {
            coded++;
            String code = st.getString();
            List<RDFNode> families = exported.listObjectsOfProperty(st.getSubject(), Vocab.cameoFamily).toList();
            if (families.size() != 1 || !ont.contains(families.get(0).asResource(), notation, code.substring(0, 2))) {
                wrong.add(st.getSubject().getURI() + " " + code + " " + families);
            }
        }
        assertTrue(coded > 0, "no assertion of the examples has a CAMEO code");
        assertEquals(Set.of(), wrong, "assertions whose ckg:cameoFamily is not the family of their code's root");
        assertEquals(coded, exported.listStatements(null, Vocab.cameoFamily, (RDFNode) null).toList().size());
        assertTrue(exported.listSubjectsWithProperty(Vocab.relation, Vocab.attacks).toList().stream()
                .anyMatch(a -> a.hasProperty(Vocab.cameoFamily, Vocab.fights)), "an attack in the fight family");
    }
}
