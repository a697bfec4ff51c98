package org.conflictkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates conflict-kg data against the SHACL shapes of {@code ontology/shapes.ttl}, which the build copies onto the
 * classpath as {@value #SHAPES_RESOURCE}. Validation runs on the raw data, without OWL inference.
 *
 * <p>Instances are immutable and thread-safe; the parsed shapes are reused across calls. Nothing is printed: the
 * outcome is returned as a {@link ValidationResult}, and a one-line summary is logged at debug level.
 */
public final class ShapesValidator {
    /** Classpath location of the SHACL shapes. */
    public static final String SHAPES_RESOURCE = "/org/conflictkg/ontology/shapes.ttl";
    /** Classpath location of the OWL ontology. */
    public static final String ONTOLOGY_RESOURCE = "/org/conflictkg/ontology/conflict.ttl";

    private static final Logger LOG = LoggerFactory.getLogger(ShapesValidator.class);
    private static final int MAX_REPORTED = 200;

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ckg", Vocab.NS)
            .setNsPrefix("id", Vocab.ID)
            .setNsPrefix("wd", Vocab.WIKIDATA_NS)
            .setNsPrefix("prov", Vocab.PROV)
            .setNsPrefix("dcterms", Vocab.DCTERMS)
            .setNsPrefix("skos", Vocab.SKOS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .lock();

    /**
     * The outcome of a validation: whether the data conforms, how many results the report holds, and a readable
     * report with one line per result.
     *
     * @param conforms   true when the report holds no result at all
     * @param violations the number of validation results (violations, warnings and infos)
     * @param report     a human-readable report, ending with a line break
     */
    public record ValidationResult(boolean conforms, int violations, String report) {
        public ValidationResult {
            Objects.requireNonNull(report, "report");
        }
    }

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** A validator for the project's shapes, read from the classpath ({@value #SHAPES_RESOURCE}). */
    public static ShapesValidator fromClasspath() {
        try (InputStream in = ShapesValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("SHACL shapes not on the classpath: " + SHAPES_RESOURCE);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return of(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A validator for the shapes in the given shapes graph. */
    public static ShapesValidator of(Graph shapesGraph) {
        return new ShapesValidator(Shapes.parse(shapesGraph));
    }

    /** Validates one graph, for example a document's named graph or the union of all of them. */
    public ValidationResult validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        ValidationResult result = toResult(report);
        LOG.debug("SHACL validation of {} triples: conforms={}, results={}", data.size(), result.conforms(),
                result.violations());
        return result;
    }

    /**
     * Validates the union of the dataset's named graphs, together with its default graph when that is not empty.
     * Runs in a read transaction unless the caller is already in one.
     */
    public ValidationResult validate(DatasetGraph dataset) {
        if (dataset.supportsTransactions() && !dataset.isInTransaction()) {
            return Txn.calculateRead(dataset, () -> validateInTxn(dataset));
        }
        return validateInTxn(dataset);
    }

    /** Validates a dataset; see {@link #validate(DatasetGraph)}. */
    public ValidationResult validate(Dataset dataset) {
        return validate(dataset.asDatasetGraph());
    }

    private ValidationResult validateInTxn(DatasetGraph dataset) {
        Graph data = dataset.getUnionGraph();
        Graph dflt = dataset.getDefaultGraph();
        if (!dflt.isEmpty()) {
            data = new Union(dflt, data);
        }
        return validate(data);
    }

    private static ValidationResult toResult(ValidationReport report) {
        List<ReportEntry> entries = new ArrayList<>(report.getEntries());
        if (report.conforms() && entries.isEmpty()) {
            return new ValidationResult(true, 0, "SHACL validation: the data conforms to the shapes.\n");
        }
        // one line per distinct (focus node, path, message, value): a value that breaks several constraints of one
        // property shape (datatype and range, say) is reported once
        TreeSet<String> distinct = new TreeSet<>();
        Map<String, Integer> bySeverity = new TreeMap<>();
        for (ReportEntry e : entries) {
            bySeverity.merge(severityOf(e).toLowerCase(Locale.ROOT), 1, Integer::sum);
            distinct.add(line(e));
        }
        List<String> lines = new ArrayList<>(distinct);
        StringBuilder sb = new StringBuilder();
        sb.append("SHACL validation: the data does not conform to the shapes: ").append(entries.size())
                .append(entries.size() == 1 ? " result" : " results");
        List<String> counts = new ArrayList<>();
        bySeverity.forEach((sev, n) -> counts.add(n + " " + (n == 1 ? sev : sev + "s")));
        if (!counts.isEmpty()) {
            sb.append(" (").append(String.join(", ", counts)).append(')');
        }
        sb.append(".\n");
        int shown = Math.min(lines.size(), MAX_REPORTED);
        for (int i = 0; i < shown; i++) {
            sb.append(lines.get(i)).append('\n');
        }
        if (lines.size() > shown) {
            sb.append("... and ").append(lines.size() - shown).append(" more.\n");
        }
        return new ValidationResult(report.conforms(), entries.size(), sb.toString());
    }

    /** "Violation", "Warning" or "Info" (the local name of the sh:resultSeverity). */
    private static String severityOf(ReportEntry e) {
        Severity s = e.severity() == null ? Severity.Violation : e.severity();
        Node level = s.level();
        return level != null && level.isURI() ? level.getLocalName() : "Violation";
    }

    private static String line(ReportEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append("- [").append(severityOf(e)).append("] ").append(node(e.focusNode()));
        Path path = e.resultPath();
        if (path != null) {
            sb.append(' ').append(PathWriter.asString(path, new Prologue(PREFIXES)));
        }
        sb.append(": ").append(e.message() == null ? "(no message)" : e.message());
        if (e.value() != null) {
            sb.append(" [value: ").append(node(e.value())).append(']');
        }
        return sb.toString();
    }

    private static String node(Node n) {
        if (n == null) {
            return "(none)";
        }
        if (n.isURI()) {
            // prefix:rest even where rest is not a valid Turtle local name (id:doc/HASH/sentence/3): for reading
            String uri = n.getURI();
            String shortForm = PREFIXES.shortForm(uri);
            return shortForm.equals(uri) ? "<" + uri + ">" : shortForm;
        }
        return FmtUtils.stringForNode(n, PREFIXES);
    }
}
