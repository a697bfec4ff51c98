package org.conflictkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** What {@link Store#write} keeps when documents describe one actor differently. */
class StoreTest {
    private static final Node ACTOR = NodeFactory.createURI(Vocab.ACTOR_NS + "khalid-aydd-al-jabouri");
    private static final Node ACTORS = NodeFactory.createURI(Vocab.ACTORS_GRAPH);

    /** A document graph that labels the actor as written, and the directory entry its writer adds. */
    private static Store.DocumentGraph document(String id, String label) {
        Node g = NodeFactory.createURI(GraphWriter.graphIri(id));
        Node l = NodeFactory.createLiteralString(label);
        return new Store.DocumentGraph(id, id + ".txt", null, List.of(new Quad(g, ACTOR, Vocab.prefLabel.asNode(), l),
                new Quad(ACTORS, ACTOR, Vocab.prefLabel.asNode(), l)));
    }

    /** Every label quad of the actor, as "graph-kind property label", sorted. */
    private static Set<String> labels(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            List<Quad> quads = new ArrayList<>();
            store.dataset().asDatasetGraph().find(Node.ANY, ACTOR, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            for (Quad q : quads) {
                String graph = q.getGraph().equals(ACTORS) ? "actors" : q.getGraph().getURI().substring(
                        q.getGraph().getURI().length() - 1);
                out.add(graph + " " + q.getPredicate().getLocalName() + " " + q.getObject().getLiteralLexicalForm());
            }
            return out;
        });
    }

    @Test
    void oneActorHasOneLabelWhateverTheOrderOfItsDocuments() {
        Set<String> expected = Set.of("a prefLabel Khalid 'Aydd al-Jabouri", "b prefLabel Khalid 'Aydd al-Jabouri",
                "b altLabel Khalid Aydd al-Jabouri", "actors prefLabel Khalid 'Aydd al-Jabouri",
                "actors altLabel Khalid Aydd al-Jabouri");
        try (Store one = Store.inMemory(); Store other = Store.inMemory()) {
            one.write(List.of(document("a", "Khalid 'Aydd al-Jabouri")));
            one.write(List.of(document("b", "Khalid Aydd al-Jabouri")));
            other.write(List.of(document("b", "Khalid Aydd al-Jabouri"), document("a", "Khalid 'Aydd al-Jabouri")));
            assertEquals(new TreeSet<>(expected), labels(one));
            assertEquals(labels(one), labels(other));
            // quads loaded in bulk, as kg load reads the Spark job's output, get the same rule afterwards
            try (Store bulk = Store.inMemory()) {
                Txn.executeWrite(bulk.dataset(), () -> {
                    for (Store.DocumentGraph d : List.of(document("b", "Khalid Aydd al-Jabouri"),
                            document("a", "Khalid 'Aydd al-Jabouri"))) {
                        d.quads().forEach(bulk.dataset().asDatasetGraph()::add);
                    }
                    Store.oneLabelEach(bulk.dataset().asDatasetGraph());
                });
                assertEquals(labels(one), labels(bulk));
            }
        }
    }
}
