package org.conflictkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The XML catalog that lets Protégé (and the OWL API) resolve an export's {@code owl:imports} of the ontology
 * offline: {@code catalog-v001.xml}, in the OASIS XML catalog format Protégé reads from the folder of the file it
 * opens, maps the ontology's IRI and version IRI to a local copy of {@code conflict.ttl}. The project keeps one in
 * {@code ontology/}; {@link #writeBeside(Path)} writes one, with the ontology, next to an export.
 *
 * <p>Stateless; thread-safe.
 */
public final class OntologyCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(OntologyCatalog.class);

    /** The file name Protégé looks for. */
    public static final String FILE_NAME = "catalog-v001.xml";
    /** The file name of the ontology, in {@code ontology/} and next to an export. */
    public static final String ONTOLOGY_FILE_NAME = "conflict.ttl";

    private OntologyCatalog() {}

    /** The catalog's text, mapping the ontology's IRI and version IRI to {@code ontologyFile} (relative URI). */
    public static String xml(String ontologyFile) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!-- Protégé's XML catalog: resolves owl:imports of the conflict-kg ontology to the local file, offline. -->
                <catalog prefer="public" xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                    <uri id="conflict-kg ontology, version IRI" name="%s" uri="%s"/>
                    <uri id="conflict-kg ontology" name="%s" uri="%s"/>
                </catalog>
                """.formatted(Vocab.ONTOLOGY_VERSION, ontologyFile, Vocab.ONTOLOGY, ontologyFile);
    }

    /** The ontology ({@code conflict.ttl}) as the jar carries it. */
    public static byte[] ontology() {
        try (InputStream in = OntologyCatalog.class.getResourceAsStream(ShapesValidator.ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ontology not on the classpath: " + ShapesValidator.ONTOLOGY_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the ontology from the classpath", e);
        }
    }

    /**
     * Writes {@value #FILE_NAME} and {@value #ONTOLOGY_FILE_NAME} into the folder of {@code exportFile}, so that the
     * export opens offline with its import. A file already there with the same content is left as it is; when either
     * file is there with other content (another catalog, an edited ontology), neither is written and a warning says
     * so. Returns the files written.
     */
    public static List<Path> writeBeside(Path exportFile) throws IOException {
        Path dir = exportFile.toAbsolutePath().getParent();
        Path catalog = dir.resolve(FILE_NAME);
        Path ontology = dir.resolve(ONTOLOGY_FILE_NAME);
        byte[] catalogBytes = xml(ONTOLOGY_FILE_NAME).getBytes(StandardCharsets.UTF_8);
        byte[] ontologyBytes = ontology();
        for (Path p : List.of(catalog, ontology)) {
            byte[] want = p == catalog ? catalogBytes : ontologyBytes;
            if (Files.exists(p) && !Arrays.equals(Files.readAllBytes(p), want)) {
                LOG.warn("{} exists with other content; left as it is, and no catalog written: make sure it maps {} "
                        + "to a copy of the ontology, or export to another folder", p, Vocab.ONTOLOGY_VERSION);
                return List.of();
            }
        }
        List<Path> written = new ArrayList<>();
        if (!Files.exists(ontology)) {
            Files.write(ontology, ontologyBytes);
            written.add(ontology);
        }
        if (!Files.exists(catalog)) {
            Files.write(catalog, catalogBytes);
            written.add(catalog);
        }
        return written;
    }
}
