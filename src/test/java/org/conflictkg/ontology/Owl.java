package org.conflictkg.ontology;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFXMLDocumentFormat;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.io.RDFTriple;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** Test helpers: load the ontology (alone or with instance data) with the OWL API, check the profile, reason. */
final class Owl {
    static final Path ONTOLOGY_FILE = Path.of("ontology", "conflict.ttl");
    static final Path SHAPES_FILE = Path.of("ontology", "shapes.ttl");
    static final Path README_FILE = Path.of("ontology", "README.md");
    static final IRI ONTOLOGY_IRI = IRI.create("https://w3id.org/conflict-kg/ontology");
    static final IRI VERSION_IRI = IRI.create("https://w3id.org/conflict-kg/ontology/0.1.0");

    static {
        // the OWL API and its RDF4J parsers log every parsed triple at debug level; keep test output readable
        for (String name : new String[] {"org.semanticweb", "uk.ac.manchester", "org.eclipse.rdf4j", "org.obolibrary"}) {
            if (org.slf4j.LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger
                    && logger.getLevel() == null) {
                logger.setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }
    }

    private Owl() {}

    static OWLOntologyLoaderConfiguration offline() {
        return new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION)
                .setStrict(false);
    }

    /** The ontology file parsed by the OWL API's own Turtle parser, as Protégé would. */
    static OWLOntology loadOntologyFile(OWLOntologyManager m) throws OWLOntologyCreationException {
        return m.loadOntologyFromOntologyDocument(
                new org.semanticweb.owlapi.io.FileDocumentSource(ONTOLOGY_FILE.toFile()), offline());
    }

    /** The ontology file as a Jena model. */
    static Model ontologyModel() {
        return RDFDataMgr.loadModel(ONTOLOGY_FILE.toString(), Lang.TURTLE);
    }

    /** The ontology and the given instance data, merged into one OWL ontology (serialized as RDF/XML in between). */
    static OWLOntology loadWithData(OWLOntologyManager m, Model data) throws OWLOntologyCreationException {
        Model merged = ModelFactory.createDefaultModel().add(ontologyModel()).add(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, merged, RDFFormat.RDFXML_PLAIN);
        String rdfxml = out.toString(StandardCharsets.UTF_8);
        return m.loadOntologyFromOntologyDocument(
                new StringDocumentSource(rdfxml, IRI.create("urn:test:merged"), new RDFXMLDocumentFormat(), null),
                offline());
    }

    static OWLOntologyManager manager() {
        return OWLManager.createOWLOntologyManager();
    }

    /** Triples the OWL API's RDF parser could not map to OWL (a sign of malformed axioms), as text. */
    static List<String> unparsedTriples(OWLOntology ont) {
        OWLDocumentFormat format = ont.getOWLOntologyManager().getOntologyFormat(ont);
        List<String> out = new ArrayList<>();
        if (format != null) {
            OWLOntologyLoaderMetaData meta = format.getOntologyLoaderMetaData();
            if (meta instanceof RDFParserMetaData rdf) {
                for (RDFTriple t : rdf.getUnparsedTriples()) {
                    out.add(t.toString());
                }
            }
        }
        return out;
    }

    /** OWL 2 DL profile violations, one per line (empty when the ontology is in OWL 2 DL). */
    static List<String> dlViolations(OWLOntology ont) {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ont);
        return report.getViolations().stream().map(OWLProfileViolation::toString).sorted()
                .collect(Collectors.toList());
    }

    static OWLReasoner hermit(OWLOntology ont) {
        return new ReasonerFactory().createReasoner(ont);
    }

    /** Named classes HermiT finds unsatisfiable, excluding owl:Nothing. */
    static Set<OWLClass> unsatisfiable(OWLReasoner reasoner) {
        return reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
    }
}
