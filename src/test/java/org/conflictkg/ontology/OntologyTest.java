package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.graph.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotationAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDeclarationAxiom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The ontology file: parses offline, is OWL 2 DL, is coherent under HermiT, documents every term. */
class OntologyTest {
    private static final IRI SKOS_DEFINITION = IRI.create(Vocab.SKOS + "definition");
    private static final IRI RDFS_LABEL = IRI.create("http://www.w3.org/2000/01/rdf-schema#label");
    private static final IRI RDFS_COMMENT = IRI.create("http://www.w3.org/2000/01/rdf-schema#comment");

    private static OWLOntology ontology;

    @BeforeAll
    static void load() throws Exception {
        ontology = Owl.loadOntologyFile(Owl.manager());
    }

    @Test
    void hasOntologyAndVersionIri() {
        assertEquals(Owl.ONTOLOGY_IRI, ontology.getOntologyID().getOntologyIRI().orNull());
        assertEquals(Owl.VERSION_IRI, ontology.getOntologyID().getVersionIRI().orNull());
        assertTrue(ontology.getImportsDeclarations().isEmpty(), "no owl:imports: the ontology must open offline");
    }

    @Test
    void everyTripleMapsToOwl() {
        assertEquals(List.of(), Owl.unparsedTriples(ontology), "triples the OWL API could not parse into axioms");
    }

    @Test
    void isInOwl2DlProfile() {
        assertEquals(List.of(), Owl.dlViolations(ontology), "OWL 2 DL profile violations");
    }

    @Test
    void hermitFindsItConsistentWithoutUnsatisfiableClasses() {
        OWLReasoner reasoner = Owl.hermit(ontology);
        try {
            assertTrue(reasoner.isConsistent(), "ontology is inconsistent");
            assertEquals(Set.of(), Owl.unsatisfiable(reasoner), "unsatisfiable classes");
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void everyDeclaredTermHasLabelAndDefinition() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (OWLDeclarationAxiom decl : ontology.getAxioms(AxiomType.DECLARATION)) {
            OWLEntity e = decl.getEntity();
            if (e.isBuiltIn() || e.isOWLDatatype()) {
                continue;
            }
            checked++;
            Set<IRI> annotations = new TreeSet<>();
            for (OWLAnnotationAssertionAxiom a : ontology.getAnnotationAssertionAxioms(e.getIRI())) {
                annotations.add(a.getProperty().getIRI());
            }
            if (!annotations.contains(RDFS_LABEL)) {
                missing.add(e + " has no rdfs:label");
            }
            if (!annotations.contains(SKOS_DEFINITION) && !annotations.contains(RDFS_COMMENT)) {
                missing.add(e + " has no skos:definition or rdfs:comment");
            }
        }
        assertTrue(checked > 50, "expected the ontology's classes, properties and individuals; saw " + checked);
        assertEquals(List.of(), missing);
    }

    /** Every term that the graph writer uses ({@link Vocab}) is declared in the ontology. */
    @Test
    void everyVocabConstantIsDeclared() throws IllegalAccessException {
        Model m = Owl.ontologyModel();
        List<String> undeclared = new ArrayList<>();
        int checked = 0;
        for (Field f : Vocab.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                continue;
            }
            Resource r = (Resource) f.get(null);
            checked++;
            if (!m.contains(r, RDF.type)) {
                undeclared.add("Vocab." + f.getName() + " = <" + r.getURI() + ">");
            }
        }
        assertTrue(checked > 40, "expected the Vocab constants; saw " + checked);
        assertEquals(List.of(), undeclared, "terms used by the writer but not declared in ontology/conflict.ttl");
    }

    @Test
    void cameoNotationsAreCodes() {
        Model m = Owl.ontologyModel();
        List<String> bad = new ArrayList<>();
        m.listStatements(null, m.createProperty(Vocab.SKOS + "notation"), (org.apache.jena.rdf.model.RDFNode) null)
                .forEach(st -> {
                    String code = st.getObject().isLiteral() ? st.getLiteral().getLexicalForm() : "";
                    if (!code.matches("(0[1-9]|1[0-9]|20)[0-9]{0,2}")) {
                        bad.add(st.getSubject().getLocalName() + " " + code);
                    }
                });
        assertFalse(m.listStatements(null, m.createProperty(Vocab.SKOS + "notation"),
                (org.apache.jena.rdf.model.RDFNode) null).toList().isEmpty(), "no CAMEO codes in the ontology");
        assertEquals(List.of(), bad, "skos:notation values that are not CAMEO codes");
    }
}
