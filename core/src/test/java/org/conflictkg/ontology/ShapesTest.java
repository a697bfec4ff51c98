package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.conflictkg.graph.ShapesValidator;
import org.conflictkg.graph.ShapesValidator.ValidationResult;
import org.conflictkg.graph.Vocab;
import org.conflictkg.actors.ActorType;
import org.conflictkg.relations.Relation;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** ontology/shapes.ttl through {@link ShapesValidator}: correct data passes, broken data fails readably. */
class ShapesTest {
    private static final ShapesValidator VALIDATOR = ShapesValidator.fromClasspath();

    @Test
    void correctDatasetConforms() {
        Dataset ds = Samples.validDataset();
        ValidationResult result = VALIDATOR.validate(ds);
        assertTrue(result.conforms(), result.report());
        assertEquals(0, result.violations());
        assertTrue(result.report().contains("conforms"), result.report());
    }

    @Test
    void correctGraphConforms() {
        ValidationResult result = VALIDATOR.validate(Samples.validModel().getGraph());
        assertTrue(result.conforms(), result.report());
    }

    @Test
    void brokenGraphFailsWithReadableReport() {
        Model broken = Samples.turtle("""
                <https://w3id.org/conflict-kg/id/doc/d1> a ckg:Document ;
                    ckg:contentHash "not-a-hash" .
                <https://w3id.org/conflict-kg/id/doc/d2> a ckg:Document ; dcterms:identifier "other.txt" ;
                    ckg:contentHash "0000000000000000000000000000000000000000000000000000000000000000" .
                <https://w3id.org/conflict-kg/id/doc/d1/sentence/0> a ckg:Sentence ;
                    ckg:sentenceIndex 0 ; ckg:startOffset 50 ; ckg:endOffset 10 ;
                    dcterms:isPartOf <https://w3id.org/conflict-kg/id/doc/d2> .
                <https://w3id.org/conflict-kg/id/doc/d1/assertion/0> a ckg:Assertion ;
                    ckg:subject actor:a , actor:b ;
                    ckg:relation ckg:loves ; ckg:surfaceRelation "loves" ;
                    ckg:confidence 1.5e0 ;
                    ckg:evidence <https://w3id.org/conflict-kg/id/doc/d1/sentence/0> ;
                    prov:wasDerivedFrom <https://w3id.org/conflict-kg/id/doc/d1> ;
                    ckg:subjectText "A" ; ckg:objectText "B" .
                <https://w3id.org/conflict-kg/id/doc/d1/assertion/1> a ckg:Assertion ;
                    ckg:subject actor:a ; ckg:object actor:b ;
                    ckg:relation ckg:backs ; ckg:surfaceRelation "backs" ;
                    ckg:modality ckg:asserted ; ckg:confidence "high" ; ckg:claimedBy actor:c ;
                    ckg:evidence <https://w3id.org/conflict-kg/id/doc/d1/sentence/0> ;
                    prov:wasDerivedFrom <https://w3id.org/conflict-kg/id/doc/d1> ;
                    ckg:subjectText "A" ; ckg:objectText "B" .
                actor:a a ckg:State ; skos:prefLabel "A" , "Alpha" .
                actor:b skos:prefLabel "B" .
                actor:c skos:prefLabel "C" .
                """);
        ValidationResult result = VALIDATOR.validate(broken.getGraph());
        String report = result.report();
        assertFalse(result.conforms(), report);
        assertTrue(result.violations() >= 12, "expected every defect to be reported:\n" + report);
        List<String> expected = List.of(
                "does not conform",
                // document
                "id:doc/d1 dcterms:identifier: A document has exactly one dcterms:identifier",
                "id:doc/d1 ckg:contentHash: A document has exactly one ckg:contentHash",
                // sentence
                "id:doc/d1/sentence/0 ckg:text: A sentence has exactly one non-empty ckg:text",
                "id:doc/d1/sentence/0 ckg:startOffset: A sentence's ckg:startOffset must not be greater",
                // assertions
                "id:doc/d1/assertion/0 ckg:subject: An assertion has exactly one ckg:subject",
                "id:doc/d1/assertion/0 ckg:object: An assertion has exactly one ckg:object",
                "id:doc/d1/assertion/0 ckg:modality: An assertion has exactly one ckg:modality",
                "id:doc/d1/assertion/0 ckg:relation: An assertion has at most one ckg:relation",
                "[value: ckg:loves]",
                "id:doc/d1/assertion/0 ckg:confidence: An assertion has exactly one ckg:confidence, an xsd:double between 0 and 1",
                "id:doc/d1/assertion/1 ckg:confidence:",
                "The evidence sentence of an assertion must be part of the assertion's source document",
                "must be accompanied by its direct triple",
                // actors
                "id:actor/a skos:prefLabel: An actor has exactly one skos:prefLabel",
                "id:actor/b rdf:type: The subject or object of an assertion has an actor type",
                "id:actor/c rdf:type: An actor has an actor type");
        for (String s : expected) {
            assertTrue(report.contains(s), "report lacks \"" + s + "\":\n" + report);
        }
        assertTrue(report.lines().allMatch(l -> !l.contains("https://w3id.org/conflict-kg/")),
                "IRIs are abbreviated in the report:\n" + report);
    }

    /** The values the shapes allow for ckg:relation are exactly the properties of {@link Relation}. */
    @Test
    void relationValuesAreTheRelationEnum() {
        Model shapes = RDFDataMgr.loadModel(Owl.SHAPES_FILE.toString(), Lang.TURTLE);
        String sh = "http://www.w3.org/ns/shacl#";
        Set<String> allowed = new TreeSet<>();
        for (Resource ps : shapes.listSubjectsWithProperty(shapes.createProperty(sh, "path"), Vocab.relation).toList()) {
            Resource in = ps.getPropertyResourceValue(shapes.createProperty(sh, "in"));
            if (in != null) {
                in.as(RDFList.class).asJavaList().forEach(n -> allowed.add(n.asResource().getLocalName()));
            }
        }
        Set<String> relations = new TreeSet<>();
        for (Relation r : Relation.values()) {
            relations.add(r.localName());
        }
        assertEquals(relations, allowed, "sh:in of ckg:relation in ontology/shapes.ttl");
    }

    @Test
    void brokenCameoCodesAndFamiliesAreReported() {
        String assertion = """
                <https://w3id.org/conflict-kg/id/doc/d1/assertion/%s> a ckg:Assertion ;
                    ckg:subject actor:a ; ckg:object actor:b ; ckg:surfaceRelation "struck" ;
                    ckg:modality ckg:negated ; ckg:confidence 0.5e0 ;
                    ckg:evidence <https://w3id.org/conflict-kg/id/doc/d1/sentence/0> ;
                    prov:wasDerivedFrom <https://w3id.org/conflict-kg/id/doc/d1> ;
                    ckg:subjectText "A" ; ckg:objectText "B" ;
                    %s .
                """;
        Model data = Samples.turtle("""
                <https://w3id.org/conflict-kg/id/doc/d1> a ckg:Document ; dcterms:identifier "d1.txt" ;
                    ckg:contentHash "0000000000000000000000000000000000000000000000000000000000000000" .
                <https://w3id.org/conflict-kg/id/doc/d1/sentence/0> a ckg:Sentence ; ckg:text "A struck B." ;
                    ckg:sentenceIndex 0 ; ckg:startOffset 0 ; ckg:endOffset 11 ;
                    dcterms:isPartOf <https://w3id.org/conflict-kg/id/doc/d1> .
                actor:a a ckg:State ; skos:prefLabel "A" .
                actor:b a ckg:State ; skos:prefLabel "B" .
                """
                + assertion.formatted("0", "ckg:cameoCode \"195\" ; ckg:cameoFamily ckg:fights")
                + assertion.formatted("1", "ckg:cameoCode \"195\" ; ckg:cameoFamily ckg:assaults")
                + assertion.formatted("2", "ckg:cameoCode \"19\"")
                + assertion.formatted("3", "ckg:cameoFamily ckg:fights")
                + assertion.formatted("4", "ckg:cameoCode \"21\" ; ckg:cameoFamily ckg:fights")
                + assertion.formatted("5", "ckg:cameoCode \"19\" ; ckg:cameoFamily ckg:attacks"));
        ValidationResult result = VALIDATOR.validate(data.getGraph());
        String report = result.report();
        assertFalse(result.conforms(), report);
        for (String s : List.of(
                "id:doc/d1/assertion/1: The ckg:cameoFamily of an assertion is the family property of the root",
                "id:doc/d1/assertion/2: An assertion has a ckg:cameoCode exactly when it has a ckg:cameoFamily",
                "id:doc/d1/assertion/3: An assertion has a ckg:cameoCode exactly when it has a ckg:cameoFamily",
                "id:doc/d1/assertion/4 ckg:cameoCode: An assertion has at most one ckg:cameoCode",
                "id:doc/d1/assertion/5 ckg:cameoFamily: An assertion has at most one ckg:cameoFamily",
                "id:doc/d1/assertion/5: The ckg:cameoFamily of an assertion is the family property of the root")) {
            assertTrue(report.contains(s), "report lacks \"" + s + "\":\n" + report);
        }
        assertFalse(report.contains("id:doc/d1/assertion/0 "), "assertion 0 is correct:\n" + report);
        assertEquals(6, result.violations(), report);
    }

    @Test
    void anActorWithTwoDisjointTypesIsReported() {
        Model data = Samples.turtle("""
                actor:x a ckg:Person , ckg:Organization ; skos:prefLabel "X" .
                actor:y a ckg:ArmedGroup , ckg:GovernmentBody ; skos:prefLabel "Y" .
                actor:z a ckg:ArmedGroup , ckg:Organization ; skos:prefLabel "Z" .
                actor:w a ckg:Person , ckg:Place ; skos:prefLabel "W" .
                """);
        ValidationResult result = VALIDATOR.validate(data.getGraph());
        String report = result.report();
        assertFalse(result.conforms(), report);
        assertTrue(report.contains("id:actor/x: An actor has no two disjoint types"), report);
        assertTrue(report.contains("id:actor/y: An actor has no two disjoint types"), report);
        assertFalse(report.contains("id:actor/z"), "an armed group is an organization:\n" + report);
        assertFalse(report.contains("id:actor/w"), "places and actors are not disjoint:\n" + report);
        assertEquals(2, result.violations(), report);
    }

    /** The shape flags exactly the pairs of actor and place classes that HermiT finds disjoint in the ontology. */
    @Test
    void theDisjointTypesOfTheShapeAreTheOntologys() throws Exception {
        OWLOntologyManager m = Owl.manager();
        OWLReasoner r = Owl.hermit(Owl.loadOntologyFile(m));
        try {
            OWLDataFactory df = m.getOWLDataFactory();
            List<String> wrong = new java.util.ArrayList<>();
            ActorType[] types = ActorType.values();
            for (int i = 0; i < types.length; i++) {
                for (int j = i + 1; j < types.length; j++) {
                    String a = types[i].className();
                    String b = types[j].className();
                    OWLClass ca = df.getOWLClass(IRI.create(Vocab.NS + a));
                    OWLClass cb = df.getOWLClass(IRI.create(Vocab.NS + b));
                    boolean disjoint = r.isEntailed(df.getOWLDisjointClassesAxiom(ca, cb));
                    ValidationResult result = VALIDATOR.validate(Samples.turtle(
                            "actor:x a ckg:%s , ckg:%s ; skos:prefLabel \"X\" .".formatted(a, b)).getGraph());
                    boolean flagged = result.report().contains("no two disjoint types");
                    if (disjoint != flagged) {
                        wrong.add(a + "/" + b + (disjoint ? " disjoint but not flagged" : " flagged but not disjoint"));
                    }
                }
            }
            assertEquals(List.of(), wrong, "ckgsh:ActorShape against the disjointness axioms of conflict.ttl");
        } finally {
            r.dispose();
        }
    }
}
