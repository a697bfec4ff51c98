package org.conflictkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * Generates a Mermaid {@code classDiagram} of the ontology ({@code ontology/conflict.ttl}), and keeps the diagram in
 * {@code ontology/README.md} up to date.
 *
 * <p>Drawn: every declared class; rdfs:subClassOf between named classes; each object property of the ontology's
 * namespace as an arrow from each class of its domain to each class of its range (unions are expanded; an inverse
 * property is left out when its inverse is drawn; its super-properties are named in the label, "(under fights)");
 * existential restrictions ({@code owl:someValuesFrom}) as arrows; data properties of the ontology's namespace as
 * attributes of their domain; named individuals as the values of an enumeration. The output is sorted, so it only
 * changes when the ontology does.
 *
 * <p>Regenerate the README's diagram with {@code mvn -B -q test -pl core -Dtest=OntologyReadmeTest -Dckg.updateReadme=true}
 * (the library prints nothing: it has no {@code main} that would write to standard output).
 *
 * <p>Stateless; thread-safe.
 */
public final class OntologyDiagram {
    /** Marker line before the generated block in the README. */
    public static final String BEGIN = "<!-- BEGIN GENERATED DIAGRAM (OntologyDiagram; do not edit by hand) -->";
    /** Marker line after the generated block in the README. */
    public static final String END = "<!-- END GENERATED DIAGRAM -->";

    private static final Map<String, String> PREFIXES = Map.of(
            Vocab.PROV, "prov",
            Vocab.DCTERMS, "dcterms",
            Vocab.SKOS, "skos",
            "http://www.w3.org/2006/time#", "time");

    private OntologyDiagram() {}

    /** The ontology, read from the classpath ({@link ShapesValidator#ONTOLOGY_RESOURCE}). */
    public static Model ontologyFromClasspath() {
        try (InputStream in = OntologyDiagram.class.getResourceAsStream(ShapesValidator.ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ontology not on the classpath: " + ShapesValidator.ONTOLOGY_RESOURCE);
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Mermaid class diagram of the ontology, without code fences, ending with a line break. */
    public static String mermaid(Model ont) {
        Set<String> classes = new TreeSet<>();
        Set<String> edges = new TreeSet<>();
        Map<String, Set<String>> attributes = new TreeMap<>();
        Map<String, Set<String>> enumerations = new TreeMap<>();

        for (Resource c : ont.listSubjectsWithProperty(RDF.type, OWL2.Class).toList()) {
            if (c.isURIResource()) {
                classes.add(name(c));
            }
        }
        // subclass edges and existential restrictions
        for (Statement st : ont.listStatements(null, RDFS.subClassOf, (RDFNode) null).toList()) {
            Resource sub = st.getSubject();
            if (!sub.isURIResource() || !st.getObject().isResource()) {
                continue;
            }
            Resource sup = st.getResource();
            if (sup.isURIResource()) {
                edges.add(name(sup) + " <|-- " + name(sub));
            } else if (sup.hasProperty(OWL2.someValuesFrom) && sup.hasProperty(OWL2.onProperty)) {
                Resource p = sup.getPropertyResourceValue(OWL2.onProperty);
                for (Resource filler : namedClasses(sup.getPropertyResourceValue(OWL2.someValuesFrom))) {
                    edges.add(name(sub) + " --> " + name(filler) + " : " + label(p));
                }
            }
        }
        // object properties of the ontology's namespace
        Set<Resource> objectProperties = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        ont.listSubjectsWithProperty(RDF.type, OWL2.ObjectProperty).forEach(objectProperties::add);
        for (Resource p : objectProperties) {
            if (!p.getURI().startsWith(Vocab.NS) || isDrawnInverse(ont, p)) {
                continue;
            }
            String lbl = label(p) + (p.hasProperty(RDF.type, OWL2.SymmetricProperty) ? " (symmetric)" : "")
                    + (p.hasProperty(RDF.type, OWL2.TransitiveProperty) ? " (transitive)" : "") + superProperties(p);
            for (Resource d : namedClasses(p.getPropertyResourceValue(RDFS.domain))) {
                for (Resource r : namedClasses(p.getPropertyResourceValue(RDFS.range))) {
                    edges.add(name(d) + " --> " + name(r) + " : " + lbl);
                }
            }
        }
        // data properties as attributes
        for (Resource p : ont.listSubjectsWithProperty(RDF.type, OWL2.DatatypeProperty).toList()) {
            if (!p.getURI().startsWith(Vocab.NS)) {
                continue;
            }
            String type = datatype(p.getPropertyResourceValue(RDFS.range));
            for (Resource d : namedClasses(p.getPropertyResourceValue(RDFS.domain))) {
                attributes.computeIfAbsent(name(d), k -> new TreeSet<>()).add("+" + type + " " + label(p));
            }
        }
        // named individuals of a class
        for (Resource i : ont.listSubjectsWithProperty(RDF.type, OWL2.NamedIndividual).toList()) {
            for (Statement st : i.listProperties(RDF.type).toList()) {
                Resource t = st.getResource();
                if (t.isURIResource() && classes.contains(name(t))) {
                    enumerations.computeIfAbsent(name(t), k -> new TreeSet<>()).add(label(i));
                }
            }
        }

        StringBuilder sb = new StringBuilder("classDiagram\n");
        for (String c : classes) {
            Set<String> attrs = attributes.getOrDefault(c, Set.of());
            Set<String> values = enumerations.getOrDefault(c, Set.of());
            if (attrs.isEmpty() && values.isEmpty()) {
                sb.append("    class ").append(c).append('\n');
                continue;
            }
            sb.append("    class ").append(c).append(" {\n");
            if (!values.isEmpty()) {
                sb.append("        <<enumeration>>\n");
                values.forEach(v -> sb.append("        ").append(v).append('\n'));
            }
            attrs.forEach(a -> sb.append("        ").append(a).append('\n'));
            sb.append("    }\n");
        }
        edges.forEach(e -> sb.append("    ").append(e).append('\n'));
        return sb.toString();
    }

    /** The README block: begin marker, fenced Mermaid diagram, end marker; ending with a line break. */
    public static String readmeBlock(Model ont) {
        return BEGIN + "\n```mermaid\n" + mermaid(ont) + "```\n" + END + "\n";
    }

    /** The block currently between the markers of a README (markers included), or null if there are none. */
    public static String currentBlock(String readme) {
        int b = readme.indexOf(BEGIN);
        int e = readme.indexOf(END, Math.max(b, 0));
        if (b < 0 || e < 0) {
            return null;
        }
        int end = e + END.length();
        if (end < readme.length() && readme.charAt(end) == '\n') {
            end++;
        }
        return readme.substring(b, end);
    }

    /** The README with the block between the markers replaced by {@code block}. */
    public static String replaceBlock(String readme, String block) {
        String current = currentBlock(readme);
        if (current == null) {
            throw new IllegalArgumentException("README has no " + BEGIN + " ... " + END + " markers");
        }
        int b = readme.indexOf(current);
        return readme.substring(0, b) + block + readme.substring(b + current.length());
    }

    /** Rewrites the README's diagram from the ontology file; returns whether the README changed. */
    public static boolean updateReadme(Path ontFile, Path readmeFile) throws IOException {
        Model ont = RDFDataMgr.loadModel(ontFile.toString(), Lang.TURTLE);
        String readme = Files.readString(readmeFile, StandardCharsets.UTF_8);
        String updated = replaceBlock(readme, readmeBlock(ont));
        if (updated.equals(readme)) {
            return false;
        }
        Files.writeString(readmeFile, updated, StandardCharsets.UTF_8);
        return true;
    }

    /** The named super-properties of p ({@code rdfs:subPropertyOf}) as " (under a, b)", or "" when it has none. */
    private static String superProperties(Resource p) {
        Set<String> sup = new TreeSet<>();
        for (Statement st : p.listProperties(RDFS.subPropertyOf).toList()) {
            if (st.getObject().isURIResource()) {
                sup.add(label(st.getResource()));
            }
        }
        return sup.isEmpty() ? "" : " (under " + String.join(", ", sup) + ")";
    }

    /** True when p is declared the inverse of another property of the namespace that is drawn instead. */
    private static boolean isDrawnInverse(Model ont, Resource p) {
        for (Resource other : ont.listSubjectsWithProperty(OWL2.inverseOf, p).toList()) {
            if (other.isURIResource() && other.getURI().startsWith(Vocab.NS)) {
                return true;
            }
        }
        return false;
    }

    /** The named classes of a class expression: itself if named, the named members if a union, else none. */
    private static List<Resource> namedClasses(Resource expr) {
        List<Resource> out = new ArrayList<>();
        if (expr == null) {
            return out;
        }
        if (expr.isURIResource()) {
            out.add(expr);
        } else if (expr.hasProperty(OWL2.unionOf)) {
            RDFList list = expr.getPropertyResourceValue(OWL2.unionOf).as(RDFList.class);
            for (RDFNode n : list.asJavaList()) {
                if (n.isResource()) {
                    out.addAll(namedClasses(n.asResource()));
                }
            }
        }
        out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return out;
    }

    /** Short name of a datatype or datatype restriction, e.g. {@code string}, {@code double[0.0..1.0]}. */
    private static String datatype(Resource range) {
        if (range == null) {
            return "literal";
        }
        if (range.isURIResource()) {
            return range.getLocalName();
        }
        Resource base = range.getPropertyResourceValue(OWL2.onDatatype);
        if (base == null) {
            return "literal";
        }
        String min = "";
        String max = "";
        Resource restrictions = range.getPropertyResourceValue(OWL2.withRestrictions);
        if (restrictions != null) {
            for (RDFNode n : restrictions.as(RDFList.class).asJavaList()) {
                Resource facet = n.asResource();
                Statement lo = facet.getProperty(XSD.minInclusive);
                Statement hi = facet.getProperty(XSD.maxInclusive);
                if (lo != null && lo.getObject().isLiteral()) {
                    min = lexical(lo.getLiteral());
                }
                if (hi != null && hi.getObject().isLiteral()) {
                    max = lexical(hi.getLiteral());
                }
            }
        }
        return base.getLocalName() + "[" + min + ".." + max + "]";
    }

    private static String lexical(Literal l) {
        return l.getLexicalForm();
    }

    /** Mermaid-safe class name: local name in the ontology's namespace, {@code prefix_local} otherwise. */
    private static String name(Resource r) {
        String uri = r.getURI();
        if (uri.startsWith(Vocab.NS)) {
            return uri.substring(Vocab.NS.length());
        }
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            if (uri.startsWith(e.getKey())) {
                return e.getValue() + "_" + uri.substring(e.getKey().length());
            }
        }
        return r.getLocalName();
    }

    /** Edge label: local name in the ontology's namespace, {@code local (prefix)} otherwise. */
    private static String label(Resource r) {
        String uri = r.getURI();
        if (uri.startsWith(Vocab.NS)) {
            return uri.substring(Vocab.NS.length());
        }
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            if (uri.startsWith(e.getKey())) {
                return uri.substring(e.getKey().length()) + " (" + e.getValue() + ")";
            }
        }
        return r.getLocalName();
    }
}
