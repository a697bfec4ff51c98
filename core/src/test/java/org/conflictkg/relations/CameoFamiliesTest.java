package org.conflictkg.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.conflictkg.graph.Vocab;
import org.junit.jupiter.api.Test;

class CameoFamiliesTest {
    @Test
    void namesAndCodesAgreeWithTheOntology() {
        Model ontology = RDFDataMgr.loadModel("ontology/conflict.ttl");
        assertEquals(20, CameoFamilies.all().size());
        for (Relation family : CameoFamilies.all()) {
            Resource p = ontology.getResource(Vocab.NS + family.localName());
            assertEquals(family.cameoRoot(), p.getProperty(SKOS.notation).getString(), family.localName());
            assertEquals("CAMEO root family " + family.cameoRoot() + ", " + CameoFamilies.name(family) + ".",
                    p.getProperty(RDFS.comment).getString(), family.localName());
        }
    }

    @Test
    void aFamilyIsFoundByCodeByCameoNameOrByProperty() {
        assertEquals(Optional.of(Relation.FIGHTS), CameoFamilies.find("19"));
        assertEquals(Optional.of(Relation.PROVIDES_AID_TO), CameoFamilies.find("7"));
        assertEquals(Optional.of(Relation.PROVIDES_AID_TO), CameoFamilies.find("07"));
        assertEquals(Optional.of(Relation.FIGHTS), CameoFamilies.find("Fight"));
        assertEquals(Optional.of(Relation.ASSAULTS), CameoFamilies.find("assault"));
        assertEquals(Optional.of(Relation.MOBILIZES_AGAINST), CameoFamilies.find("exhibit  force-posture"));
        assertEquals(Optional.of(Relation.MOBILIZES_AGAINST), CameoFamilies.find("mobilizesAgainst"));
        assertEquals(Optional.of(Relation.COMMITS_MASS_VIOLENCE_AGAINST), CameoFamilies.find("commits mass violence against"));
        for (String no : new String[] {"195", "21", "00", "attacks", "backs", "foo", ""}) {
            assertTrue(CameoFamilies.find(no).isEmpty(), no);
        }
    }
}
