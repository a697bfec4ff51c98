package org.conflictkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conflictkg.query.Answers;
import org.conflictkg.server.SparqlServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example, as it is written there: if this stops compiling, the README is wrong. */
class EmbeddingTest {
    @TempDir
    Path tmp;

    @Test
    void readmeExampleWorks() throws Exception {
        List<String> printed = new ArrayList<>();
        try (ConflictGraph graph = ConflictGraph.create().store(tmp.resolve("kg-store")).build()) {
            graph.ingest(List.of(Path.of("examples")));
            Answers backers = graph.select(Files.readString(Path.of("queries/backers.rq")), Map.of("target", "Assad"));
            backers.rows().forEach(row -> printed.add(String.valueOf(row.get("label"))));
            graph.extract("note.txt", "Moscow backs Assad.").assertions()
                    .forEach(a -> printed.add(a.subject().actor().label() + " " + a.relation() + " " + a.object().actor().label()));
            try (SparqlServer server = SparqlServer.create(graph).port(0).start()) {
                assertTrue(server.port() > 0);
            }
        }
        assertTrue(printed.contains("Russia"), printed.toString());
        assertTrue(printed.contains("Russia backs Bashar al-Assad"), printed.toString());
    }
}
