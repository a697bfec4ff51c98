package org.conflictkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.actors.Actor;
import org.conflictkg.actors.Gazetteer;
import org.conflictkg.actors.Mention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.relations.Assertion;
import org.conflictkg.relations.Evidence;
import org.conflictkg.relations.ExtractedDocument;
import org.conflictkg.relations.Modality;
import org.conflictkg.relations.Relation;
import org.conflictkg.text.Document;
import org.junit.jupiter.api.Test;

/** The CAMEO code of an assertion and the family property of its root, as {@link GraphWriter} writes them. */
class GraphWriterTest {
    private static final String HASH = "ab".repeat(32);
    private static final String TEXT = "Russia struck Islamic State. Russia met Syria. Russia leads Syria. Russia hit Syria.";

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    private static Actor actor(String id) {
        return GAZETTEER.byId(id).orElseThrow(() -> new AssertionError("no gazetteer actor " + id));
    }

    private static Mention mention(int sentence, String text, String id) {
        return new Mention(sentence, 0, 1, 0, text.length(), text, actor(id), Mention.Kind.NAME, null, null, false, null);
    }

    private static Assertion assertion(int sentence, Relation relation, String object, String cameo) {
        Sentence s = sentences().get(sentence);
        return new Assertion(mention(sentence, "Russia", "russia"), "verb", relation, mention(sentence, object, object),
                Modality.ASSERTED, 0.8, new Evidence(HASH, sentence, s.start(), s.end(), s.text()), List.of(), null,
                null, cameo);
    }

    private static List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (String text : TEXT.split("(?<=\\.) ")) {
            int i = TEXT.indexOf(text, start);
            out.add(new Sentence(out.size(), i, i + text.length(), text, List.of()));
            start = i + text.length();
        }
        return out;
    }

    private static List<Quad> quads(Assertion... assertions) {
        Document doc = new Document(HASH, "t.txt", "/tmp/t.txt", TEXT, List.of());
        List<Sentence> sentences = sentences();
        List<List<Mention>> mentions = sentences.stream().map(s -> List.<Mention>of()).collect(Collectors.toList());
        return new GraphWriter(GAZETTEER)
                .quads(new ExtractedDocument(doc, sentences, mentions, List.of(assertions)), "2026-01-01T00:00:00Z");
    }

    private static Set<Node> objects(List<Quad> quads, int assertion, org.apache.jena.rdf.model.Property p) {
        Node a = NodeFactory.createURI(GraphWriter.documentIri(HASH) + "/assertion/" + assertion);
        return quads.stream().filter(q -> q.getSubject().equals(a) && q.getPredicate().equals(p.asNode()))
                .map(Quad::getObject).collect(Collectors.toSet());
    }

    private static Node ckg(String local) {
        return NodeFactory.createURI(Vocab.NS + local);
    }

    @Test
    void writesTheCodeAndTheFamilyOfItsRoot() {
        List<Quad> q = quads(
                assertion(0, Relation.ATTACKS, "islamic-state", "195"),
                assertion(1, Relation.TALKS_WITH, "syria", "04"),
                assertion(2, Relation.LEADER_OF, "syria", null),
                assertion(3, Relation.ATTACKS, "syria", "nineteen"));
        assertEquals(Set.of(NodeFactory.createLiteralString("195")), objects(q, 0, Vocab.cameoCode));
        assertEquals(Set.of(ckg("fights")), objects(q, 0, Vocab.cameoFamily));
        assertEquals(Set.of(ckg("attacks")), objects(q, 0, Vocab.relation), "the relation stays the finer property");
        assertEquals(Set.of(NodeFactory.createLiteralString("04")), objects(q, 1, Vocab.cameoCode));
        assertEquals(Set.of(ckg("consults")), objects(q, 1, Vocab.cameoFamily));
        assertEquals(Set.of(), objects(q, 2, Vocab.cameoCode), "no code: nothing written");
        assertEquals(Set.of(), objects(q, 2, Vocab.cameoFamily));
        assertEquals(Set.of(), objects(q, 3, Vocab.cameoCode), "a malformed code: nothing written");
        assertEquals(Set.of(), objects(q, 3, Vocab.cameoFamily));
        // the family is a value of the record, never a direct triple: the data keeps only the relation read
        assertTrue(q.stream().noneMatch(x -> x.getPredicate().equals(ckg("fights"))));

        Dataset ds = DatasetFactory.create();
        q.forEach(x -> ds.asDatasetGraph().add(x));
        ShapesValidator.ValidationResult result = ShapesValidator.fromClasspath().validate(ds);
        assertTrue(result.conforms(), result.report());
    }

    @Test
    void aFamilyRelationIsWrittenLikeAnyOther() {
        List<Quad> q = quads(assertion(0, Relation.FIGHTS, "islamic-state", "190"));
        assertEquals(Set.of(ckg("fights")), objects(q, 0, Vocab.relation));
        assertEquals(Set.of(ckg("fights")), objects(q, 0, Vocab.cameoFamily));
        Node russia = NodeFactory.createURI(Vocab.ACTOR_NS + "russia");
        Node isis = NodeFactory.createURI(Vocab.ACTOR_NS + "islamic-state");
        assertTrue(q.stream().anyMatch(x -> x.getSubject().equals(russia) && x.getPredicate().equals(ckg("fights"))
                && x.getObject().equals(isis)), "the direct triple of an asserted family relation");
        Dataset ds = DatasetFactory.create();
        q.forEach(x -> ds.asDatasetGraph().add(x));
        ShapesValidator.ValidationResult result = ShapesValidator.fromClasspath().validate(ds);
        assertTrue(result.conforms(), result.report());
    }
}
