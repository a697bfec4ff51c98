package org.conflictkg.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.actors.Actor;
import org.conflictkg.actors.ActorType;
import org.conflictkg.actors.Gazetteer;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.relations.Assertion;
import org.conflictkg.relations.ExtractedDocument;
import org.conflictkg.relations.Relation;
import org.conflictkg.text.Document;

/**
 * Turns one extracted document into the quads of its named graph: the document, its sentences, one
 * {@code ckg:Assertion} record per assertion (with modality, confidence, evidence and, when the assertion has a CAMEO
 * code, the code and the family property of its root), the direct relation triple
 * for asserted facts, and the description of every actor involved — also written to the shared actors graph
 * ({@link Vocab#ACTORS_GRAPH}), which a document's replacement leaves as it is.
 *
 * <p>Thread-safe: it keeps no state between calls, and the gazetteer it reads is immutable.
 */
public final class GraphWriter {
    private final Gazetteer gazetteer;

    public GraphWriter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The IRI of the named graph that holds a document. */
    public static String graphIri(String documentId) {
        return Vocab.GRAPH_NS + documentId;
    }

    public static String documentIri(String documentId) {
        return Vocab.DOC_NS + documentId;
    }

    public static String actorIri(Actor actor) {
        return Vocab.ACTOR_NS + actor.id();
    }

    /** The quads of the document's graph; {@code ingestedAt} is an xsd:dateTime lexical form. */
    public List<Quad> quads(ExtractedDocument extracted, String ingestedAt) {
        Document d = extracted.document();
        Node g = NodeFactory.createURI(graphIri(d.id()));
        Node doc = NodeFactory.createURI(documentIri(d.id()));
        List<Quad> out = new ArrayList<>();
        Emitter e = new Emitter(g, out);
        e.add(doc, RDF.type.asNode(), Vocab.Document.asNode());
        e.add(doc, Vocab.identifier.asNode(), str(d.name()));
        e.add(doc, Vocab.source.asNode(), str(d.source()));
        if (!d.title().isEmpty()) {
            e.add(doc, Vocab.title.asNode(), str(d.title()));
        }
        e.add(doc, Vocab.contentHash.asNode(), str(d.id()));
        if (d.date() != null) {
            e.add(doc, Vocab.publishedOn.asNode(), day(d.date()));
        }
        e.add(doc, Vocab.generatedAtTime.asNode(), NodeFactory.createLiteralDT(ingestedAt, XSDDatatype.XSDdateTime));

        Set<Integer> cited = new HashSet<>();
        for (Assertion a : extracted.assertions()) {
            cited.add(a.evidence().sentence());
        }
        for (Sentence s : extracted.sentences()) {
            if (!cited.contains(s.index())) {
                continue; // only sentences that are evidence: the text itself stays in the file
            }
            Node sn = sentenceNode(d.id(), s.index());
            e.add(sn, RDF.type.asNode(), Vocab.Sentence.asNode());
            e.add(sn, Vocab.text.asNode(), str(s.text()));
            e.add(sn, Vocab.sentenceIndex.asNode(), integer(s.index()));
            e.add(sn, Vocab.startOffset.asNode(), integer(s.start()));
            e.add(sn, Vocab.endOffset.asNode(), integer(s.end()));
            e.add(sn, Vocab.isPartOf.asNode(), doc);
        }

        Map<String, Actor> actors = new LinkedHashMap<>();
        int n = 0;
        for (Assertion a : extracted.assertions()) {
            Node an = NodeFactory.createURI(documentIri(d.id()) + "/assertion/" + n++);
            Node subject = actor(a.subject().actor(), actors);
            Node object = actor(a.object().actor(), actors);
            e.add(an, RDF.type.asNode(), Vocab.Assertion.asNode());
            e.add(an, Vocab.subject.asNode(), subject);
            e.add(an, Vocab.object.asNode(), object);
            if (a.relation() != null) {
                e.add(an, Vocab.relation.asNode(), property(a));
            }
            Relation family = Relation.cameoFamily(a.cameo());
            if (family != null) { // no code, or a malformed one: neither code nor family
                e.add(an, Vocab.cameoCode.asNode(), str(a.cameo()));
                e.add(an, Vocab.cameoFamily.asNode(), NodeFactory.createURI(Vocab.NS + family.localName()));
            }
            e.add(an, Vocab.surfaceRelation.asNode(), str(a.surface()));
            e.add(an, Vocab.modality.asNode(), NodeFactory.createURI(Vocab.NS + a.modality().key()));
            e.add(an, Vocab.confidence.asNode(), NodeFactory.createLiteralDT(Double.toString(a.confidence()), XSDDatatype.XSDdouble));
            e.add(an, Vocab.evidence.asNode(), sentenceNode(d.id(), a.evidence().sentence()));
            e.add(an, Vocab.wasDerivedFrom.asNode(), doc);
            e.add(an, Vocab.subjectText.asNode(), str(a.subject().text()));
            e.add(an, Vocab.objectText.asNode(), str(a.object().text()));
            for (Mention p : a.places()) {
                e.add(an, Vocab.place.asNode(), actor(p.actor(), actors));
            }
            if (a.date() != null) {
                e.add(an, Vocab.date.asNode(), day(a.date()));
            }
            if (a.claimedBy() != null) {
                e.add(an, Vocab.claimedBy.asNode(), actor(a.claimedBy(), actors));
            }
            if (a.relation() != null && a.modality() == org.conflictkg.relations.Modality.ASSERTED) {
                e.add(subject, property(a), object);
                if (a.relation() == Relation.ATTACKS) {
                    for (Mention p : a.places()) {
                        e.add(subject, Vocab.attacksIn.asNode(), actor(p.actor(), actors));
                    }
                }
            }
        }
        Emitter directory = new Emitter(NodeFactory.createURI(Vocab.ACTORS_GRAPH), out);
        for (Actor actor : actors.values()) {
            describe(actor, e, actors);
            describe(actor, directory, actors);
        }
        return out;
    }

    private static Node property(Assertion a) {
        return NodeFactory.createURI(Vocab.NS + a.relation().localName());
    }

    private Node actor(Actor a, Map<String, Actor> actors) {
        actors.putIfAbsent(a.id(), a);
        if (a.country() != null && (a.is(ActorType.ARMED_FORCES) || a.is(ActorType.GOVERNMENT_BODY))) {
            gazetteer.byId(a.country()).ifPresent(c -> actors.putIfAbsent(c.id(), c));
        }
        return NodeFactory.createURI(actorIri(a));
    }

    private void describe(Actor a, Emitter e, Map<String, Actor> actors) {
        Node n = NodeFactory.createURI(actorIri(a));
        e.add(n, RDF.type.asNode(), NodeFactory.createURI(Vocab.NS + a.type().className()));
        e.add(n, Vocab.prefLabel.asNode(), str(a.label()));
        Set<String> alt = new HashSet<>(a.aliases());
        if (a.is(ActorType.PERSON)) {
            String[] parts = a.label().split("\\s+");
            if (parts.length > 1) {
                alt.add(parts[parts.length - 1]);
            }
        }
        alt.remove(a.label());
        for (String s : alt) {
            e.add(n, Vocab.altLabel.asNode(), str(s));
        }
        if (a.wikidata() != null) {
            e.add(n, OWL.sameAs.asNode(), NodeFactory.createURI(Vocab.WIKIDATA_NS + a.wikidata()));
        }
        if (a.country() != null && (a.is(ActorType.ARMED_FORCES) || a.is(ActorType.GOVERNMENT_BODY))) {
            gazetteer.byId(a.country()).ifPresent(c -> e.add(n, Vocab.partOf.asNode(), NodeFactory.createURI(actorIri(c))));
        }
    }

    private static Node sentenceNode(String docId, int index) {
        return NodeFactory.createURI(documentIri(docId) + "/sentence/" + index);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** A calendar day as the start of that day: OWL 2 has xsd:dateTime but no xsd:date. */
    private static Node day(java.time.LocalDate d) {
        return NodeFactory.createLiteralDT(d + "T00:00:00", XSDDatatype.XSDdateTime);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    /** Collects quads of one graph without duplicates. */
    private static final class Emitter {
        final Node graph;
        final List<Quad> out;
        final Set<Quad> seen = new HashSet<>();

        Emitter(Node graph, List<Quad> out) {
            this.graph = graph;
            this.out = out;
        }

        void add(Node s, Node p, Node o) {
            Quad q = Quad.create(graph, s, p, o);
            if (seen.add(q)) {
                out.add(q);
            }
        }
    }
}
