package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.graph.Vocab;
import org.conflictkg.relations.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotationAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDeclarationAxiom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
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

    /** The CAMEO root families: code, property local name, QuadClass. */
    private static final String[][] FAMILIES = {
        {"01", "commentsOn", "verbalCooperation"},
        {"02", "appealsTo", "verbalCooperation"},
        {"03", "intendsToCooperateWith", "verbalCooperation"},
        {"04", "consults", "verbalCooperation"},
        {"05", "cooperatesDiplomaticallyWith", "verbalCooperation"},
        {"06", "cooperatesMateriallyWith", "materialCooperation"},
        {"07", "providesAidTo", "materialCooperation"},
        {"08", "yieldsTo", "materialCooperation"},
        {"09", "investigates", "verbalConflict"},
        {"10", "demandsOf", "verbalConflict"},
        {"11", "disapprovesOf", "verbalConflict"},
        {"12", "rejects", "verbalConflict"},
        {"13", "threatens", "verbalConflict"},
        {"14", "protestsAgainst", "materialConflict"},
        {"15", "mobilizesAgainst", "materialConflict"},
        {"16", "reducesRelationsWith", "materialConflict"},
        {"17", "coerces", "materialConflict"},
        {"18", "assaults", "materialConflict"},
        {"19", "fights", "materialConflict"},
        {"20", "commitsMassViolenceAgainst", "materialConflict"},
    };

    /** The project's relations and the family property each sits under (rdfs:subPropertyOf, asserted). */
    private static final Map<String, String> UNDER = new LinkedHashMap<>();
    static {
        UNDER.put("attacks", "fights");
        UNDER.put("backs", "providesAidTo");
        UNDER.put("criticizes", "disapprovesOf");
        UNDER.put("opposes", "disapprovesOf");
        UNDER.put("talksWith", "consults");
        UNDER.put("cooperatesWith", "cooperatesMateriallyWith");
        UNDER.put("alliedWith", "cooperatesDiplomaticallyWith");
    }

    private static IRI ckg(String local) {
        return IRI.create(Vocab.NS + local);
    }

    @Test
    void everyCameoFamilyHasItsPropertyNotationLabelDefinitionAndQuadClass() {
        Model m = Owl.ontologyModel();
        Property notation = m.createProperty(Vocab.SKOS + "notation");
        Property definition = m.createProperty(Vocab.SKOS + "definition");
        Set<String> quadClasses = new TreeSet<>();
        for (String[] f : FAMILIES) {
            Resource p = m.createResource(Vocab.NS + f[1]);
            String where = f[0] + " " + f[1];
            assertTrue(ontology.containsObjectPropertyInSignature(ckg(f[1])), where + " is not an object property");
            assertTrue(m.contains(p, RDF.type, OWL2.ObjectProperty), where + " is not declared owl:ObjectProperty");
            assertTrue(m.contains(p, RDF.type, Vocab.CameoFamily), where + " is not a ckg:CameoFamily");
            assertTrue(m.contains(p, RDF.type, OWL2.NamedIndividual), where + " is not punned as an individual");
            assertEquals(List.of(f[0]), m.listObjectsOfProperty(p, notation).mapWith(n -> n.asLiteral().getLexicalForm())
                    .toList(), where + ": skos:notation must be exactly its root code");
            List<RDFNode> labels = m.listObjectsOfProperty(p, RDFS.label).toList();
            assertEquals(1, labels.size(), where + ": one rdfs:label");
            assertEquals("en", labels.get(0).asLiteral().getLanguage(), where + ": label in English");
            List<RDFNode> defs = m.listObjectsOfProperty(p, definition).toList();
            assertEquals(1, defs.size(), where + ": one skos:definition");
            assertTrue(defs.get(0).asLiteral().getLexicalForm().startsWith("The subject "),
                    where + ": the definition says what holds between subject and object");
            assertEquals(List.of(m.createResource(Vocab.NS + f[2])), m.listObjectsOfProperty(p, Vocab.quadClass).toList(),
                    where + ": ckg:quadClass must be " + f[2]);
            assertTrue(m.contains(p, RDFS.domain, Vocab.Actor), where + ": domain ckg:Actor");
            quadClasses.add(f[2]);
        }
        assertEquals(20, m.listSubjectsWithProperty(RDF.type, Vocab.CameoFamily).toList().size(), "twenty families");
        for (String q : quadClasses) {
            Resource r = m.createResource(Vocab.NS + q);
            assertTrue(m.contains(r, RDF.type, Vocab.QuadClass) && m.contains(r, RDF.type, OWL2.NamedIndividual),
                    q + " is a named ckg:QuadClass individual");
        }
        assertEquals(4, quadClasses.size());
        assertTrue(ontology.containsAnnotationPropertyInSignature(ckg("quadClass")), "ckg:quadClass is an annotation property");
        // an annotation only: the QuadClass stays outside the reasoning and puns nothing
        assertFalse(ontology.containsObjectPropertyInSignature(ckg("quadClass")));
        assertFalse(ontology.containsDataPropertyInSignature(ckg("quadClass")));
    }

    @Test
    void existingRelationsAreSubPropertiesOfTheirFamilies() {
        OWLDataFactory df = ontology.getOWLOntologyManager().getOWLDataFactory();
        for (Map.Entry<String, String> e : UNDER.entrySet()) {
            OWLObjectProperty sub = df.getOWLObjectProperty(ckg(e.getKey()));
            OWLObjectProperty sup = df.getOWLObjectProperty(ckg(e.getValue()));
            assertTrue(ontology.containsAxiom(df.getOWLSubObjectPropertyOfAxiom(sub, sup)),
                    e.getKey() + " must be rdfs:subPropertyOf " + e.getValue());
        }
        OWLReasoner reasoner = Owl.hermit(ontology);
        try {
            for (Map.Entry<String, String> e : UNDER.entrySet()) {
                assertTrue(reasoner.isEntailed(df.getOWLSubObjectPropertyOfAxiom(
                        df.getOWLObjectProperty(ckg(e.getKey())), df.getOWLObjectProperty(ckg(e.getValue())))),
                        "HermiT: " + e.getKey() + " ⊑ " + e.getValue());
            }
            // alliedWith is also material cooperation, through cooperatesWith
            assertTrue(reasoner.isEntailed(df.getOWLSubObjectPropertyOfAxiom(
                    df.getOWLObjectProperty(ckg("alliedWith")), df.getOWLObjectProperty(ckg("cooperatesMateriallyWith")))));
        } finally {
            reasoner.dispose();
        }
    }

    /** Every {@link Relation} constant is an object property of the ontology, families with their code and symmetry. */
    @Test
    void relationEnumMirrorsTheOntology() {
        Model m = Owl.ontologyModel();
        Property notation = m.createProperty(Vocab.SKOS + "notation");
        int families = 0;
        for (Relation r : Relation.values()) {
            Resource p = m.createResource(Vocab.NS + r.localName());
            assertTrue(m.contains(p, RDF.type, OWL2.ObjectProperty), r + " is not an object property of the ontology");
            assertEquals(m.contains(p, RDF.type, OWL2.SymmetricProperty), r.isSymmetric(), r + ": symmetry");
            assertEquals(m.contains(p, RDF.type, Vocab.CameoFamily), r.isCameoFamily(), r + ": CAMEO family");
            if (r.isCameoFamily()) {
                families++;
                assertEquals(r.cameoRoot(), m.getProperty(p, notation).getString(), r + ": root code");
                assertEquals(r, Relation.cameoFamily(r.cameoRoot()));
                assertEquals(r, Relation.cameoFamily(r.cameoRoot() + "1"));
            }
        }
        assertEquals(20, families);
        assertEquals(Relation.FIGHTS, Relation.cameoFamily("195"));
        assertEquals(Relation.CONSULTS, Relation.cameoFamily("040"));
        assertEquals(Relation.DISAPPROVES_OF, Relation.cameoFamily("1121"));
        for (String bad : new String[] {null, "", "1", "00", "21", "19a", "19555", "x19"}) {
            assertEquals(null, Relation.cameoFamily(bad), "not a CAMEO code: " + bad);
        }
    }

    /** HermiT on hand-made data: attacking is fighting, talking is consulting (both ways), backing is aid. */
    @Test
    void hermitInfersTheFamiliesFromTheExistingRelations() throws Exception {
        Model data = Samples.turtle("""
                actor:russia a ckg:State ; ckg:attacks actor:isis , place:raqqa ; ckg:backs actor:syria ;
                    ckg:talksWith actor:turkey ; ckg:criticizes actor:usa .
                actor:isis a ckg:ArmedGroup .
                actor:syria a ckg:State .
                actor:turkey a ckg:State .
                actor:usa a ckg:State .
                place:raqqa a ckg:Place .
                """);
        OWLOntologyManager m = Owl.manager();
        OWLOntology ont = Owl.loadWithData(m, data);
        assertEquals(List.of(), Owl.dlViolations(ont), "ontology + family data: OWL 2 DL violations");
        OWLDataFactory df = m.getOWLDataFactory();
        OWLNamedIndividual russia = df.getOWLNamedIndividual(IRI.create(Vocab.ACTOR_NS + "russia"));
        OWLNamedIndividual isis = df.getOWLNamedIndividual(IRI.create(Vocab.ACTOR_NS + "isis"));
        OWLNamedIndividual raqqa = df.getOWLNamedIndividual(IRI.create(Vocab.ID + "place/raqqa"));
        OWLReasoner r = Owl.hermit(ont);
        try {
            assertTrue(r.isConsistent(), "ontology + family data is inconsistent");
            assertEquals(Set.of(), Owl.unsatisfiable(r));
            assertTrue(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(ckg("fights")), russia, isis)),
                    "an actor that attacks another also fights it");
            assertTrue(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(ckg("fights")), russia, raqqa)),
                    "attacking a place is fighting there");
            assertFalse(r.isEntailed(df.getOWLClassAssertionAxiom(df.getOWLClass(ckg("Actor")), raqqa)),
                    "fights, like attacks, does not make a place an actor");
            assertTrue(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(ckg("providesAidTo")), russia,
                    df.getOWLNamedIndividual(IRI.create(Vocab.ACTOR_NS + "syria")))));
            assertTrue(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(ckg("consults")),
                    df.getOWLNamedIndividual(IRI.create(Vocab.ACTOR_NS + "turkey")), russia)), "consults is symmetric");
            assertTrue(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(ckg("disapprovesOf")), russia,
                    df.getOWLNamedIndividual(IRI.create(Vocab.ACTOR_NS + "usa")))));
            assertFalse(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(ckg("fights")), isis, russia)),
                    "fights is not symmetric");
            assertTrue(r.isEntailed(df.getOWLClassAssertionAxiom(df.getOWLClass(ckg("RelationType")),
                    df.getOWLNamedIndividual(ckg("fights")))), "a family property, used as a value, is a relation type");
        } finally {
            r.dispose();
        }
    }
}
