package org.conflictkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.conflictkg.ConflictGraph;
import org.conflictkg.graph.ShapesValidator.ValidationResult;
import org.conflictkg.graph.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Invented names that the gazetteer does not know, in two documents (written for this test) whose contexts type them
 * differently, ingested into one store: each actor IRI has one type in every graph, the store conforms to the shapes
 * and is consistent with the ontology under HermiT, and the actors are found by their labels.
 */
class MintedActorTypesTest {
    /** A speaker: the name finder takes "Varosh Kalenti" for a person. */
    private static final String SPEAKER = """
            Varosh Kalenti said on Monday that Russia had betrayed the rebels, and he criticized Moscow.
            Sham Orvel Legion criticized Russia on Tuesday.
            """;
    /** A group that fights: the name finder takes "Varosh Kalenti" for an organization. */
    private static final String FIGHTERS = """
            Fighters of the Varosh Kalenti group attacked Syrian government forces on Tuesday.
            Sham Orvel Legion fighters attacked Syrian troops near the border.
            """;
    private static final String ACTOR_TYPES = "SELECT ?g ?x ?t WHERE { GRAPH ?g { ?x a ?t } FILTER(STRSTARTS(STR(?x), \""
            + Vocab.ACTOR_NS + "\")) }";

    @TempDir
    static Path dir;
    private static ConflictGraph graph;

    @BeforeAll
    static void ingest() throws IOException {
        Files.writeString(dir.resolve("speaker.txt"), SPEAKER);
        Files.writeString(dir.resolve("fighters.txt"), FIGHTERS);
        graph = ConflictGraph.inMemory();
        graph.ingest(List.of(dir));
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    /** Actor IRI → its types, over the union of all graphs or in one graph. */
    private static Map<String, Set<String>> types(String graphIri) {
        Map<String, Set<String>> out = new TreeMap<>();
        Dataset ds = graph.dataset();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(ACTOR_TYPES).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    if (graphIri == null || s.getResource("g").getURI().equals(graphIri)) {
                        out.computeIfAbsent(s.getResource("x").getURI(), k -> new TreeSet<>())
                                .add(s.getResource("t").getLocalName());
                    }
                });
            }
        });
        return out;
    }

    private static List<String> graphs() {
        List<String> out = new ArrayList<>();
        Dataset ds = graph.dataset();
        Txn.executeRead(ds, () -> ds.listModelNames().forEachRemaining(r -> out.add(r.getURI())));
        return out;
    }

    @Test
    void eachActorIriHasOneTypeAcrossTheStore() {
        Map<String, Set<String>> types = types(null);
        types.forEach((iri, t) -> assertEquals(1, t.size(), () -> iri + " has the types " + t));
        // both contexts were read: the person and the group are two actors
        assertEquals(Set.of("Person"), types.get(Vocab.ACTOR_NS + "varosh-kalenti"), types::toString);
        assertEquals(Set.of("Organization"), types.get(Vocab.ACTOR_NS + "organization/varosh-kalenti"), types::toString);
        // a name whose head word says what it is has one id and type whatever the context
        assertEquals(Set.of("Organization"), types.get(Vocab.ACTOR_NS + "sham-orvel-legion"), types::toString);
        assertTrue(types.keySet().stream().noneMatch(iri -> iri.endsWith("/sham-orvel-legion")
                && !iri.equals(Vocab.ACTOR_NS + "sham-orvel-legion")), types::toString);
    }

    @Test
    void documentGraphsAndTheActorsGraphAgreeOnTypes() {
        Map<String, Set<String>> directory = types(Vocab.ACTORS_GRAPH);
        List<String> documents = graphs().stream().filter(g -> !g.equals(Vocab.ACTORS_GRAPH)).toList();
        assertEquals(2, documents.size(), documents::toString);
        for (String g : documents) {
            Map<String, Set<String>> inDocument = types(g);
            assertTrue(!inDocument.isEmpty(), g);
            inDocument.forEach((iri, t) -> assertEquals(directory.get(iri), t, iri + " in " + g));
        }
    }

    @Test
    void theStoreConformsToTheShapesAndIsConsistent() throws Exception {
        ValidationResult shacl = graph.validate();
        assertTrue(shacl.conforms(), shacl.report());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        graph.export(out, ConflictGraph.ExportFormat.TTL);
        Model data = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE).parse(data);
        OWLOntology ont = Owl.loadWithData(Owl.manager(), data);
        OWLReasoner r = Owl.hermit(ont);
        try {
            assertTrue(r.isConsistent(), "the store is inconsistent with the ontology");
        } finally {
            r.dispose();
        }
    }

    @Test
    void mintedActorsAreFoundByTheirLabels() {
        String query = "SELECT DISTINCT ?type WHERE { ?actor a ?type }";
        for (String name : List.of("Varosh Kalenti", "Sham Orvel Legion")) {
            List<Map<String, RDFNode>> rows = graph.select(query, Map.of("actor", name)).rows();
            assertEquals(1, rows.size(), () -> name + ": " + rows);
        }
        RDFNode legion = graph.select(query, Map.of("actor", "Sham Orvel Legion")).rows().get(0).get("type");
        assertEquals(Vocab.NS + "Organization", legion.asResource().getURI());
    }
}
