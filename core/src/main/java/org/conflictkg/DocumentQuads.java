package org.conflictkg;

import java.util.List;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads that ingest stores for one document, computed without a store ({@link ConflictGraph#quads}): those of
 * its named graph and those it adds to the shared actors graph. Immutable and thread-safe.
 *
 * @param documentId the document's id (the SHA-256 of its text), which names its graph
 * @param source     its provenance ({@code dcterms:source})
 * @param quads      the quads, in the order ingest writes them
 * @param sentences  the sentences read
 * @param assertions the assertions extracted
 */
public record DocumentQuads(String documentId, String source, List<Quad> quads, int sentences, int assertions) {
    public DocumentQuads {
        quads = List.copyOf(quads);
    }
}
