package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.apache.jena.rdf.model.Model;
import org.conflictkg.graph.OntologyDiagram;
import org.junit.jupiter.api.Test;

/**
 * The diagram in ontology/README.md is the one {@link OntologyDiagram} generates from ontology/conflict.ttl now.
 * Run with {@code -Dckg.updateReadme=true} to rewrite the README's diagram instead of failing.
 */
class OntologyReadmeTest {

    @Test
    void readmeDiagramIsUpToDate() throws Exception {
        if (Boolean.getBoolean("ckg.updateReadme")) {
            OntologyDiagram.updateReadme(Owl.ONTOLOGY_FILE, Owl.README_FILE);
        }
        String readme = Files.readString(Owl.README_FILE, StandardCharsets.UTF_8);
        String current = OntologyDiagram.currentBlock(readme);
        assertNotNull(current, "ontology/README.md lacks the generated-diagram markers");
        String expected = OntologyDiagram.readmeBlock(Owl.ontologyModel());
        assertEquals(expected, current, "ontology/README.md's diagram is stale; regenerate it with "
                + "mvn -B -q test -Dtest=OntologyReadmeTest -Dckg.updateReadme=true");
    }

    @Test
    void diagramShowsTheMainTerms() {
        Model ont = Owl.ontologyModel();
        String mermaid = OntologyDiagram.mermaid(ont);
        assertTrue(mermaid.startsWith("classDiagram\n"), mermaid);
        for (String s : new String[] {
                "Actor <|-- State", "Organization <|-- ArmedGroup", "GovernmentBody <|-- ArmedForces",
                "Actor --> Actor : backs", "Actor --> Place : attacks", "Actor --> Actor : alliedWith (symmetric)",
                "Actor --> Actor : partOf (transitive)", "Assertion --> Sentence : evidence",
                "Assertion --> Document : wasDerivedFrom (prov)", "Sentence --> Document : isPartOf (dcterms)",
                "Event --> time_TemporalEntity : time", "+string text", "+double[0.0..1.0] confidence",
                "<<enumeration>>", "asserted",
                "Actor --> Place : attacks (under fights)", "Actor --> Actor : fights\n",
                "Actor --> Actor : talksWith (symmetric) (under consults)", "class QuadClass",
                "Assertion --> CameoFamily : cameoFamily", "+string cameoCode", "RelationType <|-- CameoFamily"}) {
            assertTrue(mermaid.contains(s), "diagram lacks \"" + s + "\":\n" + mermaid);
        }
        assertTrue(!mermaid.contains(" : ledBy"), "inverse properties are not drawn twice");
        assertEquals(mermaid, OntologyDiagram.mermaid(Owl.ontologyModel()), "output is deterministic");
    }
}
