package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.conflictkg.graph.Vocab;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology with hand-written data in the extractor's shape: stays OWL 2 DL and consistent, yields the intended
 * entailments, and rejects data that contradicts it.
 */
class ReasoningTest {
    private static final String ID = Vocab.ID;

    private static OWLNamedIndividual ind(OWLDataFactory df, String iri) {
        return df.getOWLNamedIndividual(IRI.create(iri));
    }

    private static OWLObjectProperty prop(OWLDataFactory df, String local) {
        return df.getOWLObjectProperty(IRI.create(Vocab.NS + local));
    }

    @Test
    void sampleDataIsDlConsistentAndEntailsWhatItShould() throws Exception {
        OWLOntologyManager m = Owl.manager();
        OWLOntology ont = Owl.loadWithData(m, Samples.validModel());
        assertEquals(List.of(), Owl.unparsedTriples(ont), "data triples the OWL API could not map to OWL");
        assertEquals(List.of(), Owl.dlViolations(ont), "ontology + sample data: OWL 2 DL violations");
        OWLReasoner r = Owl.hermit(ont);
        try {
            assertTrue(r.isConsistent(), "ontology + sample data is inconsistent");
            assertEquals(Set.of(), Owl.unsatisfiable(r));
            OWLDataFactory df = m.getOWLDataFactory();
            OWLNamedIndividual russia = ind(df, ID + "actor/russia");
            OWLNamedIndividual iran = ind(df, ID + "actor/iran");
            OWLNamedIndividual vks = ind(df, ID + "actor/russian-aerospace-forces");
            OWLNamedIndividual idlib = ind(df, ID + "place/idlib");
            // alliedWith is symmetric and implies cooperatesWith
            assertTrue(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(prop(df, "alliedWith"), iran, russia)));
            assertTrue(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(prop(df, "cooperatesWith"), iran, russia)));
            // partOf is transitive; hasPart is its inverse
            assertTrue(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(prop(df, "partOf"), vks, russia)));
            assertTrue(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(prop(df, "hasPart"), russia, vks)));
            // actors are PROV agents; the sentence-derived assertion is attributed to its claimant
            assertTrue(r.isEntailed(df.getOWLClassAssertionAxiom(
                    df.getOWLClass(IRI.create(Vocab.PROV + "Agent")), russia)));
            OWLNamedIndividual claimed = ind(df, Samples.DOC + "/assertion/2");
            assertTrue(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(
                    df.getOWLObjectProperty(IRI.create(Vocab.PROV + "wasAttributedTo")), claimed,
                    ind(df, ID + "actor/syrian-rebels"))));
            // attacking a place does not make the place an actor, nor a state a place
            assertFalse(r.isEntailed(df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(Vocab.NS + "Actor")),
                    idlib)));
            assertFalse(r.isEntailed(df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(Vocab.NS + "Place")),
                    russia)));
            // the relation value is the punned property, an instance of RelationType
            assertTrue(r.isEntailed(df.getOWLClassAssertionAxiom(
                    df.getOWLClass(IRI.create(Vocab.NS + "RelationType")), ind(df, Vocab.NS + "attacks"))));
            // the family of the assertion's CAMEO code, a punned family property; attacking is fighting
            assertTrue(r.isEntailed(df.getOWLClassAssertionAxiom(
                    df.getOWLClass(IRI.create(Vocab.NS + "RelationType")), ind(df, Vocab.NS + "fights"))));
            assertTrue(r.isEntailed(df.getOWLObjectPropertyAssertionAxiom(prop(df, "fights"), vks, idlib)));
            assertTrue(r.isEntailed(df.getOWLDifferentIndividualsAxiom(ind(df, Vocab.NS + "fights"),
                    ind(df, Vocab.NS + "assaults"))), "the twenty families are different individuals");
        } finally {
            r.dispose();
        }
    }

    @Test
    void attacksBetweenActorsInBothDirectionsIsConsistent() throws Exception {
        Model data = Samples.turtle("""
                actor:israel a ckg:State ; ckg:attacks actor:hezbollah , actor:lebanon , place:beirut .
                actor:hezbollah a ckg:ArmedGroup ; ckg:attacks actor:israel ;
                    ckg:backs actor:syria ; ckg:partOf actor:lebanon .
                actor:lebanon a ckg:State ; ckg:criticizes actor:israel ; ckg:talksWith actor:israel .
                actor:syria a ckg:State ; ckg:locatedIn place:middle-east .
                place:beirut a ckg:Place ; ckg:locatedIn actor:lebanon .
                """);
        OWLOntology ont = Owl.loadWithData(Owl.manager(), data);
        assertEquals(List.of(), Owl.dlViolations(ont));
        OWLReasoner r = Owl.hermit(ont);
        try {
            assertTrue(r.isConsistent(), "mutual attacks, a state as target and as a place must be consistent");
        } finally {
            r.dispose();
        }
    }

    @Test
    void contradictoryDataIsInconsistent() throws Exception {
        assertInconsistent("a person cannot be a state", """
                actor:x a ckg:Person , ckg:State .
                """);
        assertInconsistent("confidence must lie in [0, 1]", """
                id:a a ckg:Assertion ; ckg:confidence 1.5e0 .
                """);
        assertInconsistent("an assertion has one modality", """
                id:a a ckg:Assertion ; ckg:modality ckg:asserted , ckg:negated .
                """);
        assertInconsistent("an assertion is not an actor", """
                id:a a ckg:Assertion ; ckg:subject id:a .
                """);
        assertInconsistent("an assertion has one CAMEO family", """
                id:a a ckg:Assertion ; ckg:cameoFamily ckg:fights , ckg:assaults .
                """);
        assertInconsistent("an assertion has one CAMEO code", """
                id:a a ckg:Assertion ; ckg:cameoCode "19" , "195" .
                """);
        assertInconsistent("a CAMEO family is not an actor", """
                actor:x a ckg:State . id:a a ckg:Assertion ; ckg:cameoFamily actor:x .
                """);
    }

    private static void assertInconsistent(String why, String ttl) throws Exception {
        OWLOntology ont = Owl.loadWithData(Owl.manager(), Samples.turtle(ttl));
        OWLReasoner r = Owl.hermit(ont);
        try {
            assertFalse(r.isConsistent(), why);
        } finally {
            r.dispose();
        }
    }
}
