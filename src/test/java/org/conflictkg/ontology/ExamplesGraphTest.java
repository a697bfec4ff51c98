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

    @BeforeAll
    static void extractExamples() throws IOException {
        assumeTrue(hasDocuments(EXAMPLES), "examples/ holds no documents yet");
        try (ConflictGraph graph = ConflictGraph.inMemory()) {
            report = graph.ingest(List.of(EXAMPLES));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            graph.export(out, ConflictGraph.ExportFormat.TTL);
            exported = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE).parse(exported);
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

    /** Every class, property and individual term of the ontology's namespace used in the export is declared. */
    @Test
    void everyTermUsedIsDeclared() {
        Model ont = Owl.ontologyModel();
        Set<String> undeclared = new TreeSet<>();
        for (Statement st : exported.listStatements().toList()) {
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
