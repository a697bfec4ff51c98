package org.conflictkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.conflictkg.ConflictGraph;
import org.conflictkg.actors.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ActorNames} keeps the store's labels between lookups: on a real TDB2 store on disk, a name that a later
 * write adds (an ingest, a SPARQL Update) resolves once the write is committed, and one that a write removes no
 * longer does, although the labels were read before the write.
 */
class ActorNamesTest {
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String NEW = "https://w3id.org/conflict-kg/id/actor/test-zorblax-front";

    @TempDir
    Path dir;

    private static ActorNames names(ConflictGraph graph) {
        return new ActorNames(graph.dataset(), Gazetteer.bundled());
    }

    private static String iri(ConflictGraph graph, String name) {
        return names(graph).resolve("actor", name).getURI();
    }

    private static void update(ConflictGraph graph, String sparql) {
        Txn.executeWrite(graph.dataset(), () -> UpdateExecution.dataset(graph.dataset()).update(sparql).execute());
    }

    @Test
    void aNameALaterIngestAddsResolves() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Russia backs Syrian President Bashar al-Assad.\n");
        try (ConflictGraph graph = ConflictGraph.open(dir.resolve("store"))) {
            graph.ingest(List.of(docs));
            String assad = iri(graph, "Bashar al-Assad"); // the labels are read, and kept
            assertThrows(UnknownActorException.class, () -> iri(graph, "Abu Zorblax"));

            Files.writeString(docs.resolve("b.txt"), "Abu Zorblax met Bashar al-Assad in Damascus.\n");
            graph.ingest(List.of(docs));
            String label = Txn.calculateRead(graph.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(graph.dataset()).query(
                        "SELECT ?a { ?a <" + SKOS + "prefLabel> \"Abu Zorblax\" } LIMIT 1").build()) {
                    var rs = qe.execSelect();
                    return rs.hasNext() ? rs.next().getResource("a").getURI() : null;
                }
            });
            org.junit.jupiter.api.Assertions.assertNotNull(label, "the ingest minted an actor labelled Abu Zorblax");
            assertEquals(label, iri(graph, "Abu Zorblax"));
            assertEquals(label, iri(graph, "abu zorblax"), "the same normalization as before the write");
            assertEquals(assad, iri(graph, "Bashar al-Assad"));
        }
    }

    @Test
    void aLabelAnUpdateAddsResolvesAndOneItRemovesNoLonger() {
        try (ConflictGraph graph = ConflictGraph.open(dir.resolve("store"))) {
            assertThrows(UnknownActorException.class, () -> iri(graph, "Zorblax Liberation Front"));
            update(graph, "INSERT DATA { GRAPH <urn:test:curated> { <" + NEW + "> <" + SKOS
                    + "prefLabel> \"Zorblax Liberation Front\" ; <" + SKOS + "altLabel> \"ZLF\" } }");
            assertEquals(NEW, iri(graph, "Zorblax Liberation Front"));
            assertEquals(NEW, iri(graph, "the zorblax liberation front"));
            assertEquals(NEW, iri(graph, "Z.L.F."));

            update(graph, "DELETE DATA { GRAPH <urn:test:curated> { <" + NEW + "> <" + SKOS + "altLabel> \"ZLF\" } }");
            assertEquals(NEW, iri(graph, "Zorblax Liberation Front"));
            assertThrows(UnknownActorException.class, () -> iri(graph, "ZLF"));
            update(graph, "DROP GRAPH <urn:test:curated>");
            assertThrows(UnknownActorException.class, () -> iri(graph, "Zorblax Liberation Front"));
        }
    }
}
