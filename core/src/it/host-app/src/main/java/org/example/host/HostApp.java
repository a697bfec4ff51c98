package org.example.host;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestListener;
import org.conflictkg.query.Answers;
import org.conflictkg.query.ReadyQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An application that embeds conflict-kg-core: the README's "Embedding the library" is this class. */
public final class HostApp {
    private static final Logger LOG = LoggerFactory.getLogger(HostApp.class);

    private HostApp() {}

    /** Ingests a note and a folder of articles, tells {@code progress} about each file, and returns who backs Assad. */
    public static List<String> backersOfAssad(Path articles, IngestListener progress) {
        // BEGIN README
        try (ConflictGraph graph = ConflictGraph.inMemory()) {             // or ConflictGraph.open(Path.of("kg-store"))
            graph.ingest("notes/moscow.txt", "Moscow backs Assad.");      // a text from a String, named as its source
            graph.ingest(List.of(articles), progress);                    // files and folders, with progress
            Answers backers = graph.select(ReadyQuery.BACKERS, Map.of("target", "Assad"));
            for (Answers.Row row : backers.list()) {                      // plain strings; asJena() for Jena's terms
                LOG.info("{} backs Assad ({})", row.get("label"), row.get("actor"));
            }
            return backers.list().stream().map(row -> row.get("label")).toList();
        }
        // END README
    }
}
