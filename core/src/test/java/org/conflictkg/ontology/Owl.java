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
    static final Path CATALOG_FILE = Path.of("ontology", "catalog-v001.xml");
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

    /**
     * The ontology and the given instance data, merged into one OWL ontology (serialized as RDF/XML in between). The
     * data's own {@code owl:Ontology} header (an export's, with its {@code owl:imports}) is left out: the merged
     * document is the conflict ontology with the data's triples in it.
     */
    static OWLOntology loadWithData(OWLOntologyManager m, Model data) throws OWLOntologyCreationException {
        Model merged = ModelFactory.createDefaultModel().add(ontologyModel()).add(withoutExportHeader(data));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, merged, RDFFormat.RDFXML_PLAIN);
        String rdfxml = out.toString(StandardCharsets.UTF_8);
        return m.loadOntologyFromOntologyDocument(
                new StringDocumentSource(rdfxml, IRI.create("urn:test:merged"), new RDFXMLDocumentFormat(), null),
                offline());
    }

    /** The data without the statements about an {@code owl:Ontology} header other than the conflict ontology's. */
    static Model withoutExportHeader(Model data) {
        Model copy = ModelFactory.createDefaultModel().add(data);
        for (org.apache.jena.rdf.model.Resource header : data.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.vocabulary.OWL2.Ontology).toList()) {
            if (!header.hasURI(ONTOLOGY_IRI.toString())) {
                copy.removeAll(header, null, null);
            }
        }
        return copy;
    }

    static OWLOntologyManager manager() {
        return OWLManager.createOWLOntologyManager();
    }

    /**
     * A manager that resolves imports only through an XML catalog ({@code catalog-v001.xml}), as Protégé does for
     * the file it opens: every {@code <uri name="IRI" uri="FILE"/>} maps the IRI to FILE, relative to the catalog's
     * folder. No other mapper and no fallback to the web: an import the catalog does not map fails to load.
     */
    static OWLOntologyManager managerWithCatalog(Path catalog) throws Exception {
        OWLOntologyManager m = manager();
        m.getIRIMappers().clear();
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.NodeList uris = f.newDocumentBuilder().parse(catalog.toFile())
                .getElementsByTagNameNS("urn:oasis:names:tc:entity:xmlns:xml:catalog", "uri");
        Path dir = catalog.toAbsolutePath().getParent();
        List<IRI> names = new ArrayList<>();
        for (int i = 0; i < uris.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) uris.item(i);
            IRI name = IRI.create(e.getAttribute("name"));
            IRI file = IRI.create(dir.resolve(e.getAttribute("uri")).normalize().toFile());
            m.getIRIMappers().add(new org.semanticweb.owlapi.util.SimpleIRIMapper(name, file));
            names.add(name);
        }
        // nothing else resolves: an unmapped import is not fetched from the web
        m.getIRIMappers().add(iri -> names.contains(iri) ? null : IRI.create("file:/nonexistent/unmapped-import"));
        return m;
    }

    /** An export file loaded as its own ontology document (as Protégé's File › Open does), imports resolved by m. */
    static OWLOntology loadExport(OWLOntologyManager m, Path file) throws OWLOntologyCreationException {
        return m.loadOntologyFromOntologyDocument(new org.semanticweb.owlapi.io.FileDocumentSource(file.toFile()),
                offline());
    }

    /** What Protégé would find on opening an export: its imports, the OWL 2 DL check and HermiT's verdict. */
    record ExportCheck(IRI ontologyIri, Set<IRI> importsDeclared, Set<IRI> importDocuments, List<String> unparsed,
                       List<String> violations, boolean consistent, Set<OWLClass> unsatisfiable, int individuals) {
        /** The violations, at most {@code n} of them, for a readable failure message. */
        String firstViolations(int n) {
            return violations.size() + " violations, first ones:\n"
                    + violations.stream().limit(n).collect(Collectors.joining("\n"));
        }
    }

    /** Loads an export through the catalog beside it or given, checks the OWL 2 DL profile, runs HermiT. */
    static ExportCheck checkExport(Path export, Path catalog) throws Exception {
        OWLOntologyManager m = managerWithCatalog(catalog);
        OWLOntology ont = loadExport(m, export);
        Set<IRI> declared = ont.getImportsDeclarations().stream()
                .map(org.semanticweb.owlapi.model.OWLImportsDeclaration::getIRI).collect(Collectors.toSet());
        Set<IRI> documents = ont.getImports().stream().map(m::getOntologyDocumentIRI).collect(Collectors.toSet());
        List<String> unparsed = unparsedTriples(ont);
        List<String> violations = dlViolations(ont);
        boolean consistent = false;
        Set<OWLClass> unsatisfiable = Set.of();
        if (violations.isEmpty()) { // HermiT rejects what is not OWL 2 DL
            OWLReasoner r = hermit(ont);
            try {
                consistent = r.isConsistent();
                if (consistent) {
                    unsatisfiable = unsatisfiable(r);
                }
            } finally {
                r.dispose();
            }
        }
        IRI iri = ont.getOntologyID().getOntologyIRI().orNull();
        return new ExportCheck(iri, declared, documents, unparsed, violations, consistent, unsatisfiable,
                ont.getIndividualsInSignature().size());
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
